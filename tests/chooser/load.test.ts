import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadChooser, validateChooser } from '../../src/chooser/index.js';
import { ScenarioReader } from '../../src/chooser/scenario.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { ContentError, type Problem } from '../../src/knowledge/problems.js';

const kb = loadKnowledge(resolve('knowledge'));
const dirs: string[] = [];

function dirWith(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'chooser-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'chooser.yml'), yaml);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const good = (id: string): string => `
  - id: ${id}
    ask: Is it ${id}?
    explain: It matters.
    criteria: [m2m-fit-no-wifi]
    answers:
      "yes": { m2m: 2, why: "Because." }
      "no": { iot: 1, why: "Because not." }
      not_sure: { why: "Unclear." }`;

describe('loadChooser', () => {
  it('loads the real chooser with a short version fingerprint', () => {
    const model = loadChooser(resolve('knowledge'), kb);
    expect(model.questions.length).toBeGreaterThanOrEqual(6);
    expect(model.questions.length).toBeLessThanOrEqual(10);
    expect(model.version).toMatch(/^[0-9a-f]{8}$/);
    expect(model.file).toBe('knowledge/chooser.yml');
    for (const q of model.questions) for (const id of q.criteria) expect(kb.byId.has(id)).toBe(true);
  });

  it('gives the same version for the same ids and weights, another when a weight changes', () => {
    const base = `questions:${['a', 'b', 'c', 'd', 'e', 'f'].map(good).join('')}\n`;
    const one = loadChooser(dirWith(base), kb).version;
    expect(loadChooser(dirWith(base.replace('Is it a?', 'Is it really a?')), kb).version).toBe(one);
    expect(loadChooser(dirWith(base.replace('m2m: 2', 'm2m: 3')), kb).version).not.toBe(one);
  });

  it('reports every problem in a broken file, each with its line', () => {
    const yaml = `questions:
  - id: Bad Id
    ask: Is it?
    explain: Because.
    criteria: [m2m-fit-no-wifi, no-such-entry]
    colour: blue
    answers:
      "yes": { m2m: 5, why: "Too heavy." }
      "no": { iot: 1 }
      not_sure: { why: "Unclear." }
  - id: twin
    explain: No ask here.
    criteria: []
    answers:
      "yes": { iot: 1, why: "Fine." }
      "no": { why: "Fine." }
      maybe: { why: "Not an answer." }
  - id: twin
    ask: Again?
    explain: Same id.
    criteria: [iot-fit-standards]
    answers:
      "yes": { iot: 1.5, why: "Half." }
      "no": { m2m: 1, why: "" }
      not_sure: { iot: 1, why: "Should not count." }
`;
    const dir = dirWith(yaml);
    const lineOf = (text: string, from = 0): number => yaml.split('\n').findIndex((l, i) => i >= from && l.includes(text)) + 1;
    const second = lineOf('- id: twin');
    const third = lineOf('- id: twin', second);
    const file = `${basename(dir)}/chooser.yml`;

    let error: unknown;
    try {
      loadChooser(dir, kb);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    const expected: Partial<Problem>[] = [
      { line: lineOf('Bad Id'), item: 'Bad Id', field: 'id' },
      { line: lineOf('colour'), item: 'Bad Id', field: 'colour' },
      { line: lineOf('criteria: [m2m'), item: 'Bad Id', field: 'criteria[1]' },
      { line: lineOf('m2m: 5'), item: 'Bad Id', field: 'answers.yes.m2m' },
      { line: lineOf('"no": { iot: 1 }'), item: 'Bad Id', field: 'answers.no.why' },
      { line: second, item: 'twin', field: 'ask' },
      { line: lineOf('criteria: []'), item: 'twin', field: 'criteria' },
      { line: lineOf('maybe'), item: 'twin', field: 'answers.maybe' },
      { item: 'twin', field: 'answers.not_sure' },
      { line: third, item: 'twin', field: 'id' },
      { line: lineOf('iot: 1.5'), item: 'twin', field: 'answers.yes.iot' },
      { line: lineOf('why: ""'), item: 'twin', field: 'answers.no.why' },
      { line: lineOf('Should not count'), item: 'twin', field: 'answers.not_sure.iot' },
      { field: 'questions' },
    ];
    for (const p of expected) expect(problems).toContainEqual(expect.objectContaining({ file, ...p }));
    expect(problems).toHaveLength(expected.length);
    for (const p of problems) {
      expect(p.line).toBeGreaterThan(0);
      expect(p.fix).not.toBe('');
    }
    expect(problems.find((p) => p.field === 'questions')?.message).toMatch(/has 3 questions; 6 to 10 needed/);
    expect(problems.find((p) => p.field === 'criteria[1]')?.message).toMatch(/"no-such-entry"/);
  });

  it('reports a question where no answer moves the score, and too many questions', () => {
    const still = good('still').replace('m2m: 2, ', '').replace('iot: 1, ', '');
    const { model, problems } = validateChooser(dirWith(`questions:${['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map(good).join('')}${still}\n`), kb);
    expect(model).toBeNull();
    expect(problems.map((p) => [p.item, p.field])).toEqual([
      ['still', 'answers'],
      [undefined, 'questions'],
    ]);
  });

  it('reports a missing file and a file without questions', () => {
    expect(validateChooser(join(tmpdir(), 'no-such-dir-for-chooser'), kb).problems).toEqual([expect.objectContaining({ message: 'file not found' })]);
    expect(validateChooser(dirWith('title: nope\n'), kb).problems).toEqual([expect.objectContaining({ field: 'questions', line: 1 })]);
  });

  it('reads scenario cues and the which-fits phrases, and checks them like every other field', () => {
    const withCues = (cues: string) => good('a') + `\n    cues:\n      ${cues}`;
    const fine = validateChooser(dirWith(`questions:${withCues('"yes": [no wifi, offline]\n      "no": [wifi is fine]')}${['b', 'c', 'd', 'e', 'f'].map(good).join('')}\nscenario_asks: [iot or m2m]\n`), kb);
    expect(fine.problems).toEqual([]);
    expect(fine.model?.questions[0]?.cues).toEqual({ yes: ['no wifi', 'offline'], no: ['wifi is fine'] });
    expect(fine.model?.questions[1]?.cues).toEqual({ yes: [], no: [] });
    expect(fine.model?.scenarioAsks).toEqual(['iot or m2m']);

    const bad = validateChooser(dirWith(`questions:${withCues('"yes": [no wifi, No Wifi, 42]\n      maybe: [x]')}${['b', 'c', 'd', 'e', 'f'].map(good).join('')}\n`), kb);
    expect(bad.model).toBeNull();
    expect(bad.problems.map((p) => [p.item, p.field, p.line !== undefined])).toEqual(
      expect.arrayContaining([
        ['a', 'cues.yes[1]', true],
        ['a', 'cues.yes[2]', true],
        ['a', 'cues.maybe', true],
      ]),
    );

    // "=" matches a phrase as written, which a "*" gap cannot be: the file says so, with its fix.
    const gap = validateChooser(dirWith(`questions:${withCues('"yes": [=scaling, "=scale * fast"]')}${['b', 'c', 'd', 'e', 'f'].map(good).join('')}\n`), kb);
    expect(gap.model).toBeNull();
    expect(gap.problems.map((p) => [p.item, p.field, p.fix])).toEqual([['a', 'cues.yes[1]', 'drop the "=" or the "*"']]);

    // A group of alternatives left open, one that stands for too long a phrase, or too many phrases: each named, with its fix.
    const long = `(${'x'.repeat(61)}|y) drops`;
    const many = Array.from({ length: 4 }, () => `(${Array.from({ length: 6 }, (_, i) => `w${i}`).join('|')})`).join(' ');
    const groups = validateChooser(dirWith(`questions:${withCues(`"yes": ["(wifi|broadband drops", "${long}", "${many}", "(wifi|broadband) * drops", "wifi () drops", "wifi|broadband drops"]`)}${['b', 'c', 'd', 'e', 'f'].map(good).join('')}\n`), kb);
    expect(groups.model).toBeNull();
    const malformed = 'write each group of alternatives as "(a|b|c)", closed, and not nested';
    expect(groups.problems.map((p) => [p.item, p.field, p.fix, p.line !== undefined])).toEqual([
      ['a', 'cues.yes[0]', malformed, true],
      ['a', 'cues.yes[1]', 'shorten it', true],
      ['a', 'cues.yes[2]', 'split it into several phrases with fewer alternatives', true],
      ['a', 'cues.yes[4]', malformed, true],
      ['a', 'cues.yes[5]', malformed, true],
    ]);

    // A lone "s" ("article s verdict") can never match: a message's "article's" is read as "article".
    const possessive = validateChooser(dirWith(`questions:${withCues('"yes": ["wifi s drops", "(what s|whats) the plan", "s3 drops"]')}${['b', 'c', 'd', 'e', 'f'].map(good).join('')}\n`), kb);
    expect(possessive.problems.map((p) => [p.item, p.field, p.fix])).toEqual([
      ['a', 'cues.yes[0]', 'drop the "s", or write "what is" for "what s"'],
      ['a', 'cues.yes[1]', 'drop the "s", or write "what is" for "what s"'],
    ]);

    // The which-fits phrases are checked the same way: each phrase a group stands for must be short, not the group as written.
    const asks = validateChooser(dirWith(`questions:${['a', 'b', 'c', 'd', 'e', 'f'].map(good).join('')}\nscenario_asks: ["(what|which) (should|would|could) (we|i|you) (choose|pick|go for|go with|opt for)", "${long}", "(which fits"]\n`), kb);
    expect(asks.problems.map((p) => [p.field, p.fix])).toEqual([
      ['scenario_asks[1]', 'shorten it'],
      ['scenario_asks[2]', malformed],
    ]);
  });

  it('reads which question a failing connection answers, and reports an id that is no question of the file', () => {
    const questions = `questions:${['a', 'b', 'c', 'd', 'e', 'f'].map(good).join('')}\n`;
    expect(validateChooser(dirWith(`${questions}failing_connection_answers_yes_to: c\n`), kb).model?.failingConnectionAnswersYesTo).toBe('c');
    expect(validateChooser(dirWith(questions), kb).model?.failingConnectionAnswersYesTo).toBeUndefined();
    // The scenario reader follows the field: a failing connection answers "yes" to the question it names, whichever that is.
    const fastInternet = `
  - id: fast
    ask: Is fast internet there?
    explain: It matters.
    criteria: [iot-fit-fast-internet]
    answers:
      "yes": { iot: 2, why: "Because." }
      "no": { m2m: 1, why: "Because not." }
      not_sure: { why: "Unclear." }
    cues:
      "yes": [broadband]`;
    const answered = (field: string) => {
      const model = loadChooser(dirWith(`questions:${fastInternet}${['b', 'c', 'd', 'e', 'f'].map(good).join('')}\n${field}`), kb);
      return [...new ScenarioReader(model).cueAnswers('The broadband drops out every time it rains. Which fits?')];
    };
    expect(answered('failing_connection_answers_yes_to: d\n')).toEqual([['d', 'yes']]);
    expect(answered('')).toEqual([['fast', 'yes']]);
    const unknown = validateChooser(dirWith(`${questions}failing_connection_answers_yes_to: needs-wifi\n`), kb);
    expect(unknown.model).toBeNull();
    expect(unknown.problems.map((p) => [p.field, p.message, p.fix])).toEqual([
      ['failing_connection_answers_yes_to', '"needs-wifi" is not the id of any chooser question', 'use the id of one of the questions above, or remove the line'],
    ]);
  });

  it('reads which questions tell a small set of machines, and reports each id that is no question of the file', () => {
    const questions = `questions:${['a', 'b', 'c', 'd', 'e', 'f'].map(good).join('')}\n`;
    expect(validateChooser(dirWith(`${questions}small_set_questions: [a, c]\n`), kb).model?.smallSetQuestions).toEqual(['a', 'c']);
    expect(validateChooser(dirWith(questions), kb).model?.smallSetQuestions).toEqual([]);
    const unknown = validateChooser(dirWith(`${questions}small_set_questions: [a, pairs, trios]\n`), kb);
    expect(unknown.model).toBeNull();
    expect(unknown.problems.map((p) => [p.field, p.message])).toEqual([
      ['small_set_questions[1]', '"pairs" is not the id of any chooser question'],
      ['small_set_questions[2]', '"trios" is not the id of any chooser question'],
    ]);
  });
});
