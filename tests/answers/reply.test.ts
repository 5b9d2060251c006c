/** What each kind of response says and offers, whatever the front end. */
import { describe, expect, it } from 'vitest';
import { nearestCandidates } from '../../src/answers/answerDecisions.js';
import { replyTo, starterSuggestions } from '../../src/answers/reply.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/load.js';
import { silentLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';
import { TERMINAL_COMMANDS } from '../../src/terminal/render.js';

const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
const commands = TERMINAL_COMMANDS;

describe('a question the bot cannot answer', () => {
  const [first, second, third] = kb.entries;
  if (!first || !second || !third) throw new Error('the knowledge base needs three entries');

  it('offers the nearest questions it can answer, best first, when they come close', () => {
    const reply = replyTo({ kind: 'fallback', confidence: 0.45, candidates: [{ entry: second, confidence: 0.45 }, { entry: third, confidence: 0.41 }, { entry: first, confidence: 0.2 }], question: 'q' }, kb, commands);
    expect(reply.kind).toBe('fallback');
    expect(reply.matched).toBe(false);
    expect(reply.suggestions.map((s) => s.id)).toEqual([second.id, third.id]);
    expect(reply.text).toContain('closest questions');
  });

  it('offers the nearest questions the response chose, weak matches included', () => {
    const weak = { entry: third, confidence: 0.3 };
    const reply = replyTo({ kind: 'fallback', confidence: 0.3, candidates: [weak, { entry: first, confidence: 0.1 }], nearest: [weak], question: 'q' }, kb, commands);
    expect(reply.suggestions.map((s) => s.id)).toEqual([third.id]);
    expect(reply.text).toContain('closest questions');
  });

  it('offers a weak match only for a question in the domain\'s own terms: weak matches of chatter are noise', () => {
    const weak = [{ entry: third, confidence: 0.3 }];
    expect(nearestCandidates(weak, true).map((c) => c.entry.id)).toEqual([third.id]);
    expect(nearestCandidates(weak, false)).toEqual([]);
  });

  it('offers where to start when nothing comes close', () => {
    const reply = replyTo({ kind: 'fallback', confidence: 0.2, candidates: [{ entry: second, confidence: 0.2 }], question: 'q' }, kb, commands);
    expect(reply.suggestions).toEqual(starterSuggestions(kb));
    expect(reply.text).not.toContain('closest questions');
  });
});

describe('the last step of a sequence asked for again', () => {
  it('says it is the last step before giving the same answer again, which would otherwise read like a glitch', () => {
    const [entry] = kb.entries;
    if (!entry) throw new Error('the knowledge base needs an entry');
    const again = replyTo({ kind: 'answer', entry, confidence: 1, candidates: [{ entry, confidence: 1 }], question: 'and then?', lastStep: true }, kb, commands);
    const plain = replyTo({ kind: 'answer', entry, confidence: 1, candidates: [{ entry, confidence: 1 }], question: 'and then?' }, kb, commands);
    expect(again.text).toMatch(/^That is the last step the article describes:/);
    expect(again.text.endsWith(plain.text)).toBe(true);
    expect(plain.text).not.toMatch(/last step/);
  });

  it('names the heading first when asked where the article says it', () => {
    const [entry] = kb.entries;
    if (!entry) throw new Error('the knowledge base needs an entry');
    const located = replyTo({ kind: 'answer', entry, confidence: 1, candidates: [{ entry, confidence: 1 }], question: 'which section is that in?', underHeading: 'The Main Difference' }, kb, commands);
    const plain = replyTo({ kind: 'answer', entry, confidence: 1, candidates: [{ entry, confidence: 1 }], question: 'which section is that in?' }, kb, commands);
    expect(located.text.split('\n')[0]).toContain('“The Main Difference”');
    expect(located.text.endsWith(plain.text)).toBe(true);
    expect(plain.text).not.toMatch(/under the heading/);
  });

  it('says the article has no other example before giving the last one again', () => {
    const [entry] = kb.entries;
    if (!entry) throw new Error('the knowledge base needs an entry');
    const again = replyTo({ kind: 'answer', entry, confidence: 1, candidates: [{ entry, confidence: 1 }], question: 'any other example?', lastExample: true }, kb, commands);
    const plain = replyTo({ kind: 'answer', entry, confidence: 1, candidates: [{ entry, confidence: 1 }], question: 'any other example?' }, kb, commands);
    expect(again.text).toMatch(/^The article gives no other example than these two\b/);
    expect(again.text.endsWith(plain.text)).toBe(true);
    expect(plain.text).not.toMatch(/no other example/);
  });
});

describe('a scenario whose parts answer one question both ways', () => {
  it('says the chooser leaves that question open, as it takes one answer per question', () => {
    const services = loadServices({ logger: silentLogger });
    const response = services.responder.respond('The kiln line will never grow, but the booking site has to scale to thousands of users. Which one?');
    expect(response.kind === 'scenario' && response.reading.answers.every((a) => a === 'not_sure')).toBe(true);
    const reply = replyTo(response, kb, commands);
    expect(reply.text).toMatch(/answered both ways, one part each, so the chooser leaves it for you/);
  });
});

describe('the two lists asked for together', () => {
  it('introduces them as the article\'s two lists, not as two questions asked, which a real two-part question still gets', () => {
    const services = loadServices({ logger: silentLogger });
    const lists = replyTo(services.responder.respond('what are the two lists at the end of the article?'), kb, commands);
    expect(lists.kind).toBe('compound');
    expect(lists.text).toMatch(/^The article gives two lists, one for each side:/);
    const twoParts = replyTo(services.responder.respond('what does UID mean, and who wrote the article?'), kb, commands);
    expect(twoParts.kind).toBe('compound');
    expect(twoParts.text).toMatch(/^You asked two things; here are both\./);
  });
});
