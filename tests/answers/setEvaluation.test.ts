/**
 * The blind question sets and how the bot is judged on them. The floors are
 * on the development set only (it is tuned on); the held-out set is
 * measured by `npm run eval -- --set holdout`, never asserted, so that no
 * test ever pushes anyone to tune against it.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Response } from '../../src/answers/respond.js';
import { loadQuestionSet, type QuestionSet } from '../../src/answers/questionSets.js';
import { crossValidated, evaluateSet } from '../../src/answers/setEvaluation.js';
import { silentLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';

const services = loadServices({ logger: silentLogger });
const { kb, responder } = services;
const stem = (word: string) => services.engine.stem(word);

// Floors a little under what the development set gives today (npm run eval -- --cross-validate): a change that costs
// more fails. Right is 95.4% and wrong 2.4%, 98.6% of off-topic messages are refused, and 97.9% of scenarios get the
// article's side. The four sets read as held-out last (hg to hj) joined at 90.0% right and 6.5% wrong: the total fell
// from 95.4% right to 95.3%, and scenarios from 98.0% to 97.8%.
// A new blind set pulls the total down when it joins: lower a floor then only with the figures of the set that made it necessary.
const FLOORS = { right: 0.95, wrong: 0.025, clarify: 0.01, refused: 0.985, scenarios: 0.97 };

describe('the development set', () => {
  const dev = loadQuestionSet(resolve('tests/fixtures/questions/dev'));
  // The example model learned from these sets (knowledge/learned.json): each file is judged by one that learned from the others.
  const result = evaluateSet(crossValidated(dev, (model) => services.responderLearnedFrom(model), stem, { criteria: services.criteria }), dev, kb.entries.flatMap((e) => e.questions));

  it('is big, spread over every style, and labelled with real entries', () => {
    expect(dev.questions.length).toBeGreaterThanOrEqual(600);
    expect(dev.offTopic.length).toBeGreaterThanOrEqual(200);
    expect(new Set(dev.questions.map((q) => q.style)).size).toBe(13);
    for (const item of dev.questions) for (const id of [...item.expect, ...(item.then ?? []).flatMap((t) => t.expect)]) expect(kb.byId.has(id), `${item.q} → ${id}`).toBe(true);
  });

  it(`answers at least ${FLOORS.right * 100}% right, at most ${FLOORS.wrong * 100}% wrong, at most ${FLOORS.clarify * 100}% "did you mean"`, () => {
    expect(result.inScope.answeredRight).toBeGreaterThanOrEqual(FLOORS.right);
    expect(result.inScope.answeredWrong).toBeLessThanOrEqual(FLOORS.wrong);
    expect(result.inScope.clarify).toBeLessThanOrEqual(FLOORS.clarify);
  });

  it(`refuses at least ${FLOORS.refused * 100}% of off-topic questions and recommends the article's side for ${FLOORS.scenarios * 100}% of scenarios`, () => {
    expect(result.offTopic.refused / result.offTopic.count).toBeGreaterThanOrEqual(FLOORS.refused);
    expect(result.scenarios.agree / result.scenarios.count).toBeGreaterThanOrEqual(FLOORS.scenarios);
  });
});

describe('cross-validation', () => {
  it('answers each file with a model that never learned from that file, follow-up turns, off-topic messages and projects\' needs included', () => {
    const q = (text: string, file: string) => ({ q: text, style: 'newcomer' as const, expect: ['m2m-acronym'], file });
    const project = (text: string, file: string) => ({ q: text, style: 'scenario' as const, verdict: 'm2m' as const, expect: ['m2m-when', 'm2m-fit-security-isolation'], file });
    const set: QuestionSet = {
      dir: 'test',
      // The same follow-up in both files: each is answered by the model of its own file's fold.
      questions: [
        { ...q('zebra zebra', 'a.yml'), then: [{ q: 'and then?', expect: ['m2m-acronym'] }] },
        q('zebra again', 'a.yml'),
        // Told eight times, as the needs keep only terms seen that often.
        ...Array.from({ length: 4 }, () => project('sealed zebra pens, sealed zebra gates', 'a.yml')),
        { ...q('quartz quartz', 'b.yml'), then: [{ q: 'and then?', expect: ['m2m-acronym'] }] },
        q('quartz again', 'b.yml'),
        ...Array.from({ length: 4 }, () => project('sealed quartz mills, sealed quartz kilns', 'b.yml')),
      ],
      offTopic: [{ q: 'lunch?', style: 'plain', file: 'a.yml' }, { q: 'lunch again?', style: 'plain', file: 'b.yml' }],
    };
    const learnedBy: Record<string, string[]> = {};
    const needsLearnedBy: Record<string, string[] | undefined> = {};
    const answer: Response = { kind: 'answer', entry: kb.byId.get('m2m-acronym')!, confidence: 0.9, candidates: [], question: 'q' };
    const respond = crossValidated(set, (model) => ({
      respond: (question, _previous, file) => {
        learnedBy[`${file}: ${question}`] = model.data.entries.bayes.terms;
        needsLearnedBy[`${file}: ${question}`] = model.data.needs?.bayes.terms;
        return answer;
      },
    }), stem, { folds: 2, criteria: services.criteria });
    evaluateSet(respond, set);
    expect(learnedBy['a.yml: zebra zebra']).not.toContain('zebra');
    expect(learnedBy['a.yml: zebra zebra']).toContain('quartz');
    expect(learnedBy['b.yml: and then?']).not.toContain('quartz');
    expect(learnedBy['a.yml: and then?']).not.toContain('zebra');
    expect(learnedBy['a.yml: lunch?']).toContain('quartz');
    expect(needsLearnedBy['a.yml: sealed zebra pens, sealed zebra gates']).toContain('quartz');
    expect(needsLearnedBy['a.yml: sealed zebra pens, sealed zebra gates']).not.toContain('zebra');
    expect(needsLearnedBy['b.yml: quartz again']).not.toContain('quartz');
  });
});

describe('judging', () => {
  const entry = (id: string) => kb.byId.get(id)!;
  const answer = (id: string, question = 'q'): Response => ({ kind: 'answer', entry: entry(id), confidence: 0.9, candidates: [{ entry: entry(id), confidence: 0.9 }], question });
  const set = (questions: QuestionSet['questions'], offTopic: QuestionSet['offTopic'] = []): QuestionSet => ({ dir: 'test', questions, offTopic });

  it('a compound question is right only when every part is answered; half an answer is not wrong', () => {
    const item = { q: 'two', style: 'compound' as const, expect: ['m2m-acronym', 'iot-industries'], parts: [['m2m-acronym'], ['iot-industries']], file: 't' };
    const half = evaluateSet(() => answer('m2m-acronym'), set([item]));
    expect(half.judged[0]).toMatchObject({ right: false, wrong: false });
    const both = evaluateSet(() => ({ kind: 'compound', answers: [answer('m2m-acronym'), answer('iot-industries')] as never, confidence: 0.9, question: 'two' }), set([item]));
    expect(both.judged[0]).toMatchObject({ right: true, wrong: false });
  });

  it('a compound question asking which side fits each of two needs is right when a project reading cites an acceptable criterion for each', () => {
    const item = { q: 'which for each', style: 'compound' as const, expect: [], parts: [['m2m-fit-few-machines', 'm2m-when'], ['iot-fit-scaling-users', 'iot-when']], file: 't' };
    const both = responder.respond('We have a few machines that must be fast and reliable. Thousands of users will log in too. Which fits?');
    expect(both.kind).toBe('scenario');
    expect(evaluateSet(() => both, set([item])).judged[0]).toMatchObject({ right: true });
    // A reading that speaks to one part only does not answer the other.
    const one = responder.respond('We have a few machines that must be fast and reliable. Which fits?');
    expect(one.kind).toBe('scenario');
    expect(evaluateSet(() => one, set([item])).judged[0]).toMatchObject({ right: false });
  });

  it('counts the "I don\'t know"s that offered a right entry among the closest questions', () => {
    const items = ['m2m-acronym', 'iot-industries'].map((id) => ({ q: id, style: 'newcomer' as const, expect: [id], file: 't' }));
    const candidates = [{ entry: entry('m2m-acronym'), confidence: 0.3 }, { entry: entry('iot-industries'), confidence: 0.1 }];
    const fallback = (q: string): Response => ({ kind: 'fallback', confidence: 0.3, candidates, nearest: candidates.slice(0, 1), question: q });
    const result = evaluateSet(fallback, set(items));
    // The second entry was not offered.
    expect(result.fallbacks).toEqual({ count: 2, offeredRight: 1 });
  });

  it('a scenario is right when it recommends the labelled side, and wrong otherwise', () => {
    const item = { q: 'project', style: 'scenario' as const, expect: ['m2m-when'], verdict: 'm2m' as const, file: 't' };
    const { reading } = responder.respond('We run six pumps on a remote site with no wifi, each one reports to its own controller. IoT or M2M?') as Extract<Response, { kind: 'scenario' }>;
    const m2m = evaluateSet(() => ({ kind: 'scenario', reading, confidence: 1, question: 'project' }), set([item]));
    expect(m2m.judged[0]).toMatchObject({ right: true, recommended: 'm2m' });
    const iot = evaluateSet(() => ({ kind: 'scenario', reading: { ...reading, recommendation: { ...reading.recommendation, verdict: 'iot' } }, confidence: 1, question: 'project' }), set([{ ...item }]));
    expect(iot.judged[0]).toMatchObject({ right: false, wrong: true });
  });

  it('a scenario reply to a question about one criterion is judged by the entries its recommendation rests on, strongest first', () => {
    // "talk to lots of others" answers the point-to-point question "no": it backs IoT, and no entry of the article says so.
    // Read by the rules alone: the examples learned answer it with the many-to-many criterion itself.
    const response = services.responderLearnedFrom(undefined).respond('is m2m the better fit when lots of devices must talk to lots of others at once?');
    expect(response.kind).toBe('scenario');
    const item = { q: 'many', style: 'direction' as const, expect: ['iot-fit-many-to-many'], file: 't' };
    expect(evaluateSet(() => response, set([item])).judged[0]).toMatchObject({ right: true });
  });

  it('reads follow-ups after the turn before, and counts declines and fallbacks as refusals', () => {
    const seen: (string | undefined)[] = [];
    const result = evaluateSet(
      (q, previous) => {
        seen.push(previous?.question);
        return q === 'off' ? { kind: 'declined', subject: 'MQTT', partial: null, confidence: 0.5, candidates: [], question: q } : answer('source-author', q);
      },
      set([{ q: 'who wrote it', style: 'follow-up', expect: ['source-author'], then: [{ q: 'when?', expect: ['source-date'] }], file: 't' }], [{ q: 'off', style: 'near-miss', file: 't' }]),
    );
    // The off-topic message is asked alone, then again right after the set's answered question.
    expect(seen).toEqual([undefined, 'who wrote it', undefined, 'who wrote it']);
    expect(result.followUps).toEqual({ count: 1, right: 0 });
    expect(result.offTopic).toMatchObject({ count: 1, refused: 1, refusedAfterAnswer: 1 });
  });
});
