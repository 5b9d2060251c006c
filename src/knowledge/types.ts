/** One question-and-answer entry of the knowledge base. */
export interface Entry {
  id: string;
  /** Ways a person might ask for this entry; the first one is used as its title. */
  questions: string[];
  /** Slack mrkdwn, written in the project's own words. */
  answer: string;
  /** The article section the answer rests on. */
  source: string;
  topic?: string;
  /** Ids of entries offered as follow-up questions. */
  related: string[];
  /** The file the entry came from, relative to the knowledge folder's parent. */
  file: string;
}

export interface KnowledgeBase {
  dir: string;
  entries: Entry[];
  byId: ReadonlyMap<string, Entry>;
  /** Groups of equivalent terms; the first term is the canonical one. */
  synonyms: string[][];
}

/** The text a person sees for an entry in a list or a button. */
export function entryTitle(entry: Entry): string {
  return entry.questions[0] ?? entry.id;
}

/** Topics in the order they first appear, each with its entries. */
export function topics(kb: KnowledgeBase): { topic: string; entries: Entry[] }[] {
  const byTopic = new Map<string, Entry[]>();
  for (const entry of kb.entries) {
    const topic = entry.topic ?? 'Other';
    const list = byTopic.get(topic) ?? [];
    list.push(entry);
    byTopic.set(topic, list);
  }
  return [...byTopic].map(([topic, entries]) => ({ topic, entries }));
}
