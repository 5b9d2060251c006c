import { describe, expect, it } from 'vitest';
import { AnswerEngine, MAX_CHOICES } from '../../src/answers/engine.js';
import { cleanInput, MAX_QUESTION_CHARS } from '../../src/answers/text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { entryYaml, knowledgeFolder, REAL_KNOWLEDGE } from '../knowledge/helpers.js';

const kb = loadKnowledge(REAL_KNOWLEDGE);
const engine = new AnswerEngine(kb);

/** Swaps two letters in the middle of the longest word: a typical typing slip. */
function withTypo(question: string): string {
  const longest = question.split(/\s+/).reduce((a, b) => (b.replace(/\W/g, '').length > a.length ? b.replace(/\W/g, '') : a), '');
  if (longest.length < 6) return question;
  const i = Math.floor(longest.length / 2);
  const typo = longest.slice(0, i) + longest[i + 1] + longest[i] + longest.slice(i + 2);
  return question.replace(longest, typo);
}

describe('ranking', () => {
  it('finds each entry from its own first phrasing', () => {
    const found = kb.entries.filter((e) => engine.rank(e.questions[0])[0]?.entry.id === e.id);
    expect(found.length / kb.entries.length).toBeGreaterThanOrEqual(0.95);
  });

  it('still finds entries when a word is mistyped', () => {
    const phrasings = kb.entries.flatMap((e) => e.questions.slice(0, 3).map((q) => ({ q: withTypo(q), id: e.id, original: q })));
    const changed = phrasings.filter((p) => p.q !== p.original);
    expect(changed.length).toBeGreaterThan(50);
    const found = changed.filter((p) => engine.rank(p.q, 3).some((c) => c.entry.id === p.id));
    expect(found.length / changed.length).toBeGreaterThanOrEqual(0.85);
  });

  it('is as sure of a question with a filler word, or an everyday word mistyped, as of it plain; less sure when one of its own words was mistyped', () => {
    const confidence = (q: string) => engine.rank(q, 1)[0]?.confidence ?? 0;
    expect(confidence('waht does m2m stand for')).toBe(confidence('what does m2m stand for'));
    expect(confidence('what is an iot gatway')).toBeLessThan(confidence('what is an iot gateway'));
    // A three-letter word that is not a slip of a common one typed out of order may be an acronym ("ont"): still a doubt.
    expect(confidence('what is the ont in m2m')).toBeLessThan(confidence('what is the in m2m'));
    // Filler words say nothing either way, nor does a tag asking to confirm.
    expect(confidence('what is the article even about?')).toBe(confidence('what is the article about?'));
    expect(engine.rank('M2M needs wifi, correct?', 1)).toEqual(engine.rank('M2M needs wifi?', 1));
  });

  it('returns candidates best first with confidences between 0 and 1', () => {
    for (const q of ['what is m2m', 'scalability', 'who wrote the article', 'zzz qqq']) {
      const ranked = engine.rank(q);
      for (const [i, c] of ranked.entries()) {
        expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        if (i > 0) expect(c.confidence).toBeLessThanOrEqual(ranked[i - 1]!.confidence);
      }
    }
  });

  it('reads "the X thing" after a term of the domain as filler; after a side\'s name, or in the plural, "thing" is the word the article explains', () => {
    const top = (q: string) => engine.rank(q, 1)[0]?.entry.id;
    expect(top('explain the UID thing for iot devices')).toBe('iot-uid-meaning');
    expect(top('that gateway thing in iot, what is it for')).toBe('iot-gateways');
    expect(top('the IoT thing, what is it')).toBe('iot-thing-meaning');
    expect(top('what is the thing in internet of things')).toBe('iot-thing-meaning');
    expect(top('are sensors things in iot?')).toBe('iot-thing-meaning');
    expect(top('is every identifiable thing in iot a device?')).toBe('iot-thing-meaning');
    expect(top('what is this internet thing')).toBe('iot-thing-meaning');
  });
});

describe('decisions', () => {
  it('answers a phrasing from the knowledge base outright', () => {
    const entry = kb.entries.find((e) => e.id === 'm2m-acronym') ?? kb.entries[0]!;
    const decision = engine.ask(entry.questions[0]);
    expect(decision).toMatchObject({ kind: 'answer', entry: { id: entry.id } });
  });

  it('falls back honestly on questions with nothing in common with the knowledge base', () => {
    for (const q of ['what is the weather in Lisbon tomorrow', 'how do I bake sourdough bread', 'reset my password please', 'asdf qwer zxcv']) {
      expect(engine.ask(q).kind, q).toBe('fallback');
    }
  });

  it('offers at most three "did you mean" choices when unsure', () => {
    const clarifications = kb.entries.map((e) => engine.ask(e.questions.at(-1)!)).filter((d) => d.kind === 'clarify');
    for (const d of clarifications) {
      expect(d.choices.length).toBeGreaterThanOrEqual(1);
      expect(d.choices.length).toBeLessThanOrEqual(MAX_CHOICES);
    }
  });

  it('treats greetings, thanks and help as small talk, but not a question that starts with a greeting', () => {
    expect(engine.ask('hi there')).toMatchObject({ kind: 'smalltalk', intent: 'greeting' });
    expect(engine.ask('thanks a lot!')).toMatchObject({ kind: 'smalltalk', intent: 'thanks' });
    expect(engine.ask('help')).toMatchObject({ kind: 'smalltalk', intent: 'help' });
    expect(engine.ask('what can you do?')).toMatchObject({ kind: 'smalltalk', intent: 'help' });
    // Addressed to the bot, or praise for it: still only thanks or a greeting, not a question about the bot's sources.
    for (const thanks of ['thanks bot 🙏', 'cheers mate', 'good bot', 'nice one', "thanks bot, you're a legend", 'cheers, you are the best']) expect(engine.ask(thanks), thanks).toMatchObject({ kind: 'smalltalk', intent: 'thanks' });
    expect(engine.ask('hi all')).toMatchObject({ kind: 'smalltalk', intent: 'greeting' });
    const withGreeting = engine.ask(`hello, ${kb.entries[0]!.questions[0]}`);
    expect(withGreeting.kind).not.toBe('smalltalk');
  });
});

describe('hostile input', () => {
  const inputs: unknown[] = [
    'x'.repeat(40_000),
    'what is m2m '.repeat(4000),
    '\u0000\u0007what\u200B is\u202E m2m\uFEFF',
    '\uD800 lone surrogate \uDFFF',
    '🤖📡 iot? 👀',
    'ｍ２ｍ',
    '',
    '   ',
    null,
    undefined,
    42,
    { toString: () => 'what is iot' },
  ];

  it('never throws and always decides', () => {
    for (const input of inputs) {
      expect(() => engine.ask(input)).not.toThrow();
      expect(['answer', 'clarify', 'fallback', 'smalltalk', 'empty']).toContain(engine.ask(input).kind);
    }
  });

  it('cuts long input and strips control characters', () => {
    expect(cleanInput('y'.repeat(40_000)).length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(cleanInput('a\u0000b\u202Ec\u200Bd')).toBe('a bcd');
    expect(cleanInput('ｍ２ｍ')).toBe('m2m');
  });

  it('keeps the question that closes a story longer than the cap, and cuts the middle', () => {
    const story = `${'We moved the kit to the new shed last week. '.repeat(20)}So which one fits us?`;
    const kept = cleanInput(story);
    expect(kept.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(kept.startsWith('We moved the kit')).toBe(true);
    expect(kept.endsWith('So which one fits us?')).toBe(true);
    // The opening ends as a sentence, so a word cut short in it ("we never") does not run on into the closing.
    const unstopped = cleanInput(`${'we never '.repeat(150)}. Our two presses talk only to each other, which fits?`);
    expect(unstopped).toMatch(/never\. Our two presses/);
    // A run-on with no sentence ends keeps its closing words.
    const runOn = cleanInput(`${'the calves are fine and the vet wants the '.repeat(30)}is better off with iot or m2m in the end?`);
    expect(runOn.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(runOn.endsWith('with iot or m2m in the end?')).toBe(true);
  });

  it('understands full-width and zero-width-laced text like the plain version', () => {
    expect(engine.rank('ｗｈａｔ ｉｓ ｍ２ｍ')[0]?.entry.id).toBe(engine.rank('what is m2m')[0]?.entry.id);
    expect(engine.rank('what\u200B is m\u200B2m')[0]?.entry.id).toBe(engine.rank('what is m2m')[0]?.entry.id);
  });
});

describe('a knowledge base of its own', () => {
  const dir = knowledgeFolder({
    'synonyms.yml': 'groups:\n  - [flux capacitor, time gizmo]\n  - [kettle, teapot]\n',
    'faq/a.yml': [
      'entries:',
      entryYaml('capacitor-power', { questions: '\n      - What powers the flux capacitor?\n      - flux capacitor energy source\n      - How much power does the flux capacitor need?' }),
      entryYaml('kettle-boil', { questions: '\n      - How long does the kettle take to boil?\n      - kettle boiling time\n      - When is the kettle ready?' }),
    ].join('\n'),
  });
  const own = new AnswerEngine(loadKnowledge(dir));

  it('expands synonyms from synonyms.yml', () => {
    expect(own.rank('what powers the time gizmo')[0]?.entry.id).toBe('capacitor-power');
    expect(own.rank('teapot boiling time')[0]?.entry.id).toBe('kettle-boil');
  });

  it('corrects typos against its own vocabulary', () => {
    const analysis = own.rank('how long does the ketle take to biol');
    expect(analysis[0]?.entry.id).toBe('kettle-boil');
  });

  it('mends a short slip one letter off a word of its own and an everyday word into its own ("wifu" is "wifi"), unless the everyday word is its own too', () => {
    expect(engine.mend('does m2m work without wifu')).toBe('does m2m work without wifi');
    // "date" and "data" are both the knowledge base's words: the everyday guess stands.
    expect(engine.mend('whats the datu of publication')).toBe('whats the date of publication');
    // Three letters are too few: "ata" is not made into "atm".
    expect(engine.mend('ata')).not.toBe('atm');
  });

  it('leaves a seven-letter name alone rather than take it two edits to a word of its own ("verizon" is not "version")', () => {
    expect(engine.mend('does verizon sell m2m sims?')).toBe('does verizon sell m2m sims?');
  });

  it('leaves a capitalised name inside a sentence alone ("Dave" is not "date"), but still mends a slip in capitals ("UDI")', () => {
    for (const text of ['yesterday Dave reckons iot needs wifi', 'our Leeds depot has no wifi', 'a customer saw it on LinkedIn, is that iot']) expect(engine.mend(text), text).toBe(text);
    // A capitalised slip with a letter missing, added or swapped is still mended.
    for (const [text, mended] of [['What is a Gatway in iot?', 'gateway'], ['Does M2M need Wfi?', 'wifi'], ['Is IoT Scalabel?', 'scalable']]) expect(engine.mend(text as string), text).toContain(mended);
    expect(engine.mend('what does UDI stand for in iot')).not.toContain('UDI');
    // An acronym with a letter more or less than a word the knowledge base knows is a name of its own: "CMMS" is not "comms".
    expect(engine.mend('Does our CMMS count as IoT?')).toContain('CMMS');
  });

  it('leaves an acronym or product name typed as one alone ("PoE" is not "pop"), and weighs it as a subject of its own', () => {
    for (const text of ['Can we power our IoT sensors over PoE?', 'Is OEE higher with IoT data?']) {
      expect(engine.mend(text), text).toBe(text);
      expect(engine.ask(text).kind, text).toBe('fallback');
    }
    // A message typed all in capitals is no list of acronyms: its slips are still mended.
    const gateway = engine.ask('what is a gateway');
    expect(gateway.kind).toBe('answer');
    expect(engine.ask('WHAT IS A GATEWAU')).toMatchObject({ kind: 'answer', entry: { id: gateway.kind === 'answer' ? gateway.entry.id : '' } });
    // Chat abbreviations in capitals are asides, not subjects.
    expect(engine.ask('BTW what does m2m stand for?')).toMatchObject({ kind: 'answer' });
  });

  it('never takes a month or a weekday for a slip ("July" is not "jury")', () => {
    for (const text of ['several thousand users in july', 'the survey is due on thurs', 'we go live in sept', 'we go live on sep 3rd', 'the review is on tue']) expect(engine.mend(text), text).toBe(text);
  });
});

describe('a knowledge base far larger than the article', () => {
  // 1,100 entries of three phrasings each that all say "widget", and one about the gasket: "widget" is in over 3,000 phrasings.
  const entries = Array.from({ length: 1100 }, (_, i) => entryYaml(`widget-${i}`, { questions: `\n      - widget model ${i}\n      - widget number ${i}\n      - the ${i} widget` }));
  const gasket = entryYaml('widget-gasket', { questions: '\n      - what seals the widget gasket\n      - widget gasket seal\n      - the gasket of a widget' });
  const dir = knowledgeFolder({ 'synonyms.yml': 'groups: []\n', 'faq/a.yml': ['entries:', ...entries, gasket].join('\n') });
  const big = new AnswerEngine(loadKnowledge(dir));

  it('lets a word nearly every phrasing shares only add to what the question\'s rarer words found', () => {
    expect(big.rank('widget gasket', 50).map((c) => c.entry.id)).toEqual(['widget-gasket']);
    // Alone, a word every entry shares tells none apart: it finds nothing, rather than every entry.
    expect(big.rank('widget', 5)).toEqual([]);
    expect(big.ask('tell me about the widget')).toMatchObject({ kind: 'fallback' });
  });

  it('still finds entries by a widespread word that only most of them share', () => {
    // 300 sprocket entries besides: "widget" is in over 3,000 phrasings but under nine entries in ten.
    const sprockets = Array.from({ length: 300 }, (_, i) => entryYaml(`sprocket-${i}`, { questions: `\n      - sprocket size ${i}\n      - sprocket part ${i}\n      - the ${i} sprocket` }));
    const mixed = new AnswerEngine(loadKnowledge(knowledgeFolder({ 'synonyms.yml': 'groups: []\n', 'faq/a.yml': ['entries:', ...entries, gasket, ...sprockets].join('\n') })));
    expect(mixed.rank('widget', 5)).toHaveLength(5);
    expect(mixed.rank('widget gasket', 50).map((c) => c.entry.id)).toEqual(['widget-gasket']);
  });
});

describe('a question worded exactly like a phrasing', () => {
  // One entry holds the question word for word; its neighbour has many phrasings with the same words in them.
  const dir = knowledgeFolder({
    'synonyms.yml': 'groups:\n  - [kettle, teapot]\n',
    'faq/a.yml': [
      'entries:',
      entryYaml('kettle-cordless', { questions: '\n      - Is the kettle cordless?\n      - does the kettle need a plug socket nearby?\n      - kettle power lead' }),
      entryYaml('kettle-cordless-tradeoff', {
        questions: ['good', 'bad', 'worth it', 'a problem', 'a risk', 'a good idea', 'a bad idea', 'safe', 'wise', 'better', 'worse', 'a drawback']
          .map((tail) => `\n      - is the kettle being cordless ${tail}?`)
          .join(''),
      }),
    ].join('\n'),
  });
  const own = new AnswerEngine(loadKnowledge(dir));

  it('gets the entry that holds it, however many phrasings of another entry share its words', () => {
    const decision = own.ask('Is the kettle cordless?');
    expect(decision.kind).toBe('answer');
    expect(decision.kind === 'answer' && decision.entry.id).toBe('kettle-cordless');
  });
});
