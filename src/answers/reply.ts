import { entryLabel, entryTitle, topics, type Entry, type KnowledgeBase } from '../knowledge/types.js';
import type { Decision } from './engine.js';

/** A question the user can pick next: a "did you mean" choice, a follow-up or a starter. */
export interface Suggestion {
  id: string;
  question: string;
  /** Short enough for a button in any Slack client. */
  label: string;
}

/** What to say back, independent of where it is shown. `text` is Slack mrkdwn. */
export interface Reply {
  kind: Decision['kind'];
  /** True only when the engine decided to answer. */
  matched: boolean;
  confidence: number;
  entry: Entry | null;
  text: string;
  suggestions: Suggestion[];
  question: string;
}

/** How each front end names its commands, e.g. "/iot-or-m2m" in Slack and "choose" in the terminal. */
export interface Commands {
  chooser: string;
  quiz: string;
}

export function suggestion(entry: Entry): Suggestion {
  return { id: entry.id, question: entryTitle(entry), label: entryLabel(entry) };
}

/** One starter question per topic, for people who don't know what to ask. */
export function starterSuggestions(kb: KnowledgeBase, max = 4): Suggestion[] {
  return topics(kb)
    .slice(0, max)
    .map(({ entries }) => suggestion(entries[0] as Entry));
}

export function answerReply(kb: KnowledgeBase, entry: Entry, confidence: number, question = entryTitle(entry)): Reply {
  const suggestions = entry.related.map((id) => kb.byId.get(id)).filter((e): e is Entry => e !== undefined).map(suggestion);
  return { kind: 'answer', matched: true, confidence, entry, text: entry.answer, suggestions, question };
}

export function replyTo(decision: Decision, kb: KnowledgeBase, commands: Commands): Reply {
  const base = { matched: false, confidence: 0, entry: null, question: decision.question };
  switch (decision.kind) {
    case 'answer':
      return answerReply(kb, decision.entry, decision.confidence, decision.question);
    case 'clarify':
      return {
        ...base,
        kind: 'clarify',
        confidence: decision.confidence,
        text: "I'm not sure which of these you mean. Pick one:",
        suggestions: decision.choices.map((c) => suggestion(c.entry)),
      };
    case 'fallback':
      return {
        ...base,
        kind: 'fallback',
        confidence: decision.confidence,
        text:
          "I don't know that one, and I'd rather not guess. I only know what the article " +
          `_What's the difference between IoT and M2M?_ covers. Try one of these, or use ${commands.chooser} to work out which fits your project.`,
        suggestions: starterSuggestions(kb),
      };
    case 'empty':
      return { ...base, kind: 'empty', text: `Ask me anything about IoT and M2M, for example _${entryTitle(kb.entries[0] as Entry)}_`, suggestions: starterSuggestions(kb) };
    case 'smalltalk':
      return { ...base, kind: 'smalltalk', text: smallTalkText(decision.intent, commands), suggestions: decision.intent === 'greeting' || decision.intent === 'help' ? starterSuggestions(kb) : [] };
  }
}

function smallTalkText(intent: Extract<Decision, { kind: 'smalltalk' }>['intent'], commands: Commands): string {
  switch (intent) {
    case 'greeting':
      return `Hi! I answer questions about IoT and M2M and help you choose between them. Ask me something, or try ${commands.chooser}.`;
    case 'thanks':
      return 'Glad it helped! Ask me anything else about IoT and M2M.';
    case 'bye':
      return 'Bye for now. Come back any time you need IoT or M2M sorted out.';
    case 'help':
      return [
        "I'm *iot-or-m2m*. I explain the difference between the Internet of Things and machine-to-machine communication, from one article.",
        '• Ask a question in plain words, e.g. _what does M2M stand for?_',
        `• ${commands.chooser} walks you through a few questions and recommends IoT, M2M or a mix for your project.`,
        `• ${commands.quiz} tests what you know in five questions.`,
      ].join('\n');
  }
}
