/**
 * The quiz end to end: `/iot-or-m2m quiz`, a whole run through block_actions
 * (answers picked from the posted buttons), right and wrong answers, the
 * score and misses, the Home tab score, out-of-date buttons, and the builder.
 */
import { describe, expect, it } from 'vitest';
import { entryLabel } from '../../../../src/knowledge/types.js';
import { escapeMrkdwn } from '../../../../src/mrkdwn.js';
import { QUIZ_LENGTH, type QuizQuestion } from '../../../../src/quiz/bank.js';
import { currentQuizQuestion, startQuiz } from '../../../../src/quiz/run.js';
import { decodeQuizState } from '../../../../src/quiz/state.js';
import { decodeHomeState } from '../../../../src/slack/features/home/homeBlocks.js';
import { quizMessage } from '../../../../src/slack/features/quiz/quizBlocks.js';
import { checkMessage } from '../../../support/checks.js';
import { OPENED_DM, type RecordedCall } from '../../../support/fakeSlack.js';
import { blocksOf, buttonsOf, textOf, useHarness, withoutRevisions } from '../../../support/harness.js';
import { CHANNEL, HUMAN } from '../../../support/payloads.js';

const h = useHarness({}, { noErrorLogs: true });

const bank = () => h.services.quiz;

/** The question a posted quiz message asks, read from its option buttons' state. */
function shownQuestion(message: RecordedCall): QuizQuestion {
  const options = buttonsOf(message.body).filter((b) => b.action_id.startsWith('quiz:answer:'));
  expect(options.length).toBeGreaterThanOrEqual(3);
  const decoded = decodeQuizState(bank(), options[0]!.value);
  if (!decoded.ok) throw new Error(`the posted quiz state does not decode: ${decoded.reason}`);
  for (const o of options) expect(o.value).toBe(options[0]!.value);
  const step = currentQuizQuestion(bank(), decoded.state)!;
  // Short letter buttons; the options themselves are listed in the question and read out as the buttons' labels.
  expect(options.map((o) => o.text)).toEqual(step.question.options.map((_, i) => 'ABCD'[i]));
  expect(options.map((o) => o.accessibility_label)).toEqual(step.question.options.map((o) => o.slice(0, 75)));
  expect(textOf(message.body)).toContain(step.label);
  expect(textOf(message.body)).toContain(escapeMrkdwn(step.question.question));
  return step.question;
}

async function click(message: RecordedCall, actionId: string, method = 'response_url'): Promise<RecordedCall> {
  h.fake.reset();
  await h.clickButton(message, actionId);
  const [next] = await h.fake.waitFor(method);
  return next!;
}

/** Runs a whole quiz, answering question i right when `right(i)`; returns the last message, the questions and the misses expected. */
async function run(first: RecordedCall, right: (i: number) => boolean, method = 'response_url') {
  let message = first;
  const asked: QuizQuestion[] = [];
  const misses: string[] = [];
  for (let i = 0; i < QUIZ_LENGTH; i++) {
    const question = shownQuestion(message);
    expect(asked.map((q) => q.id)).not.toContain(question.id);
    asked.push(question);
    const choice = right(i) ? question.correct : (question.correct + 1) % question.options.length;
    if (!right(i) && !misses.includes(question.entry)) misses.push(question.entry);
    message = await click(message, `quiz:answer:${choice}`, method);
    if (method === 'response_url') expect(message.body.replace_original).toBe(true);
    const text = textOf(message.body);
    if (right(i)) expect(text).toContain('*Right!*');
    else expect(text).toContain(`*Not quite.* The answer is *${escapeMrkdwn(question.options[question.correct]!)}*`);
    expect(text).toContain(escapeMrkdwn(question.explanation));
    if (i < QUIZ_LENGTH - 1) expect(text).toContain(`Question ${i + 2} of ${QUIZ_LENGTH}`);
  }
  return { last: message, asked, misses };
}

async function startByCommand(): Promise<RecordedCall> {
  h.fake.reset();
  await h.command('quiz');
  const [first] = await h.fake.waitFor('response_url');
  expect(first!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  return first!;
}

describe('/iot-or-m2m quiz', () => {
  it('all right: 5 of 5, nothing to read, and the Home tab shows the score', async () => {
    const { last } = await run(await startByCommand(), () => true);
    const text = textOf(last.body);
    expect(text).toContain(`You scored ${QUIZ_LENGTH} of ${QUIZ_LENGTH}.`);
    expect(buttonsOf(last.body).map((b) => b.action_id)).toEqual(['quiz:restart']);
    const [publish] = await h.fake.waitFor('views.publish');
    expect(publish!.body.user_id).toBe(HUMAN);
    const view = publish!.body.view as { private_metadata: string };
    expect(decodeHomeState(view.private_metadata).quiz).toEqual({ score: QUIZ_LENGTH, total: QUIZ_LENGTH });
    expect(textOf(view as unknown as Record<string, unknown>)).toContain(`Your last quiz score:* ${QUIZ_LENGTH} of ${QUIZ_LENGTH}`);
  });

  it('wrong answers: the score counts them and the misses list their entries as buttons that show the answers', async () => {
    const wrong = new Set([0, 2, 3]);
    const { last, misses } = await run(await startByCommand(), (i) => !wrong.has(i));
    expect(textOf(last.body)).toContain(`You scored ${QUIZ_LENGTH - wrong.size} of ${QUIZ_LENGTH}.`);
    const reads = buttonsOf(last.body).filter((b) => b.action_id.startsWith('ask:entry:'));
    expect(reads.map((b) => b.value)).toEqual(misses);
    expect(reads.map((b) => b.text)).toEqual(misses.map((id) => entryLabel(h.services.kb.byId.get(id)!)));
    const [publish] = await h.fake.waitFor('views.publish');
    expect(decodeHomeState((publish!.body.view as { private_metadata: string }).private_metadata).quiz).toEqual({ score: QUIZ_LENGTH - wrong.size, total: QUIZ_LENGTH });

    const answer = await click(last, 'ask:entry:0');
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(answer.body)).toContain(h.services.kb.byId.get(misses[0]!)!.answer.trim());
  });

  it('all wrong: 0 of 5', async () => {
    const { last } = await run(await startByCommand(), () => false);
    expect(textOf(last.body)).toContain(`You scored 0 of ${QUIZ_LENGTH}.`);
  });

  it('"Take another quiz" starts a new run in place', async () => {
    const { last } = await run(await startByCommand(), () => true);
    const again = await click(last, 'quiz:restart');
    expect(again.body.replace_original).toBe(true);
    shownQuestion(again);
    expect(textOf(again.body)).toContain(`Question 1 of ${QUIZ_LENGTH}`);
  });

  it('a double click on an answer gives the same verdict, not a skipped question', async () => {
    const first = await startByCommand();
    const question = shownQuestion(first);
    const once = await click(first, `quiz:answer:${question.correct}`);
    const twice = await click(first, `quiz:answer:${question.correct}`);
    expect(withoutRevisions(blocksOf(twice.body))).toEqual(withoutRevisions(blocksOf(once.body)));
  });
});

describe('out-of-date quiz buttons', () => {
  it('tampered or stale states, and options the question does not have, get a friendly restart', async () => {
    const first = await startByCommand();
    const real = buttonsOf(first.body)[0]!.value;
    const stale = real.replace(/^q1\.[0-9a-f]{8}\./, `q1.${bank().version === '00000000' ? '11111111' : '00000000'}.`);
    const cases: [string, string, RegExp][] = [
      ['quiz:answer:0', 'garbage', /buttons don't look right/],
      ['quiz:answer:0', real.replace(/\.(\d*)$/, '.99'), /buttons don't look right/],
      ['quiz:answer:0', `${real}0`.replace(/^(q1\.[0-9a-f]{8}\.)([0-9a-z]+)/, '$1$2-$2'), /buttons don't look right/],
      ['quiz:answer:9', real, /buttons don't look right/],
      ['quiz:answer:1', stale, /questions have changed/],
    ];
    for (const [actionId, value, expected] of cases) {
      h.fake.reset();
      await h.click({ actionId, value, channel: CHANNEL, ephemeral: true });
      const [reply] = await h.fake.waitFor('response_url');
      expect(reply!.body.replace_original).toBe(true);
      expect(textOf(reply!.body)).toMatch(expected);
      expect(buttonsOf(reply!.body).map((b) => b.action_id)).toEqual(['quiz:restart']);
    }
    const [outdated] = h.fake.callsTo('response_url');
    const restarted = await click(outdated!, 'quiz:restart');
    shownQuestion(restarted);
    expect(h.fake.callsTo('views.publish')).toEqual([]);
  });
});

describe('from the Home tab', () => {
  it('posts the quiz in the DM and updates it there with chat.update', async () => {
    await h.sendEvent({ type: 'app_home_opened', user: HUMAN, channel: 'D0HOME', tab: 'home', event_ts: '1.1' });
    const [home] = await h.fake.waitFor('views.publish');
    h.fake.reset();
    await h.clickButton(home!, 'quiz:start');
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post!.body.channel).toBe(OPENED_DM);
    const { last } = await run(post!, (i) => i !== 1, 'chat.update');
    expect(last.body).toMatchObject({ channel: OPENED_DM, ts: post!.response!.ts });
    expect(textOf(last.body)).toContain(`You scored ${QUIZ_LENGTH - 1} of ${QUIZ_LENGTH}.`);
  });
});

describe('quizMessage', () => {
  it('every step of many random runs is within Slack limits', () => {
    const { kb } = h.services;
    let seed = 1;
    const rng = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < 40; run++) {
      let state = startQuiz(bank(), rng);
      checkMessage(quizMessage(bank(), kb, state).blocks);
      while (currentQuizQuestion(bank(), state)) {
        const q = currentQuizQuestion(bank(), state)!.question;
        state = { ...state, answers: [...state.answers, Math.floor(rng() * q.options.length)] };
        const m = quizMessage(bank(), kb, state, { correct: false, correctOption: q.options[q.correct]!, explanation: q.explanation });
        checkMessage(m.blocks);
        expect(m.text.length).toBeGreaterThan(0);
      }
    }
  });
});
