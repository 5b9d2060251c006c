import { mkdirSync, mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** A small deterministic random source, so every benchmark run builds the same knowledge base. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'xe', 'zu', 'bra', 'cle', 'dro', 'fli', 'gra', 'plo', 'stri', 'tem', 'vor', 'wen'];
const TEMPLATES = ['What is {a} {b}?', 'How does {a} handle {b}?', 'Why use {a} for {b} {c}?', 'When should {a} replace {b}?', 'Is {a} better than {b} for {c}?', 'Explain {a} {b} and {c}'];

/**
 * Writes a knowledge folder with `count` generated entries in the real format
 * (faq/*.yml and the real synonyms.yml), plus questions that paraphrase them.
 */
export function writeSyntheticKnowledge(count: number, realDir: string, seed = 42): { dir: string; questions: { q: string; id: string }[] } {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  // A Zipf-like vocabulary: a few common words, a long tail of rare ones.
  const vocabulary = Array.from({ length: 6000 }, (_, i) => {
    let word = '';
    for (let n = 0; n < 2 + (i % 3); n++) word += pick(SYLLABLES);
    return word + (i > 2000 ? String.fromCharCode(97 + (i % 26)) : '');
  });
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2.2)] as string;
  const fill = (template: string) => template.replace(/\{[abc]\}/g, () => word());

  const dir = mkdtempSync(join(tmpdir(), 'iot-or-m2m-bench-'));
  mkdirSync(join(dir, 'faq'));
  cpSync(join(realDir, 'synonyms.yml'), join(dir, 'synonyms.yml'));
  const questions: { q: string; id: string }[] = [];
  const perFile = 500;
  for (let file = 0; file * perFile < count; file++) {
    const entries = [];
    for (let i = file * perFile; i < Math.min(count, (file + 1) * perFile); i++) {
      const id = `synthetic-${i}`;
      const topicWords = [word(), word(), word()];
      const phrasings = TEMPLATES.slice(0, 4).map((t) => fill(t).replace(/\{a\}/, topicWords[0] as string));
      entries.push({
        id,
        topic: `Topic ${i % 40}`,
        source: 'Synthetic',
        questions: phrasings.map((p, k) => `${p} ${topicWords[k % 3]}`),
        answer: `${topicWords.join(' ')} ${Array.from({ length: 25 }, word).join(' ')}.`,
      });
      if (i % Math.max(1, Math.floor(count / 300)) === 0) {
        // A reworded question: one of the entry's phrasings, one word dropped, one mistyped.
        const words = (phrasings[1] as string).replace(/[?]/g, '').split(' ');
        words.splice(1 + Math.floor(random() * (words.length - 1)), 1);
        const k = words.findIndex((w) => w.length >= 6);
        if (k >= 0) words[k] = swapLetters(words[k] as string);
        questions.push({ q: words.join(' '), id });
      }
    }
    writeFileSync(join(dir, 'faq', `part-${String(file).padStart(3, '0')}.yml`), stringify({ entries }));
  }
  return { dir, questions };
}

function swapLetters(word: string): string {
  const i = Math.floor(word.length / 2);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}
