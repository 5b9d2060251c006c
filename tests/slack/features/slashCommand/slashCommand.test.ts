/** `/iot-or-m2m` end to end: signed command in, ephemeral reply through response_url out. */
import { describe, expect, it } from 'vitest';
import { allStrings, AUTO_LINK, blocksOf, buttonsOf, INJECTIONS, LIVE_MARKUP, shownStrings, useHarness } from '../../../support/harness.js';

const h = useHarness();

describe('/iot-or-m2m', () => {
  it('acks at once and shows usage for "help", ephemerally', async () => {
    const res = await h.command('help');
    expect(res.status).toBe(200);
    const [reply] = await h.fake.waitFor('response_url');
    expect(reply?.responseId).toBe('command');
    expect(reply?.body.response_type).toBe('ephemeral');
    expect(allStrings(blocksOf(reply!.body)).join('\n')).toContain('/iot-or-m2m quiz');
    expect(typeof reply?.body.text).toBe('string');
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('answers a question ephemerally with the same blocks as a DM, plus the question quoted', async () => {
    const decision = h.services.engine.ask('what does m2m stand for');
    if (decision.kind !== 'answer') throw new Error('expected an answer');
    await h.command('what does m2m stand for');
    const [reply] = await h.fake.waitFor('response_url');
    expect(reply?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const blocks = blocksOf(reply!.body);
    expect(blocks[0]?.block_id).toBe('asked');
    expect(blocks.some((b) => b.type === 'section' && b.text?.text === decision.entry.answer.trim())).toBe(true);
    expect(buttonsOf(reply!.body).map((b) => b.action_id)).toEqual(expect.arrayContaining(['feedback:up', 'feedback:down']));
  });

  it('starts the chooser when the text is empty, and the quiz for "quiz", ephemerally', async () => {
    await h.command('   ');
    await h.command('quiz', { responseId: 'quiz' });
    const replies = await h.fake.waitFor('response_url', 2);
    const chooser = replies.find((r) => r.responseId === 'command')!;
    const quiz = replies.find((r) => r.responseId === 'quiz')!;
    expect(chooser.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(chooser.body.text as string).toMatch(/^Question 1 of \d+/);
    expect(quiz.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(quiz.body.text as string).toMatch(/Question 1 of 5/);
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('escapes the quoted question: typed mentions and links never come out live', async () => {
    await h.command('<!channel> <!here> <!everyone> <https://evil.example|click> what is m2m? &lt;!here&gt; @channel *bold*');
    const [reply] = await h.fake.waitFor('response_url');
    for (const s of shownStrings(reply!.body)) expect(s).not.toMatch(LIVE_MARKUP);
    const asked = allStrings(blocksOf(reply!.body)[0]).join(' ');
    expect(asked).toContain('&lt;!here&gt;');
    expect(asked).not.toContain('evil.example');
    expect(asked).not.toMatch(/@channel/);
  });

  it('quotes any injection typed into the question: nothing live, nothing Slack would link by itself', async () => {
    // In two commands, so that everything fits in the shortened quote.
    await h.command(`what is m2m ${INJECTIONS.slice(0, 5).join(' ')}`, { responseId: 'first' });
    await h.command(`what is m2m ${INJECTIONS.slice(5).join(' ')} <!here> <@U0VICTIM|victim> <!subteam^S0DEVS|@devs>`, { responseId: 'second' });
    const replies = await h.fake.waitFor('response_url', 2);
    const quotes: string[] = [];
    for (const reply of replies) {
      for (const s of shownStrings(reply.body)) expect(s).not.toMatch(LIVE_MARKUP);
      const asked = blocksOf(reply.body).find((b) => b.block_id === 'asked') as { elements: { text: string }[] } | undefined;
      const quote = asked?.elements[0]?.text ?? '';
      expect(quote).toMatch(/^You asked: what is m2m /);
      expect(quote.slice('You asked: '.length)).not.toMatch(AUTO_LINK);
      quotes.push(quote);
    }
    const all = quotes.join('\n');
    for (const shown of ['&lt;!channel&gt;', '&lt;!everyone&gt;', '&lt;@', 'evil', 'mallory', 'bold']) expect(all).toContain(shown);
    // Real mentions in the command text are not part of the question.
    expect(all).not.toContain('victim');
    expect(all).not.toContain('devs');
  });
});
