import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { ContentError } from '../../src/knowledge/problems.js';
import { loadQuiz, validateQuiz } from '../../src/quiz/index.js';

const kb = loadKnowledge(resolve('knowledge'));
const dirs: string[] = [];

function dirWith(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'quiz-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'quiz.yml'), yaml);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const good = (id: string): string => `
  - id: ${id}
    question: What does M2M stand for (${id})?
    options: [Mesh-to-Mesh, Modem-to-Modem, Machine-to-Machine]
    correct: Machine-to-Machine
    explanation: M2M means Machine-to-Machine.
    entry: m2m-acronym`;

describe('validateQuiz', () => {
  it('accepts a small valid bank', () => {
    const { bank, problems } = validateQuiz(dirWith(`questions:${['a', 'b', 'c', 'd', 'e'].map(good).join('')}\n`), kb);
    expect(problems).toEqual([]);
    expect(bank?.questions.map((q) => q.correct)).toEqual([2, 2, 2, 2, 2]);
  });

  it('reports every problem in a broken file at once, each with its line', () => {
    const yaml = `questions:${good('fine')}
  - id: bad-correct
    question: What does IoT stand for?
    options: [Internet of Things, Index of Transmitters, Integration of Telemetry]
    correct: internet of things
    explanation: IoT is short for Internet of Things.
    entry: iot-acronym
  - id: unknown-entry
    question: What does M2M stand for?
    options: [Mesh-to-Mesh, Modem-to-Modem, Machine-to-Machine]
    correct: Machine-to-Machine
    explanation: M2M means Machine-to-Machine.
    entry: no-such-entry
  - id: few-options
    question: Which is it?
    options: [IoT, M2M]
    correct: M2M
    explanation: M2M.
    entry: m2m-acronym
  - id: fine
    question: A second question with the same id?
    options:
      - One
      - Two
      - ${'A very long option that goes on and on well past what a Slack button can hold'}
      - two
    correct: One
    explanation: |
      First line.
      Second line.
    entry: m2m-acronym
`;
    const dir = dirWith(yaml);
    const lines = yaml.split('\n');
    const lineOf = (text: string, from = 0): number => lines.findIndex((l, i) => i >= from && l.includes(text)) + 1;
    let error: unknown;
    try {
      loadQuiz(dir, kb);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    const summary = problems.map((p) => ({ line: p.line, item: p.item, field: p.field }));
    expect(summary).toEqual([
      { line: lineOf('correct: internet of things'), item: 'bad-correct', field: 'correct' },
      { line: lineOf('entry: no-such-entry'), item: 'unknown-entry', field: 'entry' },
      { line: lineOf('options: [IoT, M2M]'), item: 'few-options', field: 'options' },
      { line: lineOf('- id: fine', lineOf('- id: fine')), item: 'fine', field: 'id' },
      { line: lineOf('A very long option'), item: 'fine', field: 'options[2]' },
      { line: lineOf('      - two'), item: 'fine', field: 'options[3]' },
      { line: lineOf('explanation: |'), item: 'fine', field: 'explanation' },
    ]);
    for (const p of problems) expect(p.file).toBe(`${basename(dir)}/quiz.yml`);
    expect(problems[0]?.fix).toContain('"Internet of Things"');
    expect(problems[2]?.message).toMatch(/has 2 items; at least 3 needed/);
    expect(problems[4]?.message).toMatch(/limit is 75/);
  });

  it('reports too few questions, unknown fields and missing fields', () => {
    const yaml = `questions:${good('a')}
  - id: b
    question: Where is the rest?
    hint: typo field
`;
    const { bank, problems } = validateQuiz(dirWith(yaml), kb);
    expect(bank).toBeNull();
    expect(problems.map((p) => `${p.item ?? ''}:${p.field}`)).toEqual(['b:hint', 'b:options', 'b:correct', 'b:explanation', 'b:entry', ':questions']);
    expect(problems.at(-1)?.message).toMatch(/has 2 questions; at least 5 needed/);
  });
});
