import { ANSWER_LABELS } from '../chooser/model.js';
import { scoreBar } from '../chooser/scoreBar.js';
import { answeredBothWays, type ScenarioReading } from '../chooser/scenario.js';
import { entryLabel, entryTitle, topics, type Entry, type KnowledgeBase } from '../knowledge/types.js';
import { escapeMrkdwn, quoteUserText } from '../mrkdwn.js';
import { nearestCandidates } from './answerDecisions.js';
import type { Decision } from './engine.js';
import type { Response } from './respond.js';

/** A question the user can pick next: a "did you mean" choice, a follow-up or a starter. */
export interface Suggestion {
  id: string;
  question: string;
  /** Short enough for a button in any Slack client. */
  label: string;
}

/** What to say back, independent of where it is shown. `text` is Slack mrkdwn. */
export interface Reply {
  kind: Response['kind'];
  /** True only when the bot answered outright (an answer, both parts, a scenario's recommendation). */
  matched: boolean;
  confidence: number;
  /** The entry answered (for a decline, the part it does answer); for two questions in one, the first. */
  entry: Entry | null;
  /** Every entry the reply rests on, each with its source: two for a compound question, the criteria for a scenario. */
  sources: Entry[];
  text: string;
  suggestions: Suggestion[];
  question: string;
  /** A scenario's reading, for the front end's "open the chooser with these answers". */
  scenario?: ScenarioReading;
}

/** How each front end names its commands, e.g. "/iot-or-m2m" in Slack and "choose" in the terminal. */
export interface Commands {
  chooser: string;
  quiz: string;
  /** How to open the chooser with a scenario's answers filled in. */
  refine: string;
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
  const suggestions = relatedSuggestions(kb, entry);
  return { kind: 'answer', matched: true, confidence, entry, sources: [entry], text: entry.answer, suggestions, question };
}

/** What to say for a response. */
export function replyTo(decision: Response, kb: KnowledgeBase, commands: Commands): Reply {
  const base = { matched: false, confidence: 0, entry: null, sources: [], question: decision.question };
  switch (decision.kind) {
    case 'compound': {
      const [first] = decision.answers;
      const text = decision.answers.map((a, i) => `*${i + 1}. ${escapeMrkdwn(entryTitle(a.entry))}*\n${a.entry.answer.trim()}\n_Source: ${escapeMrkdwn(a.entry.source)}_`).join('\n\n');
      return { ...base, kind: 'compound', matched: true, confidence: decision.confidence, entry: first?.entry ?? null, sources: decision.answers.map((a) => a.entry), text: `${decision.theTwoLists ? 'The article gives two lists, one for each side:' : 'You asked two things; here are both.'}\n\n${text}`, suggestions: [] };
    }
    case 'scenario':
      return scenarioReply(decision.reading, decision.question, kb, commands);
    case 'declined': {
      // The asker's own word is quoted as user text: never a mention, a link or formatting.
      const subject = `The article doesn't cover ${decision.asTyped ? `"${quoteUserText(decision.subject, 40)}"` : escapeMrkdwn(decision.subject)}, so I won't guess about that.`;
      const partial = decision.partial?.entry;
      if (!partial) {
        return { ...base, kind: 'declined', confidence: decision.confidence, text: `${subject} I only know what the article _What's the difference between IoT and M2M?_ says. Try one of these:`, suggestions: starterSuggestions(kb) };
      }
      const text = `${subject} Here is what it does say about _${escapeMrkdwn(entryTitle(partial).replace(/\?$/, ''))}_:\n${partial.answer.trim()}`;
      return { ...base, kind: 'declined', confidence: decision.confidence, entry: partial, sources: [partial], text, suggestions: relatedSuggestions(kb, partial) };
    }
    case 'answer': {
      const reply = answerReply(kb, decision.entry, decision.confidence, decision.question);
      // The same words again would read like a glitch: say why they come again.
      if (decision.lastStep) return { ...reply, text: `That is the last step the article describes:\n${reply.text}` };
      if (decision.lastExample) return { ...reply, text: `The article gives no other example than these two. The last one again:\n${reply.text}` };
      return decision.underHeading ? { ...reply, text: `The article says this under the heading “${escapeMrkdwn(decision.underHeading)}”:\n${reply.text}` } : reply;
    }
    case 'clarify':
      return {
        ...base,
        kind: 'clarify',
        confidence: decision.confidence,
        text: "I'm not sure which of these you mean. Pick one:",
        suggestions: decision.choices.map((c) => suggestion(c.entry)),
      };
    case 'fallback': {
      // The nearest questions it can answer, when any comes close enough to be worth a click; else where to start.
      const nearest = decision.nearest ?? nearestCandidates(decision.candidates, false);
      return {
        ...base,
        kind: 'fallback',
        confidence: decision.confidence,
        text:
          "I don't know that one, and I'd rather not guess. I only know what the article " +
          `_What's the difference between IoT and M2M?_ covers. ${nearest.length > 0 ? 'The closest questions I can answer are below' : 'Try one of these'}; or use ${commands.chooser} to work out which fits your project.`,
        suggestions: nearest.length > 0 ? nearest.map((c) => suggestion(c.entry)) : starterSuggestions(kb),
      };
    }
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

/** The entries an entry lists as related, as suggestions (ids the knowledge base lacks are skipped). */
function relatedSuggestions(kb: KnowledgeBase, entry: Entry): Suggestion[] {
  return entry.related.map((id) => kb.byId.get(id)).filter((e): e is Entry => e !== undefined).map(suggestion);
}

const SIDE_NAMES = { iot: 'IoT', m2m: 'M2M' } as const;

/** A scenario's recommendation: the verdict, the score, and which words of the message were read as which of the article's criteria. */
function scenarioReply(reading: ScenarioReading, question: string, kb: KnowledgeBase, commands: Commands): Reply {
  const rec = reading.recommendation;
  const both = answeredBothWays(reading.criteria);
  const leftOpen = [...new Set(reading.criteria.filter((c) => both.has(c.questionId)).map((c) => c.ask))];
  const lines = reading.criteria.map((c) => {
    const entry = kb.byId.get(c.entryId);
    const source = entry ? ` (${escapeMrkdwn(entry.source)})` : '';
    return `• “${quoteUserText(c.evidence, 80)}” → _${escapeMrkdwn(c.ask)}_ ${ANSWER_LABELS[c.answer]}${c.side ? `, which points to ${SIDE_NAMES[c.side]}` : ''}${source}`;
  });
  const text = [
    `*${rec.summary.replace('your project', 'what you describe')}*`,
    `\`${scoreBar(rec.iotShare)}\`  IoT ${rec.iot} · M2M ${rec.m2m} points, scored like the chooser`,
    '*What I read in your message, against the article’s criteria:*',
    ...lines,
    `Anything I misread or missed? ${commands.refine} to open the chooser with these answers filled in, or use ${commands.chooser} to start from scratch.`,
    // The chooser takes one answer per question: one that two parts of the project answer both ways is left open there.
    ...leftOpen.map((ask) => `_${escapeMrkdwn(ask)}_ is answered both ways, one part each, so the chooser leaves it for you.`),
  ].join('\n');
  const criteria = rec.criteria.map((id) => kb.byId.get(id)).filter((e): e is Entry => e !== undefined);
  return { kind: 'scenario', matched: true, confidence: reading.confidence, entry: null, sources: criteria, text, suggestions: criteria.map(suggestion), question, scenario: reading };
}
