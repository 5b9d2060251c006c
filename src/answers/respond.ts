/**
 * What the bot makes of a message, beyond matching it to one entry: a
 * follow-up read with the conversation before it, a project described as a
 * scenario and read for the article's criteria, two questions in one, or a
 * question about something the article does not cover. Every front end
 * replies from a Response. Pure: no Slack, no storage.
 */
import type { ChooserModel } from '../chooser/model.js';
import { ABOUT_THE_ARTICLE, ARTICLE_TITLE_SIDES, ScenarioReader, type ScenarioReading } from '../chooser/scenario.js';
import type { Entry, KnowledgeBase } from '../knowledge/types.js';
import type { AnswerEngine, Candidate, Decision } from './engine.js';
import { OutOfScope, type OutOfScopeTopic } from './outOfScope.js';
import { cleanInput, sentences, STOP_WORDS, words } from './text.js';

export type AnswerDecision = Extract<Decision, { kind: 'answer' }>;

export type Response =
  | (Decision & { readAs?: string })
  /** Two questions in one message, each answered by its own entry. */
  | { kind: 'compound'; answers: AnswerDecision[]; confidence: number; question: string }
  /** A project described in the message, read for the article's criteria. */
  | { kind: 'scenario'; reading: ScenarioReading; confidence: number; question: string }
  /** The question is about something the article does not cover; `partial` answers the part it does. */
  | { kind: 'declined'; subject: string; partial: Candidate | null; confidence: number; candidates: Candidate[]; question: string };

/** The turn before, in the same conversation, for reading a follow-up: kept small, so a store can hold it. */
export interface PreviousTurn {
  /** The question as it was read (a follow-up with what it took from the turn before it). */
  question: string;
  kind: Response['kind'];
  /** The entries the reply rested on. */
  entryIds: string[];
}

/** A response as the turn before the next message. */
export function turnOf(response: Response): PreviousTurn {
  const entryIds =
    response.kind === 'answer' ? [response.entry.id] : response.kind === 'compound' ? response.answers.map((a) => a.entry.id) : response.kind === 'declined' && response.partial ? [response.partial.entry.id] : [];
  return { question: readAsOf(response) ?? response.question, kind: response.kind, entryIds };
}

/**
 * How the feedback report counts a response: two questions answered count
 * as one answered (by the first); a question the article does not cover as
 * unanswered, so it shows in the knowledge-gap report. A described project
 * (a scenario) asks nothing of the article's entries and is not recorded.
 */
export function recordedDecisionOf(response: Response): Decision | undefined {
  switch (response.kind) {
    case 'compound':
      return response.answers[0];
    case 'scenario':
      return undefined;
    case 'declined':
      return { kind: 'fallback', confidence: response.confidence, candidates: response.candidates, question: response.question };
    default:
      return response;
  }
}

/** A question word alone, or with only words pointing back: "when?", "since when?", "when was that?", "and who did it?". */
const LONE_QUESTION_WORD = /^(?:and\s+|ok\s+|so\s+|but\s+)?(?:since\s+)?(when|where|who|how|which)(?:\s+(?:was|is|did|does|do|were|are)\s+(?:that|it|this|they|she|he)(?:\s+(?:happen|written|published|come out|start|begin|do it))?)?\W*$/i;
/** A follow-up's best entry next to the answer before is taken from this confidence on... */
const NEXT_TO_PREVIOUS_AT = 0.3;
/** ...when it is this many times as strong as the next best. */
const NEXT_TO_PREVIOUS_LEAD = 2;
/** "and then?", "then what?", "what happens next?": the next step of what was just explained ("ok then" only acknowledges). */
const NEXT_STEP = /^(?:and\s+then|(?:(?:and|ok|so)\s+)?(?:then\s+what|what\s+then|what(?:\s+happens)?\s+(?:next|after that)|and\s+after\s+that|what\s+comes\s+next))\W*$/i;
/** "who says so?", "source?": where what was just said comes from. */
const ASKS_FOR_THE_SOURCE = /^(?:and\s+|but\s+|ok\s+|so\s+)?(?:who\s+says(?:\s+(?:so|that))?|says\s+who|who\s+said\s+(?:so|that)|(?:what(?:['’]s|\s+is)\s+)?(?:the|your)\s+source|source|where\s+(?:does|did)\s+(?:that|this)\s+come\s+from|how\s+do\s+(?:you|u)\s+know(?:\s+that)?)\W*$/i;
/** How a question about where an answer comes from reads alone: what the article is. */
const THE_SOURCE = 'what is the source';
/** "is that from the article?", "which section says that?": the answer just given, again, with its source. */
const CHECKS_THE_SOURCE = /^(?:and\s+|but\s+|ok\s+|so\s+)?(?:(?:is|was)\s+(?:that|this|it)\s+(?:really\s+|actually\s+)?(?:from|in|what)\s+(?:the\s+)?(?:article|text|source)(?:\s+says)?|(?:does|did)\s+(?:the\s+)?(?:article|text|author)\s+(?:really\s+|actually\s+)?say\s+(?:that|so)|(?:which|what)\s+(?:section|part)\s+(?:of\s+the\s+article\s+)?(?:says\s+(?:that|so)|is\s+(?:that|this)\s+(?:from|in))|where\s+(?:does|did)\s+(?:it|the\s+article|the\s+text|the\s+author)\s+say\s+(?:that|so|this)|where\s+(?:is|was)\s+(?:that|this)\s+in\s+the\s+(?:article|text)|based\s+on\s+what|on\s+what\s+basis)\W*$/i;
/** "anything about the country?", "does it mention banks?" or "does it say they're efficient?": whether the text says something about a subject (group 1). */
const ASKS_IF_MENTIONED = /^(?:and\s+|so\s+|but\s+|ok\s+)?(?:(?:is\s+there\s+)?(?:anything|something)|any\s+mention|(?:does|did)\s+(?:it|the\s+article|the\s+author)\s+(?:say\s+anything|say(?:\s+that)?|mention|talk\s+about|touch\s+on))\s+(?:about\s+|of\s+|on\s+)?(.+?)\W*$/i;
/** "any other example?": one not given yet. */
const ASKS_FOR_ANOTHER = /^(?:and\s+|ok\s+|so\s+)?(?:(?:any|got|give me|what(?:['’]s|\s+is|\s+are))\s+)?(?:an?\s+)?(?:another|other|one more|more|different)\s+(?:examples?|cases?|use cases?|uses?)\W*$/i;
/** "how does that work?" after an answer: how the thing just described works, which a neighbouring entry usually tells. */
const ASKS_HOW_IT_WORKS = /^(?:and\s+|so\s+|ok\s+|but\s+)?how\s+(?:does|do|did)\s+(?:that|it|this|they)(?:\s+one)?\s+(?:actually\s+)?work(?:\s*,?\s*(?:exactly|then|in practice|step by step|in detail))?\W*$/i;
/** "is that good or bad?" after an answer weighs what it just said: that answer, or the entry next to it that weighs it. */
const ASKS_FOR_A_VERDICT = /^(?:so\s+|and\s+|but\s+)?(?:(?:is|was|are)\s+(?:that|this|it|they)\s+)?(?:a\s+)?(?:good|bad|positive|negative|optimistic|pessimistic|upbeat)(?:\s+(?:thing|news|sign))?(?:\s+or\s+(?:a\s+)?(?:good|bad|positive|negative|optimistic|pessimistic|not)(?:\s+(?:thing|news|sign))?)?(?:\s+(?:then|though|tho))?\W*$/i;
/** "because?" or "because of what?": "why?" asked the other way round. */
const ASKS_BECAUSE = /^(?:and\s+|but\s+|so\s+)?(?:because|cause|coz|cuz)(?:\s+of\s+what)?\W*$/i;
/** "what else is on that list?" after a criterion asks for the list it belongs to ("M2M is best when…"); naming a side, it asks about that side. */
const ASKS_FOR_THE_LIST = /^(?:and\s+|so\s+|ok\s+)?(?:what|what['’]s|whats|anything|which)\s+(?:else|other)\b(?!.*\b(?:iot|m2m)\b).*\b(?:on|in|from)\s+(?:that|the|this|its)\s+list\b/i;
/** An item of a list by its place: "the first one", "the last point". */
const ORDINAL_ITEM = /\b(?:first|last|second|third|1st|2nd|3rd)\s+(?:one|thing|item|point)s?\b/i;
/** Words that point back to a list just given: "…again?", "…on that list?", "spell it out". */
const POINTS_TO_THE_LIST = /\b(?:again|(?:that|the|this)\s+list|spell|spelled|spelt|was\s+it|were\s+they|that\s+one)\b/i;
/** "and the last one?": an item by its place and nothing else. */
const ONLY_AN_ITEM = /^(?:and\s+|so\s+|ok\s+|what\s+about\s+|and\s+what\s+about\s+)?(?:the\s+)?(?:first|last|second|third)\s+(?:one|thing|item|point)\W*$/i;
/** Longer questions that name an item by its place ask something of their own ("what is the last thing the article says?"). */
const LISTED_ITEM_WORDS = 10;
/** "so which is it?" after an answer: the answer just given, again. */
const ASKS_WHICH_AGAIN = /^(?:so\s+|ok\s+so\s+|ok\s+)?which\s+(?:one\s+)?is\s+it(?:\s+then)?\W*$/i;
/** "so that's M2M, not IoT?": a check of the answer just given, which gives it again. */
const CONFIRMS_THE_SIDE = /^(?:so\s+|ok\s+so\s+)?(?:that(?:['’]s|\s+is|\s+means)|it(?:['’]s|\s+is)|we\s+(?:go|pick|use))\s+(?:iot|m2m)(?:\s*,?\s*(?:not|rather than|instead of)\s+(?:iot|m2m))?(?:\s*,?\s*(?:right|then|correct))?\W*$/i;
/** "what are all the situations…", "the full list of cases…": a question for every item of a list. */
const ASKS_FOR_A_WHOLE_LIST = /\b(?:all|every|full|whole|complete|entire)\s+(?:the\s+)?(?:list\b|(?:situations|cases|points|criteria|conditions|scenarios)\b[^.?!,]*\b(?:best|fits?|ideal|right choice|suited|go for|pick|recommends?|recommended)\b)/i;
/** "that way round?" after an answer relating the two sides (which is part of which): a check of the direction it gave. */
const CHECKS_THE_DIRECTION = /^(?:wait\s*,?\s*|hang on\s*,?\s*|sorry\s*,?\s*|so\s+)?(?:is\s+(?:it|that)\s+|it['’]s\s+|not\s+)?(?:that|this|the\s+right|the\s+other)\s+way\s+a?round(?:\s*,?\s*(?:then|right|not the other))?\W*$/i;
/** "the other one" in a follow-up: the side the turn before was not about. */
const THE_OTHER_SIDE = /\bthe other\s+(?:one|side|technology|approach|option)\b/i;
/** Words that start a follow-up read together with the question before it. */
const FOLLOW_UP_START = /^(and|but|so|ok|okay|then|also|what about|how about|vs|versus|compared (?:to|with)|why|how come|which|when|where|who|what else|does it|do they|is it|is that|are they|can it|is this|same|is it the same)\b/;
/** Words that point back to something said before. */
const POINTS_BACK = /\b(it|its|that|this|they|them|those|these|there|she|he|her|his|him|the other one|the other|one|then|else|instead|exactly|specifically)\b/;
/** A follow-up is short; a longer message stands on its own. */
const FOLLOW_UP_MAX_WORDS = 9;
/** A message this sure of its answer on its own is not read as a follow-up. */
const STANDS_ALONE = 0.75;
/** How much a follow-up's match with the turn before counts, against its match alone. */
const IN_CONTEXT_SHARE = 0.7;
/** A follow-up whose own best match is this sure has a subject of its own. */
const OWN_SUBJECT = 0.5;
/** A follow-up whose own best match is this weak and that points back ("why is the other one worse at it?") has no subject of its own. */
const NO_OWN_SUBJECT = 0.4;
/** How much the turn before counts for a follow-up with no subject of its own. */
const POINTING_BACK_SHARE = 0.9;
/** Added to the answer just given and its neighbours, for the same question about the other side. */
const SAME_MATTER_BONUS = 0.25;
/** Words that carry on from the turn before: "and the other one?", "then what?", "what are they used for?", "what happens next?". */
const CONTINUES = /^(and|but|so|ok|okay|then|also|what about|how about|same)\b|\b(they|them|those|these|next|then|instead|the other)\b/;
/** A follow-up's own words match the answer just given at least this well when they are about it. */
const OWN_WORDS_TOUCH = 0.2;
/** Taken off the entry just given, when a follow-up asks something new. */
const ALREADY_ANSWERED_PENALTY = 0.15;
/** Follow-ups that ask about the same thing again: why, more, an example, what it is for. */
const ASKS_AGAIN = /\b(why|how come|how so|in what way|anything else|what else|more|again|explain|elaborate|example|mean|meaning|matter|specifically|exactly|detail|details|purpose|how (?:does|do|did) (?:that|it|this|they) work|what(?:['’]s|\s+is|\s+are)\s+(?:it|that|this|they|those)\s+for)\b/;
/** Joins two questions in one message: "what is X, and which Y?", "X? Also Y?", "X; does Y?", "X + how Y?", "X, and in the ATM example what…?". */
const QUESTION_START = '(?:what|what\'s|whats|which|who|whom|whose|when|where|why|how|does|do|did|is|are|was|were|can|could|should|will|would)\\b';
const COMPOUND_SPLIT = new RegExp(
  `\\?\\s+(?:(?:and|also|plus)\\s*,?\\s+)?(?=${QUESTION_START}|(?:iot|m2m)\\b)|\\s*(?:;|\\s\\+)\\s*(?=${QUESTION_START})|\\s*[,;]?\\s+(?:and also|and|also|plus)\\s+(?=(?:(?:over|in|on|for|with|from|by)\\s+(?:[\\w'’-]+,?\\s+){0,3}?)?(?:${QUESTION_START}|about\\b))`,
  'i',
);
/**
 * "what does the article say about X" or "does the article touch on X" asks about X, and "what does the
 * article say?", "is that what the article says?" or "does the article back me up?" closing a story only
 * asks for the article's word: where the answer comes from.
 */
/** The article or its writer, maybe named by its subject ("that IoT article"). */
const THE_TEXT = `(?:the|this|that)\\s+(?:${ARTICLE_TITLE_SIDES}\\s+)?(?:article|text|piece|post|reading|author|writer)`;
const ARTICLE_SAYS = new RegExp(
  `\\b(?:${[
    // "what does the article say about X", "how does the author describe X"
    `(?:what|how)\\s+(?:does|do|did)\\s+${THE_TEXT}\\s+(?:say|tell us|mention|list|claim|think|call)`,
    // "remind me what the article says about X"
    `(?:what|how)\\s+${THE_TEXT}\\s+(?:says|said|thinks|claims)`,
    // "does it mention bluetooth anywhere?"
    '(?:does|did)\\s+it\\s+(?:mention|say anything|talk about|discuss)',
    // "does the article touch on X", "which transports does the article cite?"
    `(?:does|did)\\s+${THE_TEXT}\\s+(?:touch on|cover|mention|talk about|discuss|get into|say anything|cite|list|name)`,
    // "does the article say which one is better?"
    `(?:does|did)\\s+${THE_TEXT}\\s+(?:actually\\s+|really\\s+)?(?:say|tell\\s+(?:you|us|me))(?=\\s+(?:which|whether|if|what|how|why|who|when|where)\\b)`,
    // closing a story: "is that what the article says?", "is that from the article?", "does the article back me up?"
    '(?:is\\s+(?:that|this|it)\\s+(?:actually\\s+|really\\s+)?(?:what|how)\\s+the\\s+(?:article|text|author)\\s+(?:says|puts it|describes\\s+\\w+))',
    'is\\s+(?:that|this)\\s+(?:actually\\s+|really\\s+)?(?:from|in)\\s+the\\s+(?:article|text|piece)',
    '(?:does|would|will)\\s+(?:the|this|that)\\s+(?:article|text|piece|author)\\s+back\\s+(?:me|us|that|this)\\s+up',
    // "does the article have a part about X"
    '(?:does|did)\\s+(?:the|this)\\s+(?:article|text|piece)\\s+(?:have|include|contain)\\s+(?:a|any)\\s+(?:part|section|bit|paragraph)',
  ].join('|')})(\\s+(?:about|of|on|regarding)\\b)?`,
  'gi',
);
/** "which section covers X?" asks about X: its answer names the section it comes from. */
const WHICH_SECTION = /\b(?:in\s+)?(?:which|what)\s+(?:(?:section|paragraph)\s+(?:of\s+(?:the|this)\s+(?:article|text|piece)\s+)?|(?:part|bit)\s+of\s+(?:the|this)\s+(?:article|text|piece)\s+)(?:(?:does|do)\s+(?:the|this|it)\s+(?:article|text|piece|author)?\s*)?(?:covers?|talks?\s+about|discuss(?:es)?|mentions?|deals?\s+with|gets?\s+into|is\s+about|explains?|describes?)\b/i;
/** Comparing the two as a frame around what is compared: "iot vs m2m", "compared between the two". */
const COMPARISON_FRAME = /\b(?:(?:iot|m2m)\s*(?:vs\.?|versus|v\.?|or|compared (?:to|with))\s*(?:iot|m2m)|(?:compare|compares|compared|comparison)(?:\s+(?:between|across)\s+(?:the two|them|both|iot and m2m|m2m and iot))?|between the two)\b/i;
/** Where an answer should come from, not what is asked: "according to the article", "per the text", "in the doc". */
const ATTRIBUTION = new RegExp(
  `,?\\s*\\b(?:according to|as per|per|as described in|as the|in|from|by)\\s+(?:the|this|that|our|your)\\s+(?:${ARTICLE_TITLE_SIDES}\\s+)?(?:article|text|doc|document|piece|post|write-?up|reading|author|source)(?:'s)?(?:\\s+(?:says|describes it|puts it|explains it))?\\b,?`,
  'gi',
);
/**
 * Where one clause ends and the next begins: punctuation or an emoji, "but"/"so" before a question ("sorry if this is dumb
 * but what is m2m?"), or a question straight after a greeting or an apology ("newbie here what is iot?").
 */
const CLAUSE_BREAK = new RegExp(
  `[,;:\u2013\u2014]+|\\p{Extended_Pictographic}+|\\s-\\s|\\s(?:but|so)\\s(?=${QUESTION_START})|(?<=\\b(?:here|question|q|sorry|hi|hey|hello|morning|folks|all|team))\\s+(?=${QUESTION_START})`,
  'iu',
);
/** A clause that starts like a question ("does the article say…"), or does after a word of politeness or a link ("please what is…"). */
const STARTS_ASKING = new RegExp(`^${QUESTION_START}`, 'i');
const STARTS_ASKING_POLITELY = new RegExp(`^(?:please\\s+|pls\\s+|so\\s+|and\\s+|but\\s+)?${QUESTION_START}`, 'i');
/** A story's closing question shorter than this is read with the story, not on its own. */
const STORY_QUESTION_WORDS = 5;
/** How sure the fact question closing a story, or the clause that asks, must be alone: a little above the engine's own answer bar (ANSWER_AT), well below STANDS_ALONE. */
const STORY_FACT_AT = 0.6;
/** A part of a two-part question offered as "did you mean" is answered with its first choice from this confidence, when the other part is answered. */
const COMPOUND_PART_AT = 0.6;
/** A message read as this many of the chooser's criteria describes one project, even when it asks in two parts. */
const CRITERIA_FOR_A_PROJECT = 2;
/** A project no cue covers is read from its clauses only in a message this long that asks which side fits. */
const UNCUED_PROJECT_WORDS = 14;
/** A clause counts as one of the article's criteria when it matches the criterion's entry this surely on its own. */
const UNCUED_CRITERION_AT = 0.65;
/** How sure a project read from its clauses is: less than one read from the cues. */
const UNCUED_PROJECT_CONFIDENCE = 0.6;
/** Clauses for finding the one that asks which side fits; "…, like oneM2M or IEEE?" gives examples of the clause before. */
const ASKING_CLAUSE_BREAK = /[,;:\u2013\u2014]+(?!\s*(?:like|such as|e\.?g\.?|for example)\b)|\s-\s/;
/** Clauses of a described project: punctuation, or a conjunction that starts another need. */
const PROJECT_CLAUSE_BREAK = /[,;:\u2013\u2014()]+|\s-\s|\s(?:and|but|while|plus|whereas)\s/i;
/** A clause this short ("why?", "and iot?") does not ask on its own. */
const FRAMED_CLAUSE_WORDS = 3;
/** A second part about the other side with no more words of its own ("and which does m2m use?") repeats the first part's question. */
const ELLIPTICAL_OWN_WORDS = 1;
/** Words that say nothing of what is asked: "which ones does m2m use" has only "use" of its own. */
const NOT_OWN = new Set(['one', 'ones', 'that', 'this', 'it', 'they', 'them', 'same', 'about', 'for', 'then', 'instead', 'use', 'uses', 'using']);
/** A side named in full or short, as a regex source. */
const A_SIDE = '(?:iot|m2m|internet of things|machine to machine)';
/** "what is m2m?": a question that only asks what one side is. */
const WHAT_IS_A_SIDE = new RegExp(`^(?:so\\s+)?what(?:['’]s|\\s+is|\\s+are)\\s+(?:an?\\s+)?${A_SIDE}\\W*$`, 'i');
/** A question word, which says how something is asked, not what about. */
const QUESTION_WORD = /^(what|which|how|who|when|where|why|whats)$/;
/** The sides a question is about; a second part that names neither is about the first part's. */
const SIDE_WORDS = /\b(iot|m2m|internet of things|machine to machine|the article)\b/gi;
/** A question that needs the sentence before it to say what it is about. */
const POINTS_WITHIN = /\b(it|its|they|them|this|that|those)\b/i;
/** A term put in quotes to say it is the one asked about ("Right now it's 'UID'."). */
const QUOTED_TERM = /(?<![\p{L}\d])['"‘“]([\p{L}\d][\p{L}\d -]{0,30})['"’”](?![\p{L}\d])/gu;
/** "iot over m2m", "m2m instead of iot": the side preferred, and the one it is preferred to. */
const PREFERS_ONE_SIDE = new RegExp(`\\b(${A_SIDE})\\s+(?:over|instead\\s+of|rather\\s+than|in\\s+place\\s+of)\\s+${A_SIDE}\\b`, 'i');
/** Words by which a question is about the asker's own project ("for us", "our case"). */
const ASKER_S_PROJECT = /\b(?:we|us|our|ours|i|me|my)\b/i;
/** A question about the project just described ("is this an m2m thing?", "does that push us to iot?"). */
const POINTS_AT_THE_PROJECT = /\b(?:this|that|it|we|us|our|ours|here|these|those|i|me|my)\b/i;
const NAMES_A_SIDE = /\b(iot|m2m|internet of things|machine to machine|the article)\b/i;

export class Responder {
  private readonly outOfScope: OutOfScope;
  private readonly scenarios: ScenarioReader;
  /** Entries about which side to choose: the chooser's criteria, and the lists that gather several of them ("M2M is best when…"). */
  private readonly choosing: ReadonlySet<string>;
  /** The entries that gather several criteria: the article's "best when" lists. */
  private readonly lists: ReadonlySet<string>;
  /** The entries that weigh those lists against each other ("which should we choose?"). */
  private readonly weighing: ReadonlySet<string>;
  /** Each entry's answer as words, and in how many answers each word occurs. */
  private readonly answerWordSets = new Map<string, Set<string>>();
  private readonly answerWordCounts = new Map<string, number>();

  constructor(
    readonly kb: KnowledgeBase,
    readonly engine: AnswerEngine,
    readonly chooser: ChooserModel,
    scope: readonly OutOfScopeTopic[] = [],
  ) {
    this.outOfScope = new OutOfScope(scope);
    this.scenarios = new ScenarioReader(chooser, (word) => engine.stem(word), (text) => engine.mend(text));
    this.lists = criteriaLists(kb, chooser);
    this.weighing = new Set(kb.entries.filter((e) => e.related.filter((id) => this.lists.has(id)).length >= 2).map((e) => e.id));
    this.choosing = new Set([...chooser.questions.flatMap((q) => q.criteria), ...this.lists, ...this.weighing]);
    for (const entry of kb.entries) for (const w of this.answerWords(entry)) this.answerWordCounts.set(w, (this.answerWordCounts.get(w) ?? 0) + 1);
  }

  /** The response to a message, read after `previous` when it is a follow-up in the same conversation. */
  respond(raw: unknown, previous?: PreviousTurn): Response {
    const question = cleanInput(raw);
    return this.respondAlone(question, previous);
  }

  private respondAlone(question: string, previous?: PreviousTurn): Response {
    // "because?" after an answer is "why?" asked the other way round.
    if (previous && ASKS_BECAUSE.test(question.trim())) return { ...this.respondAlone('why?', previous), question };
    // Before small talk: "how does it work?" after an answer asks about that answer, not about the bot.
    const aboutTheAnswer = previous && this.aboutTheAnswer(question, previous);
    if (aboutTheAnswer) return aboutTheAnswer;
    const alone = this.inTheStatedDirection(question, this.withoutTheAlternative(question, this.withoutAttribution(question, this.engine.ask(question))));
    if (alone.kind === 'smalltalk' || alone.kind === 'empty') return alone;
    const outside = this.outOfScope.find(question);
    const scenario = this.scenarios.read(question) ?? (this.scenarios.hasCues(question) ? null : this.projectFromEntries(question));
    // A project described in sentences with two criteria, then "iot, m2m or both?", is one question, not two.
    const described = scenario !== null && scenario.criteria.length >= CRITERIA_FOR_A_PROJECT && sentences(question).some((s) => !s.trim().endsWith('?'));
    const compound = described ? null : this.compound(question);
    if (compound && !outside) return compound;
    // A described project may name a technology in passing ("all on fast 4G, which fits?"): it is declined only
    // when the clause that asks names it ("what firewall rules should we use to isolate our m2m network?").
    if (scenario && (!outside || scenario.criteria.length >= CRITERIA_FOR_A_PROJECT || !this.askedAbout(question))) {
      // A story that ends by asking something the article answers ("…so how long has M2M been used for that?") gets that answer.
      const asked = this.storyQuestion(question) ?? this.comparedOnTheCriterion(question, scenario);
      if (asked) return { ...asked, question };
      return { kind: 'scenario', reading: scenario, confidence: scenario.confidence, question };
    }
    if (outside) {
      // The part the article does answer: the other half of a two-part question, or the rest of the question when it clearly points to one entry.
      const inScopePart = compound?.kind === 'compound' ? compound.answers.find((a) => !this.outOfScope.find(a.question)) : undefined;
      const best = inScopePart ?? (alone.kind === 'answer' ? alone : undefined);
      const partial = best ? { entry: best.entry, confidence: best.confidence } : null;
      return { kind: 'declined', subject: outside.topic.name, partial, confidence: alone.confidence, candidates: alone.candidates, question };
    }
    const settled = this.askedSentence(question, alone) ?? this.answerOf(alone) ?? this.askingClause(question) ?? this.pointedQuestion(question);
    // Only an answer is something to follow up on: after "I don't know" or small talk, a message stands alone.
    const lone = previous && this.loneQuestionWord(question, previous);
    if (lone) return { ...lone, question, readAs: `${question} ${previous?.question ?? ''}`.trim() };
    // The next step is read as the question it follows, so "and then?" twice does not pile up.
    const next = previous && this.nextStep(question, previous);
    if (next) return { ...next, question, readAs: previous?.question ?? question };
    const source = previous && this.sourceOf(question);
    if (source) return { ...source, question, readAs: source.question };
    const mentioned = previous && alone.kind !== 'answer' && this.mentionedInTheAnswer(question, previous);
    if (mentioned) return { ...mentioned, question, readAs: mentioned.question };
    if (previous && (previous.entryIds.length > 0 || previous.kind === 'scenario') && this.isFollowUp(question, alone, previous)) {
      const { text: readAs, otherSide, target } = this.readInContext(question, previous);
      const inContext = otherSide ? this.engine.decide(readAs, this.otherSideCandidates(readAs, previous, target)) : this.engine.decide(readAs, this.followUpCandidates(question, readAs, alone, previous));
      // "any other example?": the entry next to the one just given (its related entries) that the conversation matches best.
      const another = ASKS_FOR_ANOTHER.test(question.trim());
      const answered = (another ? this.nextToAnswer(question, previous, readAs, this.shownBefore(previous)) : undefined) ?? this.answerOf(inContext) ?? (otherSide ? this.sideOffered(inContext, target) : this.nearTheAnswerOffered(inContext, previous)) ?? this.nextToPrevious(alone, previous);
      if (answered && (otherSide || !this.repeats(question, answered.entry.id, previous))) return { ...answered, question, readAs };
      // "over what kind of network?" after a question about M2M stays on M2M, however the words alone lean.
      const kept = this.keptSide(question, inContext, alone, previous);
      if (kept) return { ...kept, question, readAs };
      // "another example?" is not answered with the example just given, however its words alone lean.
      const exampleAgain = another && alone.kind === 'answer' && previous.entryIds.includes(alone.entry.id);
      if ((inContext.kind === 'clarify' && alone.kind !== 'answer') || (exampleAgain && (inContext.kind === 'clarify' || inContext.kind === 'fallback'))) return { ...inContext, question, readAs };
    }
    return settled ?? alone;
  }

  /**
   * A follow-up that names no side, after a question about one: when alone it would answer about the
   * other side, and read in the conversation its first choice is about the side asked before, that choice.
   */
  private keptSide(question: string, inContext: Decision, alone: Decision, previous: PreviousTurn): AnswerDecision | undefined {
    const side = NAMES_A_SIDE.test(question) ? undefined : sideAsked(previous);
    const aloneSide = alone.kind === 'answer' ? sideOfEntry(alone.entry.id) : undefined;
    if (!side || aloneSide === undefined || aloneSide === side || inContext.kind !== 'clarify') return undefined;
    const [first] = inContext.choices;
    return first && sideOfEntry(first.entry.id) === side ? firstChoice(inContext) : undefined;
  }

  /**
   * "when?" or "where?" after an answer asks the same about the matter just
   * answered: the entry among those next to it (its related entries) that
   * the question word alone fits best.
   */
  private loneQuestionWord(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    return LONE_QUESTION_WORD.test(question.trim()) ? this.nextToAnswer(question, previous, question) : undefined;
  }

  /**
   * A follow-up that alone points to an entry next to the answer just given (one of its related
   * entries), far ahead of any other, is answered with it even below the usual confidence: the
   * conversation says what it is about ("what does the processor do with it?" after the ATM example).
   */
  private nextToPrevious(decision: Decision, previous: PreviousTurn): AnswerDecision | undefined {
    if (!('candidates' in decision)) return undefined;
    const [first, second] = decision.candidates;
    if (!first || first.confidence < NEXT_TO_PREVIOUS_AT || (second && second.confidence * NEXT_TO_PREVIOUS_LEAD > first.confidence)) return undefined;
    const near = previous.entryIds.some((id) => id !== first.entry.id && (this.kb.byId.get(id)?.related ?? []).includes(first.entry.id));
    return near ? { kind: 'answer', entry: first.entry, confidence: first.confidence, candidates: decision.candidates, question: decision.question } : undefined;
  }

  /**
   * "and then?" or "what happens next?" after an answer asks for the next step of what was just
   * explained: the entry next to it (its related entries) that the question before matches best.
   */
  private nextStep(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    if (!NEXT_STEP.test(question.trim())) return undefined;
    // What comes next carries on from what the answer said, more than from how it was asked. The answer goes
    // first: a question is cut at MAX_QUESTION_CHARS.
    const said = previous.entryIds.map((id) => this.kb.byId.get(id)?.answer ?? '').join(' ');
    return this.nextToAnswer(question, previous, `${said} ${previous.question}`);
  }

  /** "who says so?" after an answer gets where the answers come from. */
  private sourceOf(question: string): AnswerDecision | undefined {
    if (!ASKS_FOR_THE_SOURCE.test(question.trim())) return undefined;
    const source = this.engine.ask(THE_SOURCE);
    return source.kind === 'answer' ? source : undefined;
  }

  /**
   * "anything about the country?" after an answer that mentions the country asks what that answer says about
   * it: the answer again. Only when every word of the subject is in the answer just given.
   */
  private mentionedInTheAnswer(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    const subject = ASKS_IF_MENTIONED.exec(question.trim())?.[1];
    const given = this.givenAgain(previous);
    const own = ownWords(subject ?? '');
    // "does it mention sensors?" has an entry of its own; "anything about the country?" only the answer just given.
    if (!given || own.length === 0 || this.engine.ask(subject ?? '').kind === 'answer') return undefined;
    const said = new Set(words(given.entry.answer).map((w) => this.engine.stem(w)));
    return own.every((w) => said.has(this.engine.stem(w))) ? given : undefined;
  }

  /**
   * A short question about the answer just given, read with the question before: how it works, whether
   * it is good or bad, the list a criterion belongs to, or an item of the list it gave.
   */
  private aboutTheAnswer(question: string, previous: PreviousTurn): Response | undefined {
    const trimmed = question.trim();
    const withBefore = `${trimmed} ${previous.question}`.trim();
    if (ASKS_HOW_IT_WORKS.test(trimmed)) return this.asReadWith(this.howItWorks(question, previous), question, withBefore);
    if (ASKS_FOR_A_VERDICT.test(trimmed)) return this.asReadWith(this.weighed(question, previous), question, withBefore);
    if (ASKS_FOR_THE_LIST.test(trimmed)) return this.asReadWith(this.listOf(question, previous), question, withBefore);
    // The answer again, read as the question before (so "and the last one?" can follow): an item of the list it gave,
    // "so which is it?", or a check of it that names its side or source ("so that's m2m?", "is that from the article?").
    const again = asksForAListedItem(trimmed) || [ASKS_WHICH_AGAIN, CONFIRMS_THE_SIDE, CHECKS_THE_SOURCE].some((pattern) => pattern.test(trimmed)) || (CHECKS_THE_DIRECTION.test(trimmed) && this.relatesTheSides(previous));
    if (again) return this.asReadWith(this.givenAgain(previous), question, previous.question);
    return undefined;
  }

  /** Whether the turn before was about how the two sides relate ("which is older, iot or m2m?", "IoT is a subset of M2M"): it names both. */
  private relatesTheSides(previous: PreviousTurn): boolean {
    return sidesNamed(previous.question).size === 2 || previous.entryIds.some((id) => sidesNamed(this.kb.byId.get(id)?.answer ?? '').size === 2);
  }

  /** A decision given as the response to `question`, read as `readAs` by the turn after. */
  private asReadWith(decision: AnswerDecision | undefined, question: string, readAs: string): Response | undefined {
    return decision && { ...decision, question, readAs };
  }

  /**
   * "is that good or bad?" after an answer: the entry next to it that weighs it, when the question alone points
   * there ("is that a good thing?" after "is IoT wireless?"), else that answer again.
   */
  private weighed(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    const near = new Set(previous.entryIds.flatMap((id) => this.kb.byId.get(id)?.related ?? []));
    const [best] = this.engine.rank(question, 1);
    return best && near.has(best.entry.id) && best.confidence >= NEXT_TO_PREVIOUS_AT ? { kind: 'answer', entry: best.entry, confidence: best.confidence, candidates: [best], question } : this.givenAgain(previous);
  }

  /** "what else is on that list?" after a criterion: the list entry that gathers it, when there is one. */
  private listOf(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    const list = previous.entryIds.flatMap((id) => this.kb.byId.get(id)?.related ?? []).find((id) => this.lists.has(id));
    const entry = list === undefined ? undefined : this.kb.byId.get(list);
    return entry && certainAnswer(entry, question);
  }

  /** "how does that work?" after an answer: the entry next to it that the answer and the question match best. */
  private howItWorks(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    const said = previous.entryIds.map((id) => this.kb.byId.get(id)?.answer ?? '').join(' ');
    return this.nextToAnswer(question, previous, `${question} ${said}`);
  }

  /** The answer just given, to give again. Only one given outright: after a decline, its partial answer was not what was asked. */
  private givenAgain(previous: PreviousTurn): AnswerDecision | undefined {
    const entry = previous.kind === 'answer' && previous.entryIds[0] !== undefined ? this.kb.byId.get(previous.entryIds[0]) : undefined;
    return entry && certainAnswer(entry, previous.question);
  }

  /**
   * The entry an earlier turn of the conversation gave, when the turn before was read with it ("how does
   * that work?" after an example): the one its question alone gets.
   */
  private shownBefore(previous: PreviousTurn): string[] {
    const earlier = this.engine.ask(previous.question);
    return earlier.kind === 'answer' ? [earlier.entry.id] : [];
  }

  /** The entry next to the answers given (one of their related entries, not one of them) that `rankedBy` matches best, as the answer to `question`. */
  private nextToAnswer(question: string, previous: PreviousTurn, rankedBy: string, given: readonly string[] = []): AnswerDecision | undefined {
    const near = new Set([...previous.entryIds, ...given].flatMap((id) => this.kb.byId.get(id)?.related ?? []));
    for (const id of [...previous.entryIds, ...given]) near.delete(id);
    const best = this.engine.rank(rankedBy, this.kb.entries.length).find((c) => near.has(c.entry.id));
    return best && { kind: 'answer', entry: best.entry, confidence: best.confidence, candidates: [best], question };
  }

  /**
   * Entries for a follow-up: mostly how they match it read with the turn
   * before, partly how they match it alone (the new word it brings: "when?"),
   * and the entry just given counts less unless the person asks why or for
   * more, since a follow-up usually asks something new.
   */
  private followUpCandidates(question: string, readAs: string, alone: Decision, previous: PreviousTurn): Candidate[] {
    const limit = 8;
    const scores = new Map<string, { entry: Candidate['entry']; score: number }>();
    const add = (candidates: Candidate[], weight: number) => {
      for (const c of candidates) {
        const seen = scores.get(c.entry.id) ?? { entry: c.entry, score: 0 };
        seen.score += weight * c.confidence;
        scores.set(c.entry.id, seen);
      }
    };
    const own = this.ownCandidates(question, alone, previous, limit);
    // A follow-up with a clear subject of its own ("what category?") leans less on the turn before.
    // Whether it has a subject of its own is judged on its own words, without the side it was given.
    const ownBest = ('candidates' in alone ? alone.candidates : own)[0]?.confidence ?? 0;
    const lower = question.toLowerCase();
    const again = ASKS_AGAIN.test(lower);
    const pointsBack = POINTS_BACK.test(lower) || FOLLOW_UP_START.test(lower) || again;
    const share = ownBest >= OWN_SUBJECT ? 0.5 : ownBest < NO_OWN_SUBJECT && pointsBack ? POINTING_BACK_SHARE : IN_CONTEXT_SHARE;
    add(this.engine.rank(readAs, limit), share);
    add(own, 1 - share);
    // "any other example?" asks for one not given yet.
    const another = ASKS_FOR_ANOTHER.test(question.trim());
    for (const id of previous.entryIds) {
      const seen = scores.get(id);
      if (another) scores.delete(id);
      else if (seen && !again) seen.score -= ALREADY_ANSWERED_PENALTY;
    }
    return [...scores.values()]
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ entry, score }) => ({ entry, confidence: Math.round(Math.max(0, score) * 1000) / 1000 }));
  }

  /** A follow-up unsure between choices whose first is the answer just given or next to it: more about that matter, so that one. */
  private nearTheAnswerOffered(inContext: Decision, previous: PreviousTurn): AnswerDecision | undefined {
    if (inContext.kind !== 'clarify') return undefined;
    const [first] = inContext.choices;
    const near = first && previous.entryIds.some((id) => id === first.entry.id || this.neighbours(id, first.entry.id));
    return near ? firstChoice(inContext) : undefined;
  }

  /**
   * "and M2M?" after an answer about IoT, unsure between an entry about M2M and one about both sides
   * ("how the two communicate"): the first choice, when it is about the side asked for.
   */
  private sideOffered(inContext: Decision, target?: 'iot' | 'm2m'): AnswerDecision | undefined {
    if (inContext.kind !== 'clarify') return undefined;
    const [first] = inContext.choices;
    return first && target && sideOfEntry(first.entry.id) === target ? firstChoice(inContext) : undefined;
  }

  /**
   * Entries for the question before asked about the other side ("same for m2m?"): as the question
   * reads swapped, with the answer given and its neighbours a little ahead, since the same matter
   * on the other side is usually a neighbouring entry. Asked about `target`, an entry about the
   * other side alone is not a candidate.
   */
  private otherSideCandidates(readAs: string, previous: PreviousTurn, target?: 'iot' | 'm2m'): Candidate[] {
    const near = (id: string) => previous.entryIds.some((before) => before === id || this.neighbours(before, id));
    // The same matter on the target side by name ("iot-networks" → "m2m-networks") is nearer than any other neighbour.
    const counterparts = new Set(target ? previous.entryIds.filter((id) => sideOfEntry(id) === otherSideThan(target)).map((id) => onSide(id, target)) : []);
    const bonus = (id: string) => (counterparts.has(id) ? 2 * SAME_MATTER_BONUS : near(id) ? SAME_MATTER_BONUS : 0);
    return this.engine
      .rank(readAs, 8)
      .filter((c) => !target || sideOfEntry(c.entry.id) !== otherSideThan(target))
      .map((c) => ({ ...c, confidence: Math.min(1, c.confidence + bonus(c.entry.id)) }))
      .sort((a, b) => b.confidence - a.confidence);
  }

  /**
   * "iot vs m2m scalability" or "how does scalability compare between the two?" asks about scalability in a
   * comparison frame: when the frame alone gives the answer (the general difference), the rest says what is asked.
   */
  private withoutComparison(question: string, decision: Decision): Decision {
    const frame = COMPARISON_FRAME.exec(question);
    const best = decision.kind === 'answer' ? decision.entry : 'candidates' in decision ? decision.candidates[0]?.entry : undefined;
    if (!frame || !best || this.answerOf(this.engine.ask(frame[0]))?.entry.id !== best.id) return decision;
    const rest = question.replace(COMPARISON_FRAME, ' ');
    if (ownWords(rest).length === 0) return decision;
    const better = this.withoutAttribution(rest, this.engine.ask(rest));
    return better.kind === 'answer' ? { ...better, question } : decision;
  }

  /**
   * "when should I pick iot over m2m?" asks about IoT: the side it is picked over is only the alternative, so the
   * question is read without it when the side picked then gets a clear answer of its own.
   */
  private withoutTheAlternative(question: string, decision: Decision): Decision {
    const preferred = PREFERS_ONE_SIDE.exec(question);
    if (!preferred || decision.kind === 'smalltalk' || decision.kind === 'empty') return decision;
    const picked = sideOf(preferred[1] ?? '');
    const rest = question.replace(PREFERS_ONE_SIDE, (_match, side: string) => side);
    const better = this.engine.ask(rest);
    return better.kind === 'answer' && sideOfEntry(better.entry.id) === picked ? { ...better, question } : decision;
  }

  /**
   * "…, according to the text?" or "per the article, …" says where the answer should come from,
   * not what is asked: when the question reads better without it, it is read so.
   */
  private withoutAttribution(question: string, decision: Decision): Decision {
    const compared = this.withoutComparison(question, decision);
    if (compared !== decision) return compared;
    if (WHICH_SECTION.test(question)) {
      const subject = this.engine.ask(question.replace(WHICH_SECTION, ' '));
      if (subject.kind === 'answer') return { ...subject, question };
    }
    const plain = question
      // "what does the article say IoT is?" asks what IoT is: the question word stays.
      .replace(ARTICLE_SAYS, (frame: string, about?: string) => (about ? 'what about' : (/^(what|how)\b/i.exec(frame)?.[0] ?? ' ')))
      .replace(ATTRIBUTION, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (plain === question || plain.split(/\s+/).length < 2) return decision;
    const better = this.engine.ask(plain);
    // An answer the frame's own words point to ("what the article says" → the entry about the article) was the frame's, not
    // the question's: the question without the frame decides, even when it is unsure. The article named by its subject
    // ("according to our IoT vs M2M article") is part of the frame too.
    const frame = [...question.matchAll(ARTICLE_SAYS), ...[...question.matchAll(ATTRIBUTION)].filter((m) => /\b(?:iot|m2m)\b/i.test(m[0]))].map((m) => m[0]).join(' ');
    const framed = decision.kind === 'answer' && frame !== '' && this.answerOf(this.engine.ask(frame))?.entry.id === decision.entry.id;
    if (framed && (better.kind === 'answer' || better.kind === 'clarify' || better.kind === 'fallback')) return { ...better, question };
    if (better.kind !== 'answer' || (decision.kind === 'answer' && decision.confidence >= better.confidence)) return decision;
    return { ...better, question };
  }

  /**
   * "which one should you pick if you need to scale up?" matches "M2M is best when there is no need to scale"
   * word for word, the other way round: the criterion the way round the question states it answers, when the
   * article has one, and otherwise not that criterion. Only for a question that names no side: "M2M needs
   * wifi, right?" is answered by the criterion that corrects it.
   */
  private inTheStatedDirection(question: string, decision: Decision): Decision {
    if (decision.kind !== 'answer' || sidesNamed(question).size > 0) return decision;
    const stated = this.scenarios.cueAnswers(question);
    const opposite = (id: string) => {
      const stands = this.scenarios.answerFor(id);
      const said = stands && stated.get(stands.questionId);
      return said !== undefined && said !== stands?.answer;
    };
    if (!opposite(decision.entry.id)) return decision;
    const stands = this.scenarios.answerFor(decision.entry.id);
    const turned = stands && this.kb.byId.get(this.scenarios.criterionFor(stands.questionId, stated.get(stands.questionId) ?? stands.answer) ?? '');
    if (turned) return { ...decision, entry: turned, candidates: [{ entry: turned, confidence: decision.confidence }, ...decision.candidates.filter((c) => c.entry !== turned)] };
    // Without it, the words' best match the right way round, if any: the criterion the question denies is no answer.
    return this.engine.decide(question, decision.candidates.filter((c) => !opposite(c.entry.id)));
  }

  /**
   * A story about one criterion that closes by asking which side is better at it ("…we keep adding
   * sites. Which one is easier to add hardware to?"): the entry that weighs the two sides on that
   * criterion, when the question alone is answered with it.
   */
  private comparedOnTheCriterion(text: string, scenario: ScenarioReading): AnswerDecision | undefined {
    const [criterion, ...others] = scenario.criteria;
    const last = lastAsked(text);
    // "which one scales better for us?" asks about the project, as "which one fits?" does ("which is it easier to…" does not).
    if (!criterion || others.length > 0 || !last || ASKER_S_PROJECT.test(last)) return undefined;
    const decision = this.engine.ask(last);
    if (decision.kind !== 'answer' || decision.confidence < STORY_FACT_AT) return undefined;
    const { entry } = decision;
    const weighsIt = sideOfEntry(entry.id) === undefined && !this.choosing.has(entry.id) && entry.related.includes(criterion.entryId);
    return weighsIt ? decision : undefined;
  }

  /** One side's list of when it fits, when a question names that side alone and asks for the whole list. */
  private wholeListAsked(question: string): AnswerDecision | undefined {
    const [side, ...others] = sidesNamed(question);
    if (!side || others.length > 0 || !ASKS_FOR_A_WHOLE_LIST.test(question)) return undefined;
    const id = [...this.lists].find((list) => sideOfEntry(list) === side);
    const entry = id === undefined ? undefined : this.kb.byId.get(id);
    return entry && certainAnswer(entry, question);
  }

  /**
   * The answer to the question a story asks, when that question is not which side fits and the
   * article clearly answers it on its own; undefined otherwise.
   */
  private storyQuestion(text: string): AnswerDecision | undefined {
    const last = lastAsked(text);
    if (!last || sentences(text).every((s) => s.endsWith('?'))) return undefined;
    // "I'm not picking sides, I just want to know - does the article say wireless is good for iot?": failing the
    // sentence, the clause that asks, when it names the one side it asks about.
    const clause = last.split(CLAUSE_BREAK).map((c) => c.trim()).findLast((c) => STARTS_ASKING.test(c) && !onlyAFrame(c));
    return this.closingQuestion(last) ?? (clause && clause !== last && sidesNamed(clause).size === 1 ? this.closingQuestion(clause) : undefined);
  }

  /** The answer to the question closing a story, when it asks a fact the article clearly answers on its own. */
  private closingQuestion(last: string): AnswerDecision | undefined {
    if (last.split(/\s+/).length < STORY_QUESTION_WORDS) return undefined;
    // "both?" or "iot, m2m or mix?" closing a story asks which fits, in words too few to say so; "does the article
    // say which one is easier to scale?" names the criterion it asks the article about, whatever the story before it.
    const asksTheArticle = ABOUT_THE_ARTICLE.test(last) && this.scenarios.hasCues(last);
    // "…what are ALL the situations it says M2M is best for?" asks for one side's list, whatever the story says.
    const wholeList = this.wholeListAsked(last);
    if (wholeList) return wholeList;
    const decision = this.withoutAttribution(last, this.engine.ask(last));
    if (decision.kind !== 'answer') return undefined;
    // "which kinds of networks does m2m send data over?" asks a fact about one side, though its "which" could ask
    // which side fits; "is this more of an iot thing?" points at the project, and "iot or m2m?" weighs both.
    const readsAsAProject = this.scenarios.read(last) !== null;
    const asksAFact = !readsAsAProject && !POINTS_AT_THE_PROJECT.test(last) && !this.choosing.has(decision.entry.id) && sidesNamed(last).size === 1;
    // Such a fact is answered when the sentence alone would be: the story around it is not what it asks.
    if (asksAFact && decision.confidence >= STORY_FACT_AT) return decision;
    if (decision.confidence < STANDS_ALONE) return undefined;
    if (asksTheArticle || asksAFact) return decision;
    return this.scenarios.asks(last) || readsAsAProject ? undefined : decision;
  }

  /**
   * The answer to a question asked first, when the sentences after it only tell why ("Could someone
   * explain what an IoT gateway does? I keep hearing the word in standups"): used when it alone is surer
   * of another entry than the whole message is of its own.
   */
  private askedSentence(text: string, whole: Decision): AnswerDecision | undefined {
    if (whole.kind !== 'answer') return undefined;
    const parts = sentences(text);
    const asked = parts.filter((s) => s.endsWith('?'));
    const [sentence] = asked;
    // Only a question asked first: one closing a story ("…. What's the answer here?") may ask about the story.
    if (asked.length !== 1 || parts.length < 2 || !sentence || sentence !== parts[0] || POINTS_WITHIN.test(sentence) || ABOUT_THE_ARTICLE.test(sentence)) return undefined;
    const decision = this.engine.ask(sentence);
    if (decision.kind !== 'answer' || decision.entry.id === whole.entry.id || decision.confidence < STANDS_ALONE || decision.confidence <= whole.confidence) return undefined;
    return { ...decision, question: text };
  }

  /**
   * The answer to the one clause that asks, when the words around it only
   * frame it ("please what is the meaning of m2m, i am not understanding
   * fully"): the clauses that read as a question are asked alone, and used
   * when exactly one entry answers them clearly.
   */
  private askingClause(text: string): AnswerDecision | undefined {
    const clauses = clausesOf(text, CLAUSE_BREAK);
    if (clauses.length < 2) return undefined;
    // "what's m2m?" asks in two words; "and iot?" does not.
    const asking = clauses.filter((c) => (c.split(/\s+/).length >= FRAMED_CLAUSE_WORDS || (c.endsWith('?') && /^(?:what['’]s|whats|who['’]s)\s/i.test(c))) && (c.endsWith('?') || STARTS_ASKING_POLITELY.test(c)));
    // "is that from the article?" asks only for the article's word, about the clauses around it.
    const answers = asking.filter((c) => !onlyAFrame(c)).map((c) => this.withoutAttribution(c, this.engine.ask(c))).filter((d): d is AnswerDecision => d.kind === 'answer' && d.confidence >= STORY_FACT_AT);
    const entries = new Set(answers.map((a) => a.entry.id));
    if (entries.size !== 1) return undefined;
    const best = answers.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    return { ...best, question: text };
  }

  /**
   * The answer to a closing question that points back to a subject named
   * earlier in the same message ("everyone keeps saying M2M. what does it
   * mean?"): asked with that subject, when exactly one side or one quoted
   * term was named before it and the answer is clear.
   */
  private pointedQuestion(text: string): AnswerDecision | undefined {
    const parts = sentences(text);
    const last = parts[parts.length - 1];
    if (!last || parts.length < 2 || !POINTS_WITHIN.test(last) || NAMES_A_SIDE.test(last)) return undefined;
    const before = parts.slice(0, -1).join(' ');
    const named = new Set([...(before.match(SIDE_WORDS) ?? []).filter((w) => !/article/i.test(w)).map((w) => sideOf(w)), ...[...before.matchAll(QUOTED_TERM)].map((m) => (m[1] ?? '').toLowerCase())]);
    if (named.size !== 1) return undefined;
    const decision = this.engine.ask(`${last} ${[...named][0]}`);
    return decision.kind === 'answer' && decision.confidence >= STANDS_ALONE ? { ...decision, question: text } : undefined;
  }

  /**
   * How a follow-up matches on its own. Naming no side, it keeps the side of the turn before
   * ("over what kind of network?" after "what is m2m?"): read with that side, unless it clearly
   * asks another matter on its own ("meaning of thing", after an answer about M2M).
   */
  private ownCandidates(question: string, alone: Decision, previous: PreviousTurn, limit: number): Candidate[] {
    const plain = 'candidates' in alone ? alone.candidates : this.engine.rank(question, limit);
    const side = NAMES_A_SIDE.test(question) ? undefined : (NAMES_A_SIDE.exec(previous.question)?.[0] ?? sideAnswered(previous));
    if (!side) return plain;
    const sided = this.engine.rank(`${question} ${side}`, limit);
    const [was, now] = [plain[0], sided[0]];
    const ownMatter = was && now && was.entry.id !== now.entry.id && was.confidence >= STANDS_ALONE && !this.neighbours(was.entry.id, now.entry.id);
    return ownMatter ? plain : sided;
  }

  /**
   * A project the cues do not cover, read from the criteria entries its
   * clauses match on their own: a long message that asks which side fits,
   * where a clause ("our monitors must sync through the cloud in real
   * time") is clearly one of the article's criteria.
   */
  private projectFromEntries(question: string): ScenarioReading | null {
    if (words(question).length < UNCUED_PROJECT_WORDS || !this.scenarios.asks(question) || ABOUT_THE_ARTICLE.test(question)) return null;
    const clauses = clausesOf(question, PROJECT_CLAUSE_BREAK);
    const found: { entryId: string; evidence: string }[] = [];
    for (const clause of clauses) {
      if (words(clause).length < FRAMED_CLAUSE_WORDS || this.scenarios.asks(clause)) continue;
      const decision = this.engine.ask(clause);
      if (decision.kind === 'answer' && decision.confidence >= UNCUED_CRITERION_AT && this.scenarios.isCriterion(decision.entry.id)) found.push({ entryId: decision.entry.id, evidence: clause });
    }
    return this.scenarios.fromCriterionEntries(found, UNCUED_PROJECT_CONFIDENCE);
  }

  /**
   * Whether the clause of the message that asks which side fits names something out of scope:
   * "what firewall rules should we use?" asks about it; "all on fast 4G, whats the right fit" mentions it.
   */
  private askedAbout(question: string): boolean {
    // "…, like oneM2M or IEEE 802.15.4?" gives examples of what the clause before asks about.
    const clauses = clausesOf(question, ASKING_CLAUSE_BREAK);
    // "which cloud platform should we use, Azure or Google?": the choices closing a question are part of what it asks.
    const asking = (i: number) => this.scenarios.asks(clauses[i] ?? '') || (i > 0 && (clauses[i] ?? '').endsWith('?') && this.scenarios.asks(clauses[i - 1] ?? ''));
    return clauses.some((clause, i) => asking(i) && this.outOfScope.find(clause) !== undefined);
  }

  /**
   * Two questions in one message, each answered by a different entry; null
   * otherwise. A part the matcher would only offer as "did you mean" counts
   * when its best entry is clear of the other part's.
   */
  private compound(question: string): Response | null {
    const split = question.split(COMPOUND_SPLIT).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 2);
    const parts = split.length === 2 ? split : this.parallelParts(question);
    if (parts.length !== 2) return null;
    // "what does m2m stand for and where was it first used?": the second part's "it" is the first part's subject.
    const sides = parts[0]?.match(SIDE_WORDS) ?? [];
    const otherSides = parts[1]?.match(SIDE_WORDS) ?? null;
    const asWritten = parts[1] ?? '';
    if (sides.length > 0 && otherSides === null) parts[1] = `${asWritten} ${sides.join(' ')}`;
    // "which networks does iot use, and which does m2m use?": a short second part about the other side asks the first part's question about it.
    const own = ownWords(asWritten).length;
    const elliptical = otherSides !== null && own <= ELLIPTICAL_OWN_WORDS ? swapSides(parts[0] ?? '') : undefined;
    // Each part is read as a whole message would be: "what does the article think about wireless" asks about wireless.
    const decisions = parts.map((p): Decision => {
      const decision = this.withoutAttribution(p, this.engine.ask(p));
      // "two qs: does IoT need people…": the clause that asks, as in a whole message.
      return decision.kind === 'answer' ? decision : (this.askingClause(p) ?? decision);
    });
    // The first part's side read into the second is a guess: a second part that is clearer as written, or that would
    // only repeat the first part's answer ("what does m2m stand for, and what does MEMS stand for?"), keeps its own reading.
    const [firstAnswer, secondAnswer] = [this.answerOf(decisions[0] as Decision), this.answerOf(decisions[1] as Decision)];
    const sameAsFirst = firstAnswer !== undefined && firstAnswer.entry.id === secondAnswer?.entry.id;
    if (parts[1] !== asWritten && (sameAsFirst || !this.answerOf(decisions[1] as Decision))) {
      const plain = this.withoutAttribution(asWritten, this.engine.ask(asWritten));
      if (this.answerOf(plain)) decisions[1] = plain;
    }
    const repeatsFirst = elliptical !== undefined && elliptical !== parts[0] && new RegExp(`\\b${sideOf(otherSides?.[0] ?? '')}\\b`, 'i').test(elliptical);
    // With a word of its own, read so only when the part is not clearly a question of its own ("and can m2m be fully wired?").
    if (repeatsFirst && (own === 0 || (this.answerOf(decisions[1] as Decision)?.confidence ?? 0) < STANDS_ALONE)) decisions[1] = this.engine.ask(elliptical);
    const answers = decisions.map((d) => this.answerOf(d));
    // One part clearly answered, the other a "did you mean": the other part's best choice answers it, the two together being the question.
    for (const [i, d] of decisions.entries()) {
      const other = answers[1 - i];
      if (!answers[i] && other && d.kind === 'clarify' && d.choices[0] && d.choices[0].entry.id !== other.entry.id && d.choices[0].confidence >= COMPOUND_PART_AT) {
        answers[i] = { kind: 'answer', entry: d.choices[0].entry, confidence: d.choices[0].confidence, candidates: d.candidates, question: d.question };
      }
    }
    const [first, second] = answers;
    if (!first || !second || first.entry.id === second.entry.id) return null;
    // "who wrote it and when?": one entry that says what both answers say answers the whole question at once.
    const both = this.coveringEntry(first.entry.id, second.entry.id);
    if (both) return { kind: 'answer', entry: both, confidence: Math.min(first.confidence, second.confidence), candidates: [{ entry: both, confidence: 1 }], question };
    return { kind: 'compound', answers: [first, second], confidence: Math.min(first.confidence, second.confidence), question };
  }

  /**
   * "one line on what m2m is and one line on what iot is" or "iot in one line and m2m in one line": the same
   * request made of each side, joined by "and", is two questions though neither half starts like one.
   */
  private parallelParts(question: string): string[] {
    const halves = question.split(/\s*,?\s+and\s+/i);
    if (halves.length !== 2) return [];
    const [left = '', right = ''] = halves;
    const [leftSides, rightSides] = [sidesNamed(left), sidesNamed(right)];
    if (leftSides.size !== 1 || rightSides.size !== 1 || [...leftSides][0] === [...rightSides][0]) return [];
    const stems = (text: string) => ownWords(text).map((w) => this.engine.stem(w));
    const asked = new Set(stems(left));
    // "summarise m2m and iot" or "the link between m2m and iot" asks one thing of both: the right half has no words of its own.
    const repeated = stems(right);
    return repeated.length > 0 && repeated.every((w) => asked.has(w)) ? [left, right] : [];
  }

  /**
   * An entry next to both `a` and `b` whose answer holds most of the distinctive words of both their answers (the
   * words few answers use, such as the author's name and the date), so it says what the two say together.
   */
  private coveringEntry(a: string, b: string): Entry | undefined {
    const [first, second] = [this.kb.byId.get(a), this.kb.byId.get(b)];
    if (!first || !second) return undefined;
    const distinctive = (entry: Entry) => [...this.answerWords(entry)].filter((w) => (this.answerWordCounts.get(w) ?? 0) <= DISTINCTIVE_IN_ANSWERS);
    const [ofFirst, ofSecond] = [distinctive(first), distinctive(second)];
    const holds = (e: Entry, wanted: string[]) => wanted.length > 0 && wanted.filter((w) => this.answerWords(e).has(w)).length >= COVERED_SHARE * wanted.length;
    return this.kb.entries.find((e) => e !== first && e !== second && this.neighbours(e.id, a) && this.neighbours(e.id, b) && holds(e, ofFirst) && holds(e, ofSecond));
  }

  /** An entry's answer as a set of words. */
  private answerWords(entry: Entry): Set<string> {
    let set = this.answerWordSets.get(entry.id);
    if (!set) this.answerWordSets.set(entry.id, (set = new Set(words(entry.answer).filter((w) => !STOP_WORDS.has(w)))));
    return set;
  }

  /** A decision as an answer: itself, or a "did you mean" whose first two choices answer alike (neighbouring entries), as its first choice: either would do. */
  private answerOf(decision: Decision): AnswerDecision | undefined {
    if (decision.kind === 'answer') return decision;
    if (decision.kind !== 'clarify') return undefined;
    const [first, second] = decision.choices;
    if (!first || !second || !this.neighbours(first.entry.id, second.entry.id)) return undefined;
    return firstChoice(decision);
  }

  /** Entries that list each other as related answer the same question from two sides: either would do. */
  private neighbours(a: string, b: string): boolean {
    return Boolean(this.kb.byId.get(a)?.related.includes(b) || this.kb.byId.get(b)?.related.includes(a));
  }

  /**
   * Whether a follow-up read with the turn before only lands on the answer just given, without
   * carrying on from it ("and…", "then…"), asking for more of it ("why?") or matching it by its own
   * words: "who won the match last night?" after an answer is a new subject, and would only get
   * that answer again.
   */
  private repeats(question: string, entryId: string, previous: PreviousTurn): boolean {
    const lower = question.toLowerCase().trim();
    if (!previous.entryIds.includes(entryId) || ASKS_AGAIN.test(lower) || CONTINUES.test(lower)) return false;
    // Question words say nothing of the subject: "who won the match?" does not touch the author's entry by its "who".
    const subject = question.replace(/\b(who|whom|whose|what|whats|what's|when|where|which|why|how)\b/gi, ' ');
    const own = this.engine.rank(subject, this.kb.entries.length).find((c) => c.entry.id === entryId);
    return (own?.confidence ?? 0) < OWN_WORDS_TOUCH;
  }

  private isFollowUp(question: string, alone: Decision, previous: PreviousTurn): boolean {
    const lower = question.toLowerCase();
    const count = lower.split(/\s+/).length;
    if (count > FOLLOW_UP_MAX_WORDS) return false;
    // Naming no side after a turn that did ("over what kind of network?" after "what is m2m?") keeps to that side.
    const keepsSide = !NAMES_A_SIDE.test(lower) && (NAMES_A_SIDE.test(previous.question) || sideAnswered(previous) !== undefined);
    const pointsBack = POINTS_BACK.test(lower) && !NAMES_A_SIDE.test(lower);
    if (alone.kind === 'answer' && alone.confidence >= STANDS_ALONE && !FOLLOW_UP_START.test(lower) && !pointsBack && !keepsSide) return false;
    return FOLLOW_UP_START.test(lower) || POINTS_BACK.test(lower) || keepsSide || alone.kind !== 'answer';
  }

  /**
   * The follow-up with what it leaves out taken from the turn before: "and
   * m2m?" is the turn before about the other side (`otherSide`), "when?" the
   * turn before with the new question word; anything else is read together
   * with the turn before.
   */
  private readInContext(question: string, previous: PreviousTurn): { text: string; otherSide: boolean; target?: 'iot' | 'm2m' } {
    // Where the question before looked ("according to the reading") is not part of what it asked.
    const before = previous.question.replace(ATTRIBUTION, ' ').replace(/\s+/g, ' ').replace(/\s([?!.,])/g, '$1').trim();
    const trimmed = question.trim();
    const swapTo = /^(and|ok and|okay and|so|what about|how about|vs\.?|versus|compared (?:to|with)|but|same for|same question for|and the same for|is it the same for|same with|same goes for|and what about|what about for)\s+(for\s+)?(the\s+)?(iot|m2m|internet of things|machine to machine)\b(\s*,?\s*(then|too|though|tho|isn['’]?t|doesn['’]?t|is not|does not|either|as well|also|likewise|the same|same deal|same story|same there))?\W*$/i.exec(trimmed);
    // The question before, asked about `target`: with its sides swapped when that names the target, else with the target added.
    const askedOf = (target: 'iot' | 'm2m') => {
      // "and iot?" after "which should we pick, iot or m2m?" (answered by weighing the two, or by one side's list) asks
      // when that side is the one to pick; after "which is best for security, iot or m2m?" it asks about security.
      if (sidesNamed(before).size === 2 && previous.entryIds.some((id) => this.weighing.has(id) || this.lists.has(id))) return { text: `when is ${target} the right choice`, otherSide: true, target };
      const swapped = swapSides(before);
      return { text: swapped !== before && new RegExp(`\\b${target}\\b`, 'i').test(swapped) ? swapped : `${before} ${target}`, otherSide: true, target };
    };
    if (swapTo) {
      const target = /iot|internet/i.test(swapTo[4] ?? '') ? 'iot' : 'm2m';
      // "vs iot?" after "what is m2m?" asks how the two differ, not what IoT is.
      const compares = /^(?:vs|versus|compared)/i.test(swapTo[1] ?? '');
      if (compares && WHAT_IS_A_SIDE.test(before)) return { text: `${before.replace(/\W*$/, '')} vs ${target}`, otherSide: false };
      // After a question about both sides ("iot or m2m?"), "vs iot?" has no other side to ask about: it is read with it.
      if (!compares || sideAsked(previous) !== undefined) return askedOf(target);
    }
    // "and IoT does what instead?" after an answer about how the two differ asks for the other side of it.
    const instead = /^(?:and\s+|so\s+|but\s+|ok\s+)?(?:what\s+does\s+(iot|m2m)\s+do\s+instead(?:\s+of\s+that)?|(iot|m2m)\s+does\s+what\s+instead)\W*$/i.exec(trimmed);
    if (instead) return askedOf(/iot/i.test(instead[1] ?? instead[2] ?? '') ? 'iot' : 'm2m');
    // "and when's the other one better?" after a question about one side asks it about the other.
    const side = THE_OTHER_SIDE.test(trimmed) ? sideAsked(previous) : undefined;
    // "the other one?" alone is "and iot?": the question before, about the other side.
    if (side && /^(?:and\s+|what about\s+|how about\s+|so\s+)?the other\s+(?:one|side)\W*$/i.test(trimmed)) return askedOf(otherSideThan(side));
    if (side) return { text: trimmed.replace(THE_OTHER_SIDE, otherSideThan(side)), otherSide: true, target: otherSideThan(side) };
    return { text: `${question} ${before}`.slice(0, 500), otherSide: false };
  }
}

/** A word in at most this many answers is distinctive of them ("Sarkar", "November"). */
const DISTINCTIVE_IN_ANSWERS = 3;
/** An answer says what another says when it holds at least this share of the other's distinctive words. */
const COVERED_SHARE = 0.6;
/** How many criteria an entry must list as related to gather them ("M2M is best when…"). */
const GATHERS_CRITERIA = 3;

/** The entries that gather several of the chooser's criteria, as related entries either way: the "best when" lists. */
function criteriaLists(kb: KnowledgeBase, chooser: ChooserModel): Set<string> {
  const criteria = new Set(chooser.questions.flatMap((q) => q.criteria));
  const gathers = (e: Entry) => e.related.filter((id) => criteria.has(id)).length >= GATHERS_CRITERIA || [...criteria].filter((id) => kb.byId.get(id)?.related.includes(e.id)).length >= GATHERS_CRITERIA;
  return new Set(kb.entries.filter(gathers).map((e) => e.id));
}

/** Whether a short follow-up asks for an item of the list just given: "the first one again?", "and the last one?". */
function asksForAListedItem(text: string): boolean {
  if (/\b(?:other|iot|m2m)\b/i.test(text) || words(text).length > LISTED_ITEM_WORDS || !ORDINAL_ITEM.test(text)) return false;
  return POINTS_TO_THE_LIST.test(text) || ONLY_AN_ITEM.test(text);
}

/** The sides a text names. */
function sidesNamed(text: string): Set<'iot' | 'm2m'> {
  return new Set([...text.matchAll(new RegExp(`\\b(${A_SIDE})\\b`, 'gi'))].map((m) => sideOf(m[1] ?? '')));
}

/** Whether a clause only says where an answer should come from ("is that what the article says?"), asking nothing itself. */
function onlyAFrame(clause: string): boolean {
  const rest = clause.replace(ARTICLE_SAYS, ' ').replace(ATTRIBUTION, ' ');
  return rest !== clause && words(rest).every((w) => STOP_WORDS.has(w) || NOT_OWN.has(w) || QUESTION_WORD.test(w));
}

/** The clauses of each sentence of `text`, split where `breaks` matches. */
function clausesOf(text: string, breaks: RegExp): string[] {
  return sentences(text).flatMap((sentence) => sentence.split(breaks)).map((clause) => clause.trim());
}

/** The last sentence of a message that asks something ("…?"). */
function lastAsked(text: string): string | undefined {
  return sentences(text).findLast((s) => s.endsWith('?'));
}

/** An entry given as the answer, sure of it: the question asked for exactly that entry. */
function certainAnswer(entry: Entry, question: string): AnswerDecision {
  return { kind: 'answer', entry, confidence: 1, candidates: [{ entry, confidence: 1 }], question };
}

/** A "did you mean" settled on its first choice. */
function firstChoice(decision: Extract<Decision, { kind: 'clarify' }>): AnswerDecision | undefined {
  const [first] = decision.choices;
  return first && { kind: 'answer', entry: first.entry, confidence: first.confidence, candidates: decision.candidates, question: decision.question };
}

/** What a response was read as, when a follow-up was read with the turn before. */
function readAsOf(response: Response): string | undefined {
  return 'readAs' in response && typeof response.readAs === 'string' ? response.readAs : undefined;
}

/** The words of a question that are its own: not stop words, side names or words pointing back. */
function ownWords(text: string): string[] {
  return words(text.replace(SIDE_WORDS, ' ')).filter((w) => !STOP_WORDS.has(w) && !NOT_OWN.has(w) && !QUESTION_WORD.test(w));
}

/** The one side the answer before was about, when the question named none ("which of the two is point-to-point?" → M2M). */
function sideAnswered(previous: PreviousTurn): 'iot' | 'm2m' | undefined {
  const sides = new Set(previous.entryIds.map(sideOfEntry));
  const [only] = sides;
  return sides.size === 1 ? only : undefined;
}

/** The side an entry is about alone, by the knowledge base's naming ("m2m-networks"), or undefined for one about both. */
function sideOfEntry(id: string): 'iot' | 'm2m' | undefined {
  const prefix = /^(iot|m2m)-/.exec(id)?.[1];
  return prefix === 'iot' || prefix === 'm2m' ? prefix : undefined;
}

/** The same entry name on `side` ("iot-networks" → "m2m-networks"). */
function onSide(id: string, side: 'iot' | 'm2m'): string {
  return id.replace(/^(?:iot|m2m)-/, `${side}-`);
}

/** The side that is not `side`. */
function otherSideThan(side: 'iot' | 'm2m'): 'iot' | 'm2m' {
  return side === 'iot' ? 'm2m' : 'iot';
}

/** The one side the turn before asked about, or else the one its answer was about. */
function sideAsked(previous: PreviousTurn): 'iot' | 'm2m' | undefined {
  const named = sidesNamed(previous.question);
  if (named.size === 1) return [...named][0];
  return named.size === 0 ? sideAnswered(previous) : undefined;
}

/** "iot" or "m2m" for a side word. */
function sideOf(word: string): 'iot' | 'm2m' {
  return /^(iot|internet)/i.test(word) ? 'iot' : 'm2m';
}

/** The same question about the other side: IoT and M2M swapped. */
function swapSides(text: string): string {
  return text.replace(/\b(iot|internet of things|m2m|machine to machine|machine-to-machine)\b/gi, (side) => (sideOf(side) === 'iot' ? 'm2m' : 'iot'));
}
