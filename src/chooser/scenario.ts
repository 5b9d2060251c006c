/**
 * Reading a described project for the article's criteria. Each chooser
 * question lists cues (knowledge/chooser.yml) for a "yes" and a "no"; the
 * answers a message gives are scored with the chooser's own recommend(), so
 * a scenario and the chooser can never disagree. Pure.
 */
import { sideOfEntry, sidesNamed, withSidesNamedShort } from '../answers/sides.js';
import { ownWords } from '../answers/ownWords.js';
import { PhraseFinder, type PhraseMatch } from '../answers/phrases.js';
import { ASKED_INDIRECTLY, FINDING_OUT, sentences, words } from '../answers/text.js';
import type { ChooserAnswer, ChooserModel } from './model.js';
import { recommend, type Recommendation } from './recommend.js';

/** One criterion the message speaks to: which question, the answer it gives, the words that said so. */
export interface CriterionReading {
  questionId: string;
  /** The chooser's question, as it asks it. */
  ask: string;
  answer: Exclude<ChooserAnswer, 'not_sure'>;
  /** The knowledge-base entry of the article's criterion behind the question, for the side the answer backs. */
  entryId: string;
  /** The words of the message read as this criterion. */
  evidence: string;
  /** The side that answer points to; undefined when it weighs both alike. */
  side: 'iot' | 'm2m' | undefined;
}

/** A criterion read from a part of a message by other means than the cues (ScenarioReader.read). */
export interface AlsoRead {
  entryId: string;
  evidence: string;
  /** Read in a part the message sets apart from the cues' reading: it may answer a question they answered, the other way. */
  inAnotherPart?: boolean;
}

export interface ScenarioReading {
  criteria: CriterionReading[];
  recommendation: Recommendation;
  /** The chooser's answers the message gives, in question order (not_sure where it says nothing), for a prefilled chooser. */
  answers: ChooserAnswer[];
  /** How sure the reading is: more criteria and an explicit "which fits?" make it surer. */
  confidence: number;
}

type Cue = { questionIndex: number; answer: Exclude<ChooserAnswer, 'not_sure'> } | { ask: true };

/** A sentence closed by a bare question after a colon or dash: "…, no Wi-Fi: which?", "… – IoT or M2M?". */
const CLOSING_BARE_QUESTION = /\s*(?::|\s[-\u2013\u2014])\s*(?:so\s+)?(?:which(?:\s+one)?|what\s+fits|iot\s+or\s+m2m|m2m\s+or\s+iot)\s*\?+\s*$/i;
/** Question words and the verbs a question opens with ("is", "can"): a terse list of needs has none of them. */
const ASKING_WORD = /\b(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|does|do|did|can|could|should|would|will|shall|may|might|tell|explain)\b/i;
/** Words that weigh needs against each other or study them as ideas ("offline vs cloud sync?", "open standards or isolation?", "…explained please", "a recap on…"). */
const WEIGHS_THE_NEEDS = /\b(?:vs|versus|or|compared?|comparison|difference|trade[\s-]?offs?|pros|cons|explain\w*|examples?|summary|summari[sz]e|too|also|then|as\s+well|recap|notes|exam|revision|benefits|advantages|matter|necessary|understand|dont\s+get|teacher|lecture|course)\b/i;
/** A message needs this many criteria read, or one criterion and a "which fits?" question, to be read as a scenario. */
const CRITERIA_ALONE = 2;
/** A scenario describes a setting: a direct question ("which scales better, IoT or M2M?") is shorter than this. */
const SHORTEST_SCENARIO = 10;
/** With one criterion read, a "which fits?" message this long describes a setting even without "we" or "our". */
const DESCRIBED_SETTING = 14;
/** Who is describing their own project: "we", "our", "I"; or a setting named first ("Ski resort: …"). */
const OWN_PROJECT = /\b(we|we're|our|us|i|i'm|my|here)\b|^(?!\s*(?:true\s+or\s+false|t\s*\/\s*f|yes\s+or\s+no|right\s+or\s+wrong|fact\s+or\s+fiction|myth\s+or\s+(?:fact|truth)|fact[\s-]check|sanity[\s-]check|confirm|question|quick\s+(?:q|question)|q|tl;?dr)\s*:)[^.?!:]{2,40}:/i;
/** A cue shortly after one of these words answers the other way: "we don't expect it to grow" is a "no", "we can't rely on wifi" a "yes". */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'without', 'dont', 'doesnt', 'wont', 'cant', 'cannot', 'isnt', 'arent', 'aint', 'nor', 'hardly', 'rarely', 'seldom', 'nobody', 'nobodys', 'none', 'zero', 'nothing']);
/** A cue that gives the reason for a need ("for security", "because of safety"): beside another cue of that need, it adds nothing of its own. */
const A_REASON = /^(?:for|because of|bc|due to) (?:security|safety)\b/;
/** How many words before a cue a negation still applies to, unless a conjunction starts another clause in between. */
const NEGATION_REACH = 6;
/** Said of a cue right after "is" or "are", these dismiss it as a need ("scaling is irrelevant"). */
const DISMISSED: ReadonlySet<string> = new Set(['irrelevant', 'unnecessary', 'moot', 'unimportant', 'pointless', 'immaterial', 'unneeded', 'superfluous']);
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'so', 'or', 'because', 'although', 'though', 'plus']);
/** Words a description may put inside a cue without changing what it says: "without any wifi", "super fast and reliable". */
const CUE_FILLERS = ['any', 'really', 'very', 'super', 'pretty', 'totally', 'completely', 'entirely', 'fully', 'quite', 'so'];
/** Any sign of a question or request: a question mark, or a sentence or clause that starts like one ("…, so tell me what M2M means"). */
export const ASKS_ANYTHING = /\?|(?:^|[.!,;:]\s*|\b(?:so|and|but)\s+)(?:what|which|who|when|where|why|how|is|are|does|do|can|could|should|would|will|tell me|explain|describe)\b/i;
/**
 * Words that set two parts of a project apart, said between them ("each controller talks directly to its cab, but every
 * crane also talks to lots of others"). Not "yet": "we never need to scale yet" is about time.
 */
export const SETS_TWO_PARTS_APART: ReadonlySet<string> = new Set(['but', 'while', 'whereas', 'however', 'separately', 'meanwhile']);
/**
 * A message that weighs using both sides: "both?", "both or just one?", "in the same camp?", "m2m + iot?", "m2m for one, iot for the other?", "which half is M2M
 * and which is IoT?", "is one part M2M and the other IoT?", "the same bucket or different ones?", "one stack or two?", "which tech
 * for which?", "which tech goes where?", "how would you split that?", "M2M, IoT or the two?".
 */
const ASKS_ABOUT_A_MIX = /\bwhich\s+(?:[\w-]+\s+){0,2}(?:is|are)\s+(?:m2m|iot)\s*,?\s+and\s+which\b|\b(?:one|some)\s+(?:part|half|bit|side)\s+(?:is\s+|being\s+)?(?:m2m|iot)\s*,?\s+and\s+the\s+other\b|\b(?:same|one)\s+(?:bucket|technology|tech|approach|camp|stack|architecture|system|platform|solution)\s+(?:for\s+both\s+)?or\s+(?:different|two|separate)\b|\bwhich\s+(?:tech|technology|one|approach|side)\s+for\s+which\b|\b(?:which|what)\s+(?:tech|technology|side|approach|one)\s+goes\s+where\b|\bhow\s+would\s+(?:you|the\s+article|it)\s+split\b|\bboth\s+then\s*\?|\bis\s+(?:that|it|this)\s+both\b|\bboth\s*\?|\bboth\s+or\s+(?:just\s+|only\s+)?(?:one|either|wat|what|neither)\b|\b(?:in|into)\s+(?:the\s+same|different|separate)\s+(?:camps?|buckets?)\b|\b(?:use|run|or|of) both\b|\bcombine (?:them|the two|iot|m2m)\b|\b(?:m2m|iot)\s*(?:\+|&|and)\s*(?:m2m|iot)\s*\?|\b(?:m2m|iot) for\b.*\b(?:m2m|iot) for\b|\b(?:m2m|iot)\s+and\s+(?:m2m|iot)\s+together\b|\bor\s+the\s+two\s*\?/i;
/** Who sells: a sentence about what they offer or charge weighs an offer. */
const SELLERS = '(?:vendors?|suppliers?|consultants?|integrators?|contractors?)';
/** A price as quoted: "£9k", "12,000 pounds", "12k" (a count as the cues read it: "qtymany"). */
const A_PRICE = '(?:[£$€]\\s?\\d[\\w,.]*|\\d[\\d,.]*\\s?(?:k|grand|pounds|quid|euros|dollars)|qty(?:few|some|many))';
/** A sentence about what someone else offers, or that asks whether it is needed ("a vendor is pitching us a cloud platform", "Kevin is pushing some shiny cloud platform", "vendor A wants £9k for a hosted dashboard", "is the cloud thing worth it?"). */
const WEIGHS_AN_OFFER = new RegExp(
  `\\b(?:(?:${SELLERS}|sales\\w*|someone|they)\\b[^.?!]*\\bpitch(?:es|ed|ing)|pitch(?:es|ed|ing)\\s+(?:us|me)|(?:pushing|pushes|pushed|selling|sells|flogging|touting|pitching)\\s+(?:us\\s+|me\\s+)?(?:some|a|an|the|this|that|their|his|her)\\s+(?:[\\w-]+\\s+){0,3}(?:platform|solution|product|suite|package|service)|${SELLERS}(?:\\s+[a-z\\d])?(?:['’]s\\s+quote\\s+is|\\s+(?:wants|asks|quotes?|quoted|charges?|is\\s+(?:asking|quoting|charging)))\\s+(?:us\\s+)?(?:about\\s+|around\\s+|roughly\\s+)?${A_PRICE}|worth it|overkill|over the top)\\b`,
  'i',
);
/** "which one is easier to expand later?", "which one is plug-and-play when we add gear?" ask how the two compare on one criterion, not which fits a project (read as typed: "two" is not a quantity here). */
const ASKS_WHICH_IS_EASIER = /\bwhich\s+(?:one\s+|of\s+the\s+two\s+)?(?:(?:does|would)\s+the\s+(?:article|text)\s+say\s+)?(?:(?:is|['’]s)\s+(?:the\s+one\s+(?:that['’]s|that\s+is)\s+)?(?:easy|easier|harder|simpler|quicker)\s+to\b|is\s+plug[\s-]and[\s-]play\b)/i;
/** "what does point-to-point mean for m2m?" asks what a word means, not which side a project needs. */
const ASKS_A_MEANING = /\bwhat\s+(?:does|do|did)\b[^?.!]*\bmean\b|\bwhat\s+is\s+meant\b|\bmeaning\s+of\b|\bdefine\b|\bdefinition\s+of\b/i;
/** A message that opens with the case it asks about: "If the wifi goes down, …", "When there's no signal, …". */
const SETS_A_CASE = /^(?:so\s+|and\s+|but\s+)?(?:if|when|whenever)\s+[^,?]{3,80},/i;
/** "…, what's iot?" or "what is m2m??" at the end asks what a side is. */
const ASKS_WHAT_A_SIDE_IS = /\b(?:what(?:['’]s|s|\s+is|\s+are)|define|explain)\s+(?:an?\s+|the\s+)?(?:iot|m2m)\s*\?+\s*$/i;
/** "Is that the M2M one or the cloud thing?": the project pointed at, offered as one side or something else. */
const ENDS_OFFERING_A_SIDE = /(?:^|[.!?]\s+)(?:so\s+|and\s+)?(?:is|was|would)\s+(?:that|this|ours)\s+(?:(?:more|really|basically|an?|the)\s+){0,2}(?:iot|m2m)(?:[\s-](?:one|thing|side|kind|camp|job|case|territory|stuff|ish))?\s*,?\s+or\b[^.?!]*\?+\s*$/i;
/** "does the article mention setups like that?" asks whether the article covers it, not which side fits. */
const ASKS_IF_IT_IS_COVERED = /\b(?:mentions?|covers?|discuss(?:es)?|talks?\s+about|deals?\s+with)\b/i;
/** "I just want to understand what the article says about…": a sentence that says what it asks, so a closing "What does it say?" asks that. */
const SAYS_WHAT_IT_ASKS = new RegExp(String.raw`\b(?:${FINDING_OUT}|wondering|wonder|curious)\s+(?:${ASKED_INDIRECTLY})\b`, 'i');
/** The most words of a closing question that asks which fits in words of its own, after two needs told. */
const CLOSING_QUESTION_MAX_WORDS = 10;
/** A closing question typed without its question mark: "what does the bot reckon". */
const OPENS_A_QUESTION = /^(?:so\s+|and\s+)?(?:what|which|how|where|thoughts|any\s+thoughts|verdict)\b/i;
/**
 * The only words of its own a closing question may have to ask which fits ("What does the article counsel?", "Based on
 * the article, what would that be?"): any other asks a fact of its own ("Who wrote the article?", "Is M2M secure?").
 */
const ASKS_FOR_A_VIEW: ReadonlySet<string> = new Set(['article', 'text', 'piece', 'author', 'writer', 'bot', 'counsel', 'reckon', 'reckons', 'based', 'thoughts', 'think', 'suggest', 'suggests', 'advise', 'advice', 'recommend', 'recommends', 'say', 'says', 'verdict', 'view', 'take', 'make', 'leave', 'put', 'best', 'better', 'land', 'fall', 'choose', 'pick', 'call', 'opinion', 'prefer', 'favour', 'favor', 'fit', 'fits', 'suit', 'suits', 'all', 'sit', 'sits', 'go', 'goes', 'lean', 'leans', 'point', 'points', 'push', 'pushes', 'steer', 'steers', 'direction', 'directions', 'way', 'different', 'pieces', 'parts', 'camp', 'side', 'count', 'counts', 'belong', 'belongs', 'classify', 'two', 'these', 'thats',
  // The sides' nicknames: "so that's the cloud thing?"
  'cloud', 'thing', 'stuff', 'smart', 'wired', 'old', 'school', 'new',
  // What the needs add up to, asked in a word ("Answer?", "Your conclusion?").
  'answer', 'conclusion', 'recommendation', 'suggestion', 'suggestions', 'idea', 'ideas', 'guidance', 'outcome', 'result']);
/** After a bare "which", these words ask which side fits ("which one?", "which is better?", "which fits?"); others ask which of something else. */
const WHICH_SIDE_NEXT: ReadonlySet<string> = new Set([
  ...['', 'one', 'ones', 'option', 'options', 'choice', 'pick', 'answer', 'tech', 'technology', 'technologies', 'approach', 'side', 'model', 'paradigm', 'concept', 'category', 'kind', 'type', 'sort', 'flavour', 'flavor', 'bucket', 'class', 'family', 'architecture', 'design', 'solution', 'pattern', 'mode'],
  ...['of', 'for', 'is', 'are', 'was', 'it', 'fit', 'fits', 'suit', 'suits', 'goes', 'go', 'can', 'could', 'need', 'needs', 'must', 'should', 'would', 'will', 'do', 'does', 'has', 'have', 'to', 'camp', 'way', 'direction', 'route', 'path'],
  ...['works', 'runs', 'handles', 'keeps', 'gets', 'lets', 'makes', 'wins', 'better', 'best', 'iot', 'm2m', 'setup', 'system', 'platform', 'sounds', 'matches', 'applies', 'we', 'i', 'you', 'u', 'then', 'pls', 'please', 'lol'],
]);
/** After a "which", the subject of a relative clause ("the kit, which we installed"), unless the "which" opens the question. */
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'they']);
/** ", which" opening a relative clause, as opensARelativeClause reads it: in a sentence that asks nothing, or before "I", "we" or "they" (read as "that", which asks nothing). */
const RELATIVE_WHICH = /([,;:\u2013\u2014]\s*)which\b(?=\s+(?:i|we|they)\b|[^?]*(?:[.!]|$))/gi;
/** Words that may come before a "which" that opens a question mid-sentence ("…one computer, so which we should use?"). */
const OPENS_A_TURN: ReadonlySet<string> = new Set(['so', 'and', 'but', 'ok', 'okay', 'then', 'right', 'well']);
/** The article, as askers name it or its writer: who describes a need that is not the asker's ("the article describes X as point to point"). */
const THE_ARTICLE: ReadonlySet<string> = new Set(['article', 'text', 'piece', 'author', 'writer']);
/** "Which the article say is best?": a "which" opening a sentence put to the article, or to the bot, asks which side, in any grammar. */
const ASKED_OF: ReadonlySet<string> = new Set([...THE_ARTICLE, 'bot']);
function asksTheArticle(typed: readonly string[], after: number): boolean {
  return typed[after] === 'the' && ASKED_OF.has(typed[after + 1] ?? '');
}
/** The article's verbs for a need it gives a side: "the article describes X as…", "ties X to…". */
const DESCRIBES: ReadonlySet<string> = new Set(['describes', 'describe', 'characterises', 'characterizes', 'characterise', 'characterize', 'calls', 'call', 'defines', 'define', 'labels', 'presents', 'portrays', 'ties', 'tie', 'attributes', 'attribute', 'ascribes', 'ascribe', 'assigns', 'assign']);
/** How far before a need the article may be said to describe it. */
const DESCRIBED_WITHIN = 6;
/**
 * "The point-to-point one — that's IoT isn't it?", "Is it IoT that the article describes as point-to-point?": a side
 * named by its need, or a need the article is said to describe, asks which way round a fact goes; it tells no need.
 */
function namesASideByItsNeed(typed: readonly string[], clauseOf: readonly number[], start: number, end: number): boolean {
  if (typed[start - 1] === 'the' && (typed[end] === 'one' || typed[end] === 'side')) return true;
  for (let i = Math.max(0, start - DESCRIBED_WITHIN); i < start; i++) {
    if (clauseOf[i] === clauseOf[start] && THE_ARTICLE.has(typed[i] ?? '') && DESCRIBES.has(typed[i + 1] ?? '')) return true;
  }
  return false;
}
/** What a statement with no question must speak of to describe a project: kit of some kind, or a side (not the network
 * or the wifi alone: "the internet is not there in my flat yet" is chatter). */
const SPEAKS_OF_KIT =
  /\b(?:devices?|sensors?|machines?|machinery|machineries|controllers?|equipments?|appliances?|kit|gadgets?|systems?|platforms?|apps?|dashboards?|cloud|plcs?|iot|m2m|robots?|pumps?|meters?|trackers?|gateways?|servers?|hardware|units?|terminals?|cameras?|loggers?|scanners?|locks?|panels?|fleet|sites?|stations?|probes?|gauges?|readers?|tags?|chips?|collars?|cables?|pcs?|computers?|trucks?|lorries|vehicles?|cars?|turbines?|lifts?|elevators?|lathes?|tractors?|forklifts?|bins?|lights?|valves?|analy[sz]ers?|instruments?|kiosks?|atms?|tills?|drives?|motors?|compressors?|chillers?|boilers?|freezers?|fridges?|ovens?|doors?)\b/i;
/** Or it says that things talk to each other or to something, which only kit does in such a message. */
const SAYS_THINGS_COMMUNICATE = /\b(?:reports?|reporting|reported|talks?|talking|communicat\w*|sends?|sending|sync\w*|networked)\b/i;
/** "use IoT and M2M at the same time", "run both at once": using the two sides together, not many devices talking at once. */
const BOTH_SIDES_AT_ONCE = /\b(both|(?:iot|m2m)\s+and\s+(?:iot|m2m)|the\s+two(?:\s+of\s+them)?)\s+(?:at\s+the\s+same\s+time|at\s+once|simultaneously|concurrently)\b/gi;
/** A question closing on a choice of two things, "…, a mesh or a booster?": which of those, unless one is a side, both or a mix. */
const CHOICE_AT_THE_END = /\b(?!(?:both|neither|not|nah|a\s+mix|mix|a\s+hybrid|hybrid|a\s+bit\s+of\s+both|something\s+else)\b)[\p{L}\d'+&.-]+(?:\s+[\p{L}\d'+&.-]+){0,2}\s+or\s+(?!(?:both|neither|not|nah|a\s+mix|mix|a\s+hybrid|hybrid|a\s+bit\s+of\s+both|a\s+combination|split|something\s+else|the\s+other|two|2|three|several|more|are|is|suggest|thoughts?|ideas?|advice|in\s+your\s+view|per|by|according|common\s+sense|in\s+practice)\b)(?:an?\s+|the\s+)?[\p{L}\d'+&.-]+(?:\s+[\p{L}\d'+&.-]+){0,2}\s*\?+\s*$/iu;
/** Words that ask which side fits whatever choice closes the question: "which fits better, the old way or the new?". */
const ASKS_WHAT_FITS = /\b(?:fits?|suits?)\b/i;
/** A message ending "…. iot?" or "m2m??" asks which side fits. */
const ENDS_ASKING_A_SIDE = /\b(iot|m2m)(?:[\s-]?ish)?(?:\s*,?\s*(?:obvs?|obviously|surely|presumably|then|right|yeah|i guess|i assume|i suppose))?\s*\?+\s*$/i;
/**
 * "…. So the article says M2M here, doesn't it?", "…. That's IoT, isn't it?": a closing sentence of its own that only
 * names a side, as a tag question (not "If it must scale to millions it's IoT, isn't it?", a rule to check).
 */
const ENDS_TAGGING_A_SIDE = /[.!?]\s+(?:so\s+)?(?:(?:the\s+article\s+says|that['’]?s|it['’]?s|this\s+is|that\s+is|this['’]?s)\s+)?(?:iot|m2m)(?:\s+(?:here|then|for\s+(?:this|that|us|them)))?\s*,?\s*(?:doesn['’]?t|isn['’]?t|wouldn['’]?t|right|yes|no)\s*(?:it|that|this|they)?\s*\?+\s*$/i;
/** "does that mean m2m according to the article?": what the project is, asked of the article (not "…feeds IoT, according to the piece?"). */
const ENDS_ASKING_THE_ARTICLE_WHICH_SIDE = /\b(?:means?|makes?\s+(?:it|them|this|that)|counts?\s+as|be|is\s+(?:it|this|that)|(?:it|that|this)['’]s)\s+(?:an?\s+)?(?:iot|m2m)\s*,?\s*(?:according\s+to|per|going\s+by|by)\s+the\s+(?:article|text|piece)\s*\?+\s*$/i;
/** "does that make them iot", "is that m2m": asked with no question mark, a closing that only names a side still asks it. */
const ENDS_ASKING_A_SIDE_UNMARKED = /(?:^|[.!?,]\s+)(?:so\s+|and\s+)?(?:(?:is|are)\s+(?:that|this|it|they|these|those|ours)|(?:does|do|would|will)\s+(?:that|this|it)\s+(?:make|count\s+as|class\s+as|qualify\s+as)(?:\s+(?:them|it|us|this|that|ours))?)\s+(?:an?\s+|the\s+)?(?:iot|m2m)(?:[\s-]?ish|\s+(?:one|thing|kind|side|camp|stuff))?\s*$/i;
/** "Is that the machine one?", "so the internet-y one for those, or am I getting mixed up?": a side in the asker's own imagery (not "the latest one"). */
const ENDS_ASKING_THE_ONE = /(?:^|[.!?,]\s*)(?:so\s+|and\s+)?(?:(?:is|isn['’]t)\s+(?:that|this|it)\s+|(?:that|this|it)(?:['’]s|\s+is)\s+|(?:would|should)\s+(?:that|this|it)\s+be\s+)?the\s+(?:[\p{L}-]+-)?(?:machine|internet|net|cloud|smart|wired|wireless|cable|box|gadget|web|connected|online|offline|hub|legacy|modern|classic|old|school|techy)(?:-?[\p{L}]+)*\s+one\b(?:\s+for\s+(?:those|these|that|this|them|it|us))?(?:\s*,?\s*(?:then|right|yes|yeah|yep|surely|i\s+guess|or\s+am\s+i\s+[^.?!]{1,25}))?\s*\?+\s*$/iu;
/** "Does the article say M2M here?", "…for the radar?", "Would the article class the following as M2M?", anywhere in the message: a side asked of the article for what the message describes. */
const ASKS_IF_THE_ARTICLE_SAYS_A_SIDE = /\b(?:does|do|would)\s+the\s+(?:article|text|piece)\s+(?:say|(?:class|count|consider|call|file|put|treat)(?:\s+(?!as\b)[\w-]+){0,3}(?:\s+(?:as|under))?)\s+(?:an?\s+)?(?:iot|m2m)(?:\s+(?:setup|system|case|one|job))?(?:\s+(?:here|then|for\s+(?:this|that|these|those|us|it|them|(?:the|our|my)\s+[\w-]+(?:\s+[\w-]+)?)))?\s*[?:]/i;
/** A laugh closing a message ("…is that the iot one lol") says nothing of what it asks. */
const CLOSING_LAUGH = /(?:[\s,.!]+(?:lol|lmao|rofl|haha+|hehe+))+[\s.!]*$/i;
/**
 * "so is that iot then or m2m", "Should that be set up the IoT way or the M2M way?", "properly called M2M, or is it
 * IoT?": a closing sentence that offers the two sides, with a few words of its own around each. Only the closing one:
 * the two sides offered earlier in a long message are part of what it tells, not its question.
 */
const ENDS_OFFERING_THE_TWO_SIDES = /\b(iot|m2m)\b(?:\s+[\w'’-]+){0,2}\s*,?\s+or\s+(?:[\w'’-]+\s+){0,3}(?!\1)(?:iot|m2m)\b(?:\s+[\w'’-]+){0,2}\s*\?*\s*$/i;
/** A message that asks which side a described setting is, however it names the side: mostly in its closing. */
function asksWhichSideItIs(message: string): boolean {
  // "Would you call that the Internet of Things, or machine-to-machine?" offers the two sides as "IoT or M2M?" does.
  const text = withSidesNamedShort(message.replace(CLOSING_LAUGH, ''));
  const closing = sentences(text).at(-1) ?? text;
  return ENDS_OFFERING_THE_TWO_SIDES.test(closing) || ENDS_ASKING_A_SIDE.test(text) || ENDS_ASKING_A_SIDE_UNMARKED.test(text) || ENDS_ASKING_THE_ONE.test(text) || ASKS_IF_THE_ARTICLE_SAYS_A_SIDE.test(text) || ENDS_ASKING_THE_ARTICLE_WHICH_SIDE.test(text) || ENDS_TAGGING_A_SIDE.test(text);
}
/**
 * "Sorry.", "Sorry if that's obvious.", "Thanks in advance!" after a message's last sentence: a courtesy, which asks
 * nothing. Only these words: "Thanks, there are only 3 tills." still tells a need.
 */
export const CLOSING_COURTESY = /(?<=[.!?])\s+(?:(?:sorry|soz|apologies|thanks|thank\s+you|thx|ty|cheers|ta|many\s+thanks)(?:\s+(?:in\s+advance|a\s+lot|so\s+much|again|all|everyone|folks|team))?(?:\s+if\s+(?:this|that|it)(?:\s+is|['’]?s)\s+(?:a\s+|an\s+)?(?:obvious|dumb|silly|stupid|basic)(?:\s+(?:one|question))?)?(?:\s+for\s+the\s+(?:long|rambling|basic|dumb|silly)\s+(?:message|post|question|one))?\s*[.!]*\s*)+$/i;
/**
 * "…Is that M2M? Asking because a customer asked me, ha.": a reason for asking, told after the question, asks nothing.
 * One that tells a need ("…Asking because it all has to go to the cloud.") is part of the project, told before the question.
 */
const CLOSING_REASON = /(?<=\?)\s+(?:(?:i['’]?m\s+|i\s+am\s+|i\s+)?(?:only\s+|just\s+)?ask(?:ing)?\s+(?:because|cos|cause|as)|(?:the\s+)?reason\s+i\s+ask(?:\s+is)?)\b([^?]*)$/i;
/** "…is that m2m then or am i chatting rubbish": a doubt of one's own closing the question asks nothing more. */
const CLOSING_SELF_DOUBT = /\s*,?\s+or\s+(?:am\s+i\s+(?:wrong|mistaken|confused|(?:getting\s+)?mixed\s+up|way\s+off|off\s+(?:base|track)|missing\s+something|(?:chatting|talking)\s+(?:rubbish|nonsense|crap|out\s+of\s+my\s+\w+))|have\s+i\s+got\s+(?:it|that|this|them|those|these)\s+(?:wrong|backwards|the\s+wrong\s+way\s+round)|did\s+i\s+(?:get\s+(?:it|that)\s+wrong|misunderstand))\W*$/i;
/** Pictographs closing a message ("Is that IoT? 🙂") say nothing of what it asks. */
const CLOSING_PICTOGRAPHS = /[\s\p{Extended_Pictographic}\uFE0F\u200D]+$/u;
/** A last sentence that is only the article's name, "…. Article?": a terse "what does the article say?". */
const ENDS_ASKING_THE_ARTICLE = /(?:^|[.!?]\s+)(?:(?:and|so)\s+)?(?:the\s+|per\s+the\s+|your\s+)?article\s*\?+\s*$/i;
/** The article named by its subject: "the IoT vs M2M article", "that IoT article". */
export const ARTICLE_TITLE_SIDES = '(?:iot|m2m)(?:\\s*(?:vs\\.?|versus|\\/|and|or)\\s*(?:iot|m2m))?';
/** A question about what the article says is answered from the article, not read as a project. */
export const ABOUT_THE_ARTICLE = new RegExp(
  `\\b(?:the\\s+(?:article|text|piece|post)|(?:the|that|this)\\s+(?:${ARTICLE_TITLE_SIDES}\\s+)?article|(?:the|that|this)\\s+${ARTICLE_TITLE_SIDES}\\s+(?:text|piece|post)|the author|the reading\\s+(?:say|says|said|mention|mentions))\\b`,
  'i',
);

/**
 * A closing question after a described setting asks which side fits when it speaks of choosing ("Which technology is
 * the correct choice?", "Your call?", "How would the article guide us?", "How would the article divide this?", "What do I need?"),
 * in whatever words no ask phrase lists.
 */
const CLOSING_ASKS_TO_CHOOSE = /\b(?:technolog\w*|tech|approach\w*|options?|choices?|choose|categor\w*|architecture|stack|solution|fits?|better|reckons?|counsel\w*|suit\w*|guid\w*|advi[cs]\w*|recommend\w*|favou?r\w*|impl(?:y|ies)|split|divide|decision|verdict|pick|tip|square|both|scream|article\s+say|per\s+the\s+article)\b|\b(?:your|the\s+article['’]?s?|its)\s+(?:call|take)\b|^(?:so|call)\s*\?+$|^(?:so\s+)?what\s+(?:do|would|will|should)\s+(?:i|we)\s+need\s*\?*$|(?:right|best|correct)\s+model(?:\s+(?:here|for\s+(?:this|that|us|it|them)))?\W*$/i;
/**
 * "What to use?", "What kind is that?": a closing question that asks which fits only right after a sentence that tells a
 * need and names no term of its own ("…the manual calls the link "RS-485". What kind is that?" asks what the term is, and
 * "…we need to mount the controller on a brick wall. What to use?" asks about the wall).
 */
const ASKS_RIGHT_AFTER_A_NEED = /^(?:so\s+|ok\s+)?what\s+(?:to|should\s+(?:i|we)|do\s+(?:i|we)|would\s+you)\s+(?:use|go\s+(?:with|for))\W*$|^(?:so\s+|and\s+)?what\s+(?:kind|type|sort)\s+(?:of\s+(?:thing|setup|system)\s+)?(?:is\s+(?:that|this|it)|would\s+(?:that|this|it)\s+be)(?:\s+then)?\W*$/i;
/** A sentence that names a term: quoted, or "called", "labelled", an error code. */
const NAMES_A_TERM = /["“”‘]|\b(?:called|calls|label\w*|error|code|manual|acronym|mentioned)\b/i;
/** "Which stack…?", "Which model…?": a bare "which" before a word of choosing asks which side, though no side word follows it. */
const WHICH_OF_A_CHOICE = /\bwhich\s+(?:technolog\w*|tech|approach\w*|options?|choices?|architecture|model|stack|solution|categor\w*)\b/i;
/** Or it names one side as what the setting is ("Is it M2M case?", "IoT is for this?", "That's M2M territory?"), rather than asking about that side. */
const CLOSING_NAMES_WHAT_IT_IS = /\b(?:is\s+(?:it|this|that)|it['’]?s|this\s+is|that['’]?s|that\s+is|makes?\s+it|be)\s+(?:an?\s+|the\s+)?(?:iot|m2m)\b|\b(?:iot|m2m)\s+(?:case|job|territory|kind|thing|side|one|camp)\b|\b(?:iot|m2m)\s+is\s+for\s+(?:this|that|it|us)\b/i;
/** A sentence that names the part of a project it is about first ("Visitor app: …", "The donor portal, by contrast, …"). */
const NAMES_ITS_PART = /^[^.?!:]{2,40}:|\bby contrast\b|\bon the other hand\b/i;

export class ScenarioReader {
  private readonly finder: PhraseFinder<Cue>;

  private lastPrepared: { text: string; prepared: string } | undefined;

  /** The words of the cues, never "mended" into another word: "router" is no slip for "route", nor "cleanly" for "clearly". */
  private readonly cueWords: ReadonlySet<string>;

  /** The chooser question a connection said to fail answers "yes" (chooser.yml `failing_connection_answers_yes_to`), if any. */
  private readonly failingConnectionQuestion: number | undefined;

  /** The chooser questions whose "yes" tells a small set of machines (chooser.yml `small_set_questions`), by index. */
  private readonly smallSetQuestions: ReadonlySet<number>;

  /**
   * `stem`: the answer engine's stemmer, so cue words share its cache of stems. `mend`: puts slips
   * right before cues are looked for ("wich fits", "isloated"), as people describe projects in a hurry.
   */
  constructor(
    readonly model: ChooserModel,
    stem?: (word: string) => string,
    private readonly mend: (text: string, keep: ReadonlySet<string>) => string = (text) => text,
  ) {
    const entries: { value: Cue; phrases: readonly string[] }[] = [{ value: { ask: true }, phrases: model.scenarioAsks.map(cueWithQuantities) }];
    model.questions.forEach((question, questionIndex) => {
      // "No" cues first: "won't grow" must be read before "grow".
      entries.push({ value: { questionIndex, answer: 'no' }, phrases: question.cues.no.map(cueWithQuantities) });
      entries.push({ value: { questionIndex, answer: 'yes' }, phrases: question.cues.yes.map(cueWithQuantities) });
    });
    this.finder = new PhraseFinder(entries, { ...(stem ? { stem } : {}), fillers: CUE_FILLERS, unbridged: NEGATIONS, alternatives: true });
    this.cueWords = new Set(entries.flatMap((e) => e.phrases.flatMap((phrase) => words(phrase))));
    const failingConnectionQuestion = model.questions.findIndex((q) => q.id === model.failingConnectionAnswersYesTo);
    this.failingConnectionQuestion = failingConnectionQuestion >= 0 ? failingConnectionQuestion : undefined;
    this.smallSetQuestions = new Set(model.questions.flatMap((q, i) => (model.smallSetQuestions.includes(q.id) ? [i] : [])));
  }

  /** Whether any cue of a criterion is in `text`, however the reading came out (conflicting, or pointing nowhere). */
  hasCues(text: string): boolean {
    return this.finder.findAll(this.prepared(text)).some((m) => !('ask' in m.value));
  }

  /**
   * `message` without what closes it and asks nothing (courtesy, a doubt of one's own, a reason for asking), so that it
   * closes on its question; a reason that tells a need is told before the question instead.
   */
  private withoutClosingAsides(message: string): string {
    const reason = CLOSING_REASON.exec(message);
    const told = reason?.[1]?.trim() ?? '';
    const reordered = reason ? `${this.hasCues(told) ? `${told} ` : ''}${message.slice(0, reason.index)}` : message;
    return reordered.replace(CLOSING_COURTESY, '').replace(CLOSING_SELF_DOUBT, '?');
  }

  /** Whether `text` asks which side fits ("iot or m2m?", "which fits", "m2m for one and iot for the other?"). */
  asks(message: string): boolean {
    const text = this.withoutClosingAsides(message);
    // "m2m for one and iot for the other?" asks which fits, too: both.
    const closing = text.replace(CLOSING_PICTOGRAPHS, '');
    return this.finder.findAll(this.prepared(text)).some((m) => 'ask' in m.value) || asksWhichSideItIs(closing) || ENDS_OFFERING_A_SIDE.test(closing) || ASKS_ABOUT_A_MIX.test(text);
  }

  /** Whether `text` asks whether both sides fit ("…, or both?", "one tech or both?"). */
  asksAboutAMix(text: string): boolean {
    return ASKS_ABOUT_A_MIX.test(text);
  }

  /**
   * How the message answers each chooser question its cues touch, by question id, whether or not it describes
   * a project: "which one should you pick if you need to scale up?" answers "must it grow to many users?" with "yes".
   */
  cueAnswers(message: string): Map<string, 'yes' | 'no'> {
    const { settled } = this.cueReading(message);
    // A question two parts answer both ways is answered neither way.
    const once = settled.filter(([index]) => settled.filter(([other]) => other === index).length === 1);
    return new Map(once.flatMap(([index, r]) => { const id = this.model.questions[index]?.id; return id === undefined ? [] : [[id, r.answer] as const]; }));
  }

  /** The chooser question an article criterion answers, and the answer it stands for. */
  answerFor(entryId: string): { questionId: string; answer: 'yes' | 'no' } | undefined {
    const index = this.model.questions.findIndex((q) => q.criteria.includes(entryId));
    const question = this.model.questions[index];
    const answer = this.answerOfCriterion(index, entryId);
    return question && answer ? { questionId: question.id, answer } : undefined;
  }

  /** The article criterion that stands for answering chooser question `questionId` with `answer`, if the article has one. */
  criterionFor(questionId: string, answer: 'yes' | 'no'): string | undefined {
    const index = this.model.questions.findIndex((q) => q.id === questionId);
    return this.model.questions[index]?.criteria.find((id) => this.answerOfCriterion(index, id) === answer);
  }

  /**
   * The message read as a project description, or null when it does not describe one and ask which fits.
   * `anotherCase`: the message is "and if…?" about the project already discussed, so it asks which fits
   * (though it says nothing like "which fits?"), it is the team's own project (though it says no "we"),
   * and a few words describe it (the rest was said before). `alsoRead`: criteria read from parts of the message by
   * other means (the entries a part matches), for chooser questions no cue answered; or, from a part set apart from
   * the cues (`inAnotherPart`), the other way round from the cues ("the line never grows, whereas the portal must
   * serve a great many buyers"). `askedWhichFits`: whatever it asks, the message is read as asking which fits.
   */
  read(message: string, options: { anotherCase?: boolean; alsoRead?: readonly AlsoRead[]; askedWhichFits?: boolean } = {}): ScenarioReading | null {
    const reading = this.cueReading(message);
    const { text, stated } = reading;
    const settled = [...reading.settled, ...this.settledFromEntries(options.alsoRead ?? [], reading.settled)];
    // One criterion and "which router should I buy?" is no project asking which side fits.
    // A bare "…. Article?" asks which fits only after a described project: after one claim it asks whether the claim holds.
    const endsAskingTheArticle = ENDS_ASKING_THE_ARTICLE.test(text) && settled.length >= CRITERIA_ALONE;
    const asks = (reading.asks && !(reading.onlyAWhichOfSomethingElse && settled.length < CRITERIA_ALONE)) || endsAskingTheArticle || options.anotherCase === true || options.askedWhichFits === true;
    // "Does the article say…" is about the article, unless it also asks which side fits a described setting.
    // However short, a criterion stated before the question that asks which fits describes a project ("Direct link, 1:1. M2M or IoT?").
    const tooShort = text.split(/\s+/).length < SHORTEST_SCENARIO && !options.anotherCase && !(stated && reading.asks) && !reading.terse;
    if (tooShort || (ABOUT_THE_ARTICLE.test(text) && !asks)) return null;
    const ownProject = OWN_PROJECT.test(text) || options.anotherCase === true;
    // "If the wifi goes down, which one keeps going?" sets a case as a project does.
    const setting = ownProject || stated || SETS_A_CASE.test(text) || text.split(/\s+/).length >= DESCRIBED_SETTING;
    // A project is described by its owner or asked about ("which fits?"): a general question that only
    // mentions two criteria ("how is the cloud's large-scale data analysed?") is not one.
    if (settled.length === 0 || !(asks || ownProject) || (settled.length < CRITERIA_ALONE && (!(asks && setting) || ASKS_A_MEANING.test(text) || this.comparesTheTwo(message)))) return null;
    const readings = settled.map(([index, r]) => ({ questionIndex: index, answer: r.answer, evidence: inWords(r.evidence.join(', ')) }));
    return this.reading(readings, Math.min(1, 0.5 + 0.15 * settled.length + (asks ? 0.2 : 0)));
  }

  /**
   * Criteria read elsewhere, from the entries that parts of the message match, as cue readings: one per chooser
   * question the cues left unanswered.
   */
  private settledFromEntries(found: readonly AlsoRead[], cued: readonly [number, { answer: 'yes' | 'no' }][]): [number, { answer: 'yes' | 'no'; evidence: string[] }][] {
    const settled: [number, { answer: 'yes' | 'no'; evidence: string[] }][] = [];
    for (const { entryId, evidence, inAnotherPart } of found) {
      const index = this.model.questions.findIndex((q) => q.criteria.includes(entryId));
      const answer = this.answerOfCriterion(index, entryId);
      const onIt = [...cued, ...settled].filter(([i]) => i === index);
      const taken = inAnotherPart === true ? onIt.some(([, r]) => r.answer === answer) : onIt.length > 0;
      if (answer && !taken) settled.push([index, { answer, evidence: [evidence] }]);
    }
    return settled;
  }

  /** The cues found in a message: whether it asks which fits, and each chooser question it answers one way only. */
  private cueReading(written: string): { text: string; asks: boolean; settled: [number, { answer: 'yes' | 'no'; evidence: string[] }][]; stated: boolean; terse: boolean; onlyAWhichOfSomethingElse: boolean } {
    const message = this.withoutClosingAsides(written);
    const text = this.prepared(message);
    const found = this.finder.findAll(text);
    const typed = words(text);
    // The words quoted back are the ones the person typed ("PLCs", not the "plus" it was mended to for matching; numbers as
    // quantities), when the mending kept one word for one word: words joined or split leave the mended words.
    const [asTyped, asCounted] = [words(message), words(quantitiesAsTokens(message))];
    const quoted = asTyped.length === typed.length ? asTyped : asCounted.length === typed.length ? asCounted : typed;
    // Which clause each word is in ("no wifi, each pump reports to its controller": the "no" stays in its clause).
    const clauses = text.split(/[,.;:!?()+&\u2013\u2014]+|\s-\s/).flatMap((clause, i) => words(clause).map(() => i));
    const clauseOf = clauses.length === typed.length ? clauses : typed.map(() => 0);
    // A sentence that weighs what someone offers ("a vendor is pitching us a cloud platform. Overkill?") names what
    // the team was offered, not what it needs: what it says for IoT is not read.
    const all = sentences(text);
    const sentenceOf = all.flatMap((sentence, i) => words(sentence).map(() => i));
    const offered = new Set(all.flatMap((sentence, i) => (WEIGHS_AN_OFFER.test(sentence) ? [i] : [])));
    const inOffer = (start: number) => sentenceOf.length === typed.length && offered.has(sentenceOf[start] ?? -1);
    // "…, which the author calls point to point." is a relative clause: only a "which" opening its sentence asks.
    const opensItsSentence = (start: number) => sentenceOf.length === typed.length && (start === 0 || sentenceOf[start - 1] !== sentenceOf[start]);
    // Unless the offer is all the message describes ("is IoT overkill for an app thousands of riders use?").
    const describedElsewhere = found.some((m) => !('ask' in m.value) && !inOffer(m.start));
    const inAnOffer = (start: number) => describedElsewhere && inOffer(start);
    // A description sent with no question at all, to a bot that weighs IoT against M2M, asks which fits.
    // "…so it can't be M2M" states a claim: an ask phrase right after a negation in its clause asks nothing ("…I do not. Which fits?" still asks).
    // A "which" that opens a relative clause asks nothing: "…'a blog', which I cannot accept", "…, which is outside the scope." (a statement).
    const inAQuestion = (start: number) => sentenceOf.length === typed.length && (all[sentenceOf[start] ?? 0] ?? '').trim().endsWith('?');
    const opensAClause = (start: number) => clauseOf[start - 1] !== clauseOf[start];
    const opensARelativeClause = (m: PhraseMatch<Cue>) =>
      m.words === 'which' && !opensItsSentence(m.start) && !OPENS_A_TURN.has(typed[m.start - 1] ?? '') && (RELATIVE_SUBJECTS.has(typed[m.end] ?? '') || (opensAClause(m.start) && !inAQuestion(m.start)));
    const askedBy = found.filter((m) => 'ask' in m.value && !(NEGATIONS.has(typed[m.start - 1] ?? '') && clauseOf[m.start - 1] === clauseOf[m.start]) && !opensARelativeClause(m));
    // "what's iot?" at the end asks what it is, not which fits.
    const unlaughed = text.replace(CLOSING_LAUGH, '');
    const endsAskingASide = (asksWhichSideItIs(unlaughed) && !ASKS_WHAT_A_SIDE_IS.test(unlaughed)) || ENDS_OFFERING_A_SIDE.test(text);
    // "The fridges report to a single logger, which I check every morning." is still a statement: its "which" asks nothing.
    const withoutRelatives = found.some((m) => 'ask' in m.value && opensARelativeClause(m)) ? text.replace(RELATIVE_WHICH, '$1that') : text;
    const statement = !ASKS_ANYTHING.test(withoutRelatives) && !ABOUT_THE_ARTICLE.test(text);
    // "what should I buy, a mesh or a booster?" asks which of two other things; "…, iot or m2m or both?" and "which fits
    // better, the old way or the new way?" do not.
    const choosesOtherThings = CHOICE_AT_THE_END.test(message) && !ASKS_WHAT_FITS.test(message) && sidesNamed(sentences(message).at(-1) ?? '').size === 0;
    // "which carriage has the best signal?" asks which of something else: a bare "which" asks which side fits only before words like these.
    const onlyAWhichOfSomethingElse = askedBy.length > 0 && !endsAskingASide && askedBy.every((m) => m.words === 'which' && !WHICH_SIDE_NEXT.has(typed[m.end] ?? '') && !(opensItsSentence(m.start) && asksTheArticle(typed, m.end)));
    const asked = askedBy.length > 0 || endsAskingASide || ASKS_ABOUT_A_MIX.test(text);
    // Per chooser question, the words read as "yes" and as "no".
    const byQuestion = new Map<number, { yes: string[]; no: string[] }>();
    // Where each answer was read, per chooser question: to tell whether a word between them sets two parts apart.
    const readAt = new Map<number, { yes: number[]; no: number[] }>();
    const record = (index: number, answer: 'yes' | 'no', evidence: string, start: number) => {
      const seen = byQuestion.get(index) ?? { yes: [], no: [] };
      // Quoted once: "wireless tends to go down" is already in "broadband and wireless tend to go down".
      if (!seen[answer].some((told) => told.includes(evidence))) seen[answer] = [...seen[answer].filter((told) => !evidence.includes(told)), evidence];
      byQuestion.set(index, seen);
      const at = readAt.get(index) ?? { yes: [], no: [] };
      at[answer].push(start);
      readAt.set(index, at);
    };
    // A few of something counted beside dozens or more of kit, or beside growth, is no small fixed set ("60 lights, 12 speakers and 8 projectors").
    const countsMore = typed.some((w, i) => w === QUANTITY_TOKENS.grows || ((w === QUANTITY_TOKENS.some || w === QUANTITY_TOKENS.many) && SPEAKS_OF_KIT.test(typed.slice(i + 1, i + 3).join(' '))));
    // A sentence that tells a small set of machines, by a "yes" to a question that tells one, with no list in it
    // (sentences are told apart only where the split kept one word for one, as elsewhere here).
    const smallSetIn = (at: number) =>
      sentenceOf.length === typed.length &&
      found.some((o) => 'questionIndex' in o.value && o.value.answer === 'yes' && this.smallSetQuestions.has(o.value.questionIndex) && sentenceOf[o.start] === sentenceOf[at]) &&
      !A_LIST.test(all[sentenceOf[at] ?? 0] ?? '');
    for (const m of found) {
      if ('ask' in m.value) continue;
      if (countsMore && typed[m.start] === QUANTITY_TOKENS.few && m.value.answer === 'yes') continue;
      if (namesASideByItsNeed(typed, clauseOf, m.start, m.end)) continue;
      // "every one syncing live to one dashboard": the "one" of "every one" is each of many, not one machine.
      if (typed[m.start] === 'one' && EACH_OF_MANY.has(typed[m.start - 1] ?? '') && !/^one (?:to|on) one\b/.test(m.words)) continue;
      // "just two names for the same thing": a bare "just two" of words or ideas counts no machines.
      if (m.end - m.start === 2 && ONLY_WORDS.has(typed[m.start] ?? '') && COUNT_TOKENS.has(typed[m.end - 1] ?? '') && NOT_KIT.has(quoted[m.end] ?? '')) continue;
      // "kept separate from every other device": what another need's cue sets the kit apart from is no partner it talks to.
      const need = m.value.questionIndex;
      if (typed[m.start - 1] === 'from' && found.some((o) => o !== m && 'questionIndex' in o.value && o.value.questionIndex !== need && (o.end === m.start || o.end === m.start - 1))) continue;
      // "each camera talks to the irrigation, lighting and CO2 controllers": a partner named first of a list is one of several.
      if (typed[m.end - 1] === 'the' && sentenceOf.length === typed.length && namesAList(typed, clauseOf, sentenceOf, m.end)) continue;
      const after = negatedAfter(typed, clauseOf, m.end);
      // "must never touch the outside world for security": a reason given beside another cue of the same need is that cue's reason, read with it.
      if (A_REASON.test(m.words) && found.some((o) => o !== m && 'questionIndex' in o.value && o.value.questionIndex === need && clauseOf[o.start] === clauseOf[m.start])) continue;
      // "we'd be ok if the connection is lost": a failure the clause says can happen is no need; "it is not ok if…" insists on it.
      const tolerance = A_FAILURE.test(m.words) ? toleranceBefore(typed, clauseOf, m.start) : undefined;
      if (tolerance === 'tolerated') continue;
      const negationBeforeCue = after === undefined && tolerance !== 'insisted' ? negationBefore(typed, clauseOf, m.start) : undefined;
      // "no wireless coverage underground": the "no" is a word of another cue that states the same need, not a denial of this one.
      const statesTheNeed = (at: number) => found.some((o) => o !== m && 'questionIndex' in o.value && o.value.questionIndex === need && o.value.answer === 'yes' && o.start <= at && at < o.end);
      const before = negationBeforeCue !== undefined && !statesTheNeed(negationBeforeCue) ? negationBeforeCue : undefined;
      const negated = after !== undefined || before !== undefined;
      const answer = negated ? (m.value.answer === 'yes' ? 'no' : 'yes') : m.value.answer;
      if (inAnOffer(m.start) && this.sideOf(m.value.questionIndex, answer) === 'iot') continue;
      // "the two kilns are wired to each other and fire at the same time": in a sentence that tells a small set of
      // machines, timing alone is when they act, not many devices at once, unless the message speaks of many things.
      if (answer === 'yes' && this.sideOf(need, answer) === 'iot' && words(m.words).every((w) => TIMING_ALONE.has(w)) && smallSetIn(m.start) && !countsMore && !SPEAKS_OF_MANY.test(text)) continue;
      // "the broadband and wifi in the lay-by cabinet drops out every time it rains": a connection said to fail is a
      // need to work without it, not fast internet.
      const failing = answer === 'yes' && this.sideOf(need, answer) === 'iot' && A_CONNECTION.test(m.words) && failsLaterInItsClause(typed, clauseOf, m.end);
      if (failing && this.failingConnectionQuestion !== undefined) {
        record(this.failingConnectionQuestion, 'yes', quoted.slice(m.start, failing).join(' '), m.start);
        continue;
      }
      // Growth told in numbers is quoted from today's count to the plan's, not as the later number alone.
      const evidence = m.words === QUANTITY_TOKENS.grows ? (growthTold(message)?.told ?? m.words) : quoted.slice(before === undefined ? m.start : withItsVerb(typed, before), after ?? m.end).join(' ');
      record(m.value.questionIndex, answer, evidence, m.start);
    }
    const settled: [number, { answer: 'yes' | 'no'; evidence: string[] }][] = [];
    for (const [index, r] of byQuestion) if (r.yes.length === 0 || r.no.length === 0) settled.push([index, r.yes.length > 0 ? { answer: 'yes', evidence: r.yes } : { answer: 'no', evidence: r.no }]);
    // A criterion stated both ways ("the mixers never grow… an app that scales with us") in a message that weighs a
    // mix, or sets two parts apart, describes two parts of one system: it speaks for the side the rest of the message does not, when the rest
    // speaks for one side only.
    const sides = new Set(settled.map(([index, r]) => this.sideOf(index, r.answer)).filter((side) => side !== undefined));
    const apart = typed.flatMap((word, i) => (SETS_TWO_PARTS_APART.has(word) ? [i] : []));
    const setApart = (at: { yes: number[]; no: number[] } | undefined) =>
      at !== undefined && at.yes.some((y) => at.no.some((n) => apart.some((i) => i > Math.min(y, n) && i < Math.max(y, n))));
    // A need in two sentences is in two parts only when the later one names its part ("…never growing. Ops dashboard: 300 users now").
    const namesItsPart = (sentence: string | undefined) => sentence !== undefined && !sentence.trim().endsWith('?') && NAMES_ITS_PART.test(sentence.trim());
    const inTwoSentences = (at: { yes: number[]; no: number[] } | undefined) =>
      at !== undefined && sentenceOf.length === typed.length && at.yes.some((y) => at.no.some((n) => sentenceOf[y] !== sentenceOf[n] && namesItsPart(all[Math.max(sentenceOf[y] ?? 0, sentenceOf[n] ?? 0)])));
    // A need stated both ways is in two parts when the message weighs a mix, or sets the two apart in words or sentences.
    const inTwoParts = (index: number) => ASKS_ABOUT_A_MIX.test(text) || setApart(readAt.get(index)) || inTwoSentences(readAt.get(index));
    for (const [index, r] of byQuestion) {
      if (r.yes.length === 0 || r.no.length === 0 || sides.size !== 1 || !inTwoParts(index)) continue;
      const other = (['yes', 'no'] as const).find((answer) => { const side = this.sideOf(index, answer); return side !== undefined && !sides.has(side); });
      if (other) settled.push([index, { answer: other, evidence: r[other] }]);
    }
    // The only need stated, stated both ways in parts set apart ("Gate controllers: six, no growth ever. Visitor app: must
    // scale to a million users."), is one part's need each way: both are read.
    for (const [index, r] of byQuestion) {
      const eachWayACriterion = (['yes', 'no'] as const).every((answer) => this.model.questions[index]?.criteria.some((id) => this.answerOfCriterion(index, id) === answer));
      if (settled.length > 0 || r.yes.length === 0 || r.no.length === 0 || !eachWayACriterion || !inTwoParts(index)) continue;
      settled.push([index, { answer: 'no', evidence: r.no }], [index, { answer: 'yes', evidence: r.yes }]);
    }
    // "Scale feeds the diverter. Direct link, 1:1. M2M or IoT?": a cue in a sentence that does not ask, before the one that does, describes a setting.
    // So does a cue before a colon or dash that closes the sentence with a bare question ("Barrier to camera, cabled, no Wi-Fi: which?").
    // Not when the words before it ask a question of their own ("Which one works with no Wi-Fi – IoT or M2M?").
    const closing = CLOSING_BARE_QUESTION.exec(text);
    const told = closing ? text.slice(0, closing.index) : '';
    const beforeTheClosing = closing && !ASKS_ANYTHING.test(sentences(told).at(-1) ?? told) && !ABOUT_THE_ARTICLE.test(told) ? words(told).length : -1;
    const stated =
      sentenceOf.length === typed.length &&
      found.some((m) => {
        const at = sentenceOf[m.start] ?? -1;
        return !('ask' in m.value) && ((at < all.length - 1 && !(all[at] ?? '?').endsWith('?')) || m.end <= beforeTheClosing);
      });
    // A statement with no question asks which fits only when it speaks of kit or of things that communicate ("the trains
    // are timing critical" and "everyone at the concert was filming at once" do not). With one need, a closing choice of
    // two other things ("…wifi keeps dropping, what should I buy, a mesh or a booster?") asks which of those.
    const oneNeed = settled.length < CRITERIA_ALONE;
    const statesAProject = statement && (SPEAKS_OF_KIT.test(text) || SAYS_THINGS_COMMUNICATE.test(text));
    // A closing question that asks to choose, after sentences that state the needs, asks which fits in any words.
    // After two needs told, a short closing question that asks for a view asks which fits, in any such words ("What does
    // the article counsel?"); one that asks a fact of its own ("Who wrote the article?") does not.
    const last = (all.at(-1) ?? '').trim();
    const before = sentences(message).at(-2) ?? '';
    const rightAfterANeed = ASKS_RIGHT_AFTER_A_NEED.test(last) && this.closesAsking(last) && this.hasCues(before) && !NAMES_A_TERM.test(before);
    const closingAsks = stated && settled.length > 0 && (this.closingAsksToChoose(last) || rightAfterANeed || (settled.length >= CRITERIA_ALONE && this.closingAsksForAView(last) && !all.slice(0, -1).some((s) => s.trim().endsWith('?') || SAYS_WHAT_IT_ASKS.test(s))));
    const asks = oneNeed ? !choosesOtherThings && (asked || statesAProject || closingAsks) : asked || statesAProject || closingAsks;
    // "Which technology is correct choice?" closing a description asks which side, though no side word follows "which".
    // "Door locks offline-capable, but need open standards?": needs listed tersely about kit named beside them, with no
    // question word, no side named and no weighing or studying of the needs themselves ("Offline vs cloud sync?",
    // "my notes: offline, isolation"), are a project put to the bot. It is read as one however short, and as asking which fits.
    const besideTheCues = found.reduce((rest, m) => rest.replace(m.words, ' '), typed.join(' '));
    const terse = settled.length >= CRITERIA_ALONE && sidesNamed(text).size === 0 && !ASKING_WORD.test(text) && !WEIGHS_THE_NEEDS.test(text) && SPEAKS_OF_KIT.test(besideTheCues);
    return { text, asks: asks || terse, settled, stated, terse, onlyAWhichOfSomethingElse: onlyAWhichOfSomethingElse && !(closingAsks && WHICH_OF_A_CHOICE.test(all.at(-1) ?? '')) };
  }

  /**
   * Whether the last sentence of a described setting, as prepared for cues, asks to choose between the sides
   * (CLOSING_ASKS_TO_CHOOSE, CLOSING_NAMES_WHAT_IT_IS) and states no need of its own.
   */
  private closingAsksToChoose(question: string): boolean {
    if (!this.closesAsking(question)) return false;
    return CLOSING_ASKS_TO_CHOOSE.test(question) || (sidesNamed(question).size === 1 && CLOSING_NAMES_WHAT_IT_IS.test(question) && !/^(?:what|how|why|where|when|who)\b/i.test(question));
  }

  /**
   * Whether the last sentence of a described setting is a short question that asks for a view in words of its own
   * ("what does the bot reckon", "What does the article counsel?") and states no need.
   */
  private closingAsksForAView(question: string): boolean {
    const own = ownWords(question);
    return this.closesAsking(question) && words(question).length <= CLOSING_QUESTION_MAX_WORDS && own.length > 0 && own.every((w) => ASKS_FOR_A_VIEW.has(w === A_PAIR ? 'two' : w)) && !ASKS_IF_IT_IS_COVERED.test(question);
  }

  /** Whether a closing sentence is a question (a "?", or a question word opening it) that states no need of its own. */
  private closesAsking(question: string): boolean {
    return (question.endsWith('?') || OPENS_A_QUESTION.test(question)) && !this.finder.findAll(question).some((m) => !('ask' in m.value));
  }

  /** "which one is easier to grow, iot or m2m?" compares the two, unless other sentences describe the asker's own project. */
  private comparesTheTwo(message: string): boolean {
    if (!ASKS_WHICH_IS_EASIER.test(message)) return false;
    const described = sentences(message).filter((sentence) => !ASKS_WHICH_IS_EASIER.test(sentence)).join(' ');
    return !(OWN_PROJECT.test(message) && described !== '' && this.hasCues(described));
  }

  /**
   * The project read from the knowledge-base criteria entries its clauses match ("our monitors must sync
   * through the cloud in real time" → iot-fit-realtime-sync), for a message the cues do not cover. Null when
   * none of the entries is a criterion, or the criteria found point nowhere.
   */
  fromCriterionEntries(found: readonly { entryId: string; evidence: string }[], confidence: number): ScenarioReading | null {
    const readings: { questionIndex: number; answer: 'yes' | 'no'; evidence: string }[] = [];
    for (const { entryId, evidence } of found) {
      const questionIndex = this.model.questions.findIndex((q) => q.criteria.includes(entryId));
      const question = this.model.questions[questionIndex];
      if (!question || readings.some((r) => r.questionIndex === questionIndex)) continue;
      const answer = this.answerOfCriterion(questionIndex, entryId);
      if (answer) readings.push({ questionIndex, answer, evidence });
    }
    return readings.length === 0 ? null : this.reading(readings, confidence);
  }

  /**
   * `reading` scored again with only the criteria `keep` holds, and criteria read elsewhere (`added`) for chooser
   * questions it leaves open: null when what is left points nowhere.
   */
  rescored(reading: ScenarioReading, keep: (criterion: CriterionReading) => boolean, added: readonly { entryId: string; evidence: string }[] = []): ScenarioReading | null {
    const indexOf = (questionId: string) => this.model.questions.findIndex((q) => q.id === questionId);
    const kept = reading.criteria.filter(keep).map((c) => ({ questionIndex: indexOf(c.questionId), answer: c.answer, evidence: c.evidence }));
    for (const { entryId, evidence } of added) {
      const questionIndex = this.model.questions.findIndex((q) => q.criteria.includes(entryId));
      const answer = this.answerOfCriterion(questionIndex, entryId);
      if (answer && !kept.some((r) => r.questionIndex === questionIndex)) kept.push({ questionIndex, answer, evidence });
    }
    return this.reading(kept, reading.confidence);
  }

  /** The message as cues are looked for in it: slips put right, numbers as quantities. Remembers the last one, as a message is read several times. */
  private prepared(message: string): string {
    if (this.lastPrepared?.text !== message) this.lastPrepared = { text: message, prepared: quantitiesAsTokens(this.mend(message.replace(CLOSING_PICTOGRAPHS, ''), this.cueWords)).replace(BOTH_SIDES_AT_ONCE, '$1') };
    return this.lastPrepared.prepared;
  }

  /** The answer to a chooser question whose weight goes to a criterion's side: m2m-fit-no-scaling is a "no" to growing to many users. */
  private answerOfCriterion(questionIndex: number, entryId: string): 'yes' | 'no' | undefined {
    const side = sideOfEntry(entryId);
    return side === undefined ? undefined : (['yes', 'no'] as const).find((a) => this.sideOf(questionIndex, a) === side);
  }

  /** The side an answer to a chooser question weighs for, if it weighs for one. */
  private sideOf(questionIndex: number, answer: 'yes' | 'no'): 'iot' | 'm2m' | undefined {
    const weights = this.model.questions[questionIndex]?.answers[answer];
    return !weights || weights.iot === weights.m2m ? undefined : weights.iot > weights.m2m ? 'iot' : 'm2m';
  }

  /** Whether `entryId` is the article criterion behind one of the chooser's questions. */
  isCriterion(entryId: string): boolean {
    return this.model.questions.some((q) => q.criteria.includes(entryId));
  }

  private reading(found: readonly { questionIndex: number; answer: 'yes' | 'no'; evidence: string }[], confidence: number): ScenarioReading | null {
    const criteria: CriterionReading[] = [...found]
      .sort((a, b) => a.questionIndex - b.questionIndex)
      .map((r) => {
        const question = this.model.questions[r.questionIndex];
        const side = this.sideOf(r.questionIndex, r.answer);
        const entryId = question?.criteria.find((id) => sideOfEntry(id) === (side ?? 'm2m')) ?? question?.criteria[0] ?? '';
        return { questionId: question?.id ?? '', ask: question?.ask ?? '', answer: r.answer, entryId, evidence: r.evidence, side };
      });
    // A question a project's parts answer both ways stays open in the chooser; each part's answer is scored.
    const both = answeredBothWays(criteria);
    const answers: ChooserAnswer[] = this.model.questions.map((q) => (both.has(q.id) ? 'not_sure' : (criteria.find((c) => c.questionId === q.id)?.answer ?? 'not_sure')));
    const alsoAnswered = found.filter((r) => both.has(this.model.questions[r.questionIndex]?.id ?? ''));
    const recommendation = recommend(this.model, answers, { strongOnBothSidesIsMix: true, alsoAnswered });
    return recommendation.verdict === 'unsure' ? null : { criteria, recommendation, answers, confidence };
  }
}

/** The chooser's questions, by id, a reading answers both ways: two parts of one project, one answer each. */
export function answeredBothWays(criteria: readonly Pick<CriterionReading, 'questionId' | 'answer'>[]): ReadonlySet<string> {
  return new Set(criteria.filter((c) => criteria.some((o) => o.questionId === c.questionId && o.answer !== c.answer)).map((c) => c.questionId));
}

/** Words that say what follows is tolerated ("it's fine if…", "we'd be ok if…", "it's ok to…"), before "if", "when" or "to". */
const TOLERATED = /\b(?:ok|okay|fine|alright|acceptable|no problem|not a problem|no big deal|do not mind|dont mind|does not matter|doesnt matter) (?:if|when|to)\b/;
/** Before a tolerance, these make it an obligation: "must still be ok if…", "has to cope fine when…". */
const OBLIGED = /\b(?:must|should|still|cope|copes|need to|needs to|has to|have to|got to|gotta)\b/;
/** A tolerance denied ("it is not acceptable if…", "we are not ok if…"): the need is insisted on. */
const NOT_TOLERATED = /\b(?:not|never|hardly) (?:really |quite )?(?:ok|okay|fine|alright|acceptable) (?:if|when|to)\b/;
/** A cue that names a connection ("broadband", "fast wifi", "5g"). */
const A_CONNECTION = /\b(?:broadband|wifi|wi fi|internet|connection|connectivity|fibre|fiber|4g|5g|signal|starlink|wireless)\b/;
/** Said of a connection, these say it fails ("drops out every time it rains", "tend to go down"). */
const FAILS = /^(?:(?:drops?|dropping|cuts?|cutting|conks?) out|(?:goes|go|went|going) (?:down|dead|off)|keeps? dropping|(?:dies|died|fails|failed|drops)(?= (?:every|when|whenever|all|a lot|often|regularly|constantly|sometimes|in)\b)|(?:is|are) (?:flaky|patchy|spotty|unreliable|down|dead|off))\b/;
/**
 * Between a connection and a failing, these say something else fails: "fast wifi in the cellar where the temperature
 * drops", "fast 5g covers the mine whose output drops", "fast internet speeds let the dashboard go dead simple".
 */
const ANOTHER_SUBJECT: ReadonlySet<string> = new Set(['where', 'whose', 'which', 'who', 'when', 'whenever', 'while', 'because', 'since', 'so', 'if', 'until', 'as', 'than', 'let', 'lets', 'make', 'makes', 'covers', 'cover', 'reaches', 'reach', 'serves', 'serve', 'runs', 'run', 'means', 'mean', 'gives', 'give', 'has', 'have', 'but', 'and', 'or']);
/** How many words may stand between a connection and its failing: "the broadband and wifi in the lay-by cabinet drops out". */
const FAILING_WITHIN = 9;

/** Before a failing, these say it is a habit: "tend to go down", "often drops out". */
const HABITUALLY: ReadonlySet<string> = new Set(['tend', 'tends', 'tended', 'to', 'often', 'always', 'usually', 'regularly', 'sometimes', 'constantly']);

/** Where a connection's failing, told after `end` in the same clause, ends; undefined when none is told. */
function failsLaterInItsClause(typed: readonly string[], clauseOf: readonly number[], end: number): number | undefined {
  for (let i = end; i < Math.min(typed.length, end + FAILING_WITHIN); i++) {
    // "fast broadband that never drops out" is dependable.
    if (clauseOf[i] !== clauseOf[end - 1] || NEGATIONS.has(typed[i] ?? '')) return undefined;
    let at = i;
    while (HABITUALLY.has(typed[at] ?? '')) at += 1;
    const failing = FAILS.exec(typed.slice(at, at + 4).join(' '));
    if (failing) return at + failing[0].split(' ').length;
    // Only the connection's own failing: not one of a thing named after it. "the broadband and wifi … drops out" is
    // both connections failing, so "and" stops the search only before a word that is no connection.
    const word = typed[i] ?? '';
    if (ANOTHER_SUBJECT.has(word) && !(word === 'and' && A_CONNECTION.test(typed[i + 1] ?? ''))) return undefined;
  }
  return undefined;
}

/** A cue about something failing ("the broadband drops", "lose the signal"): the kind of cue a tolerance dismisses. */
const A_FAILURE = /\b(?:drops?|dropping|dropouts?|dies|dying|die|fails?|failing|down|out|lost|lose|loses|losing|flaky|patchy|spotty|unreliable|outages?)\b/;

/**
 * Whether the words before `start` in its clause, up to a conjunction ("but", "as long as"), tolerate what follows
 * ("it's fine if the wifi drops") or deny tolerating it ("it is not acceptable if the internet goes down").
 */
function toleranceBefore(typed: readonly string[], clauseOf: readonly number[], start: number): 'tolerated' | 'insisted' | undefined {
  let from = start;
  while (from > 0 && clauseOf[from - 1] === clauseOf[start] && !CLAUSE_CONJUNCTIONS.has(typed[from - 1] ?? '') && !(typed[from - 1] === 'as' && typed[from - 2] === 'long')) from -= 1;
  const before = typed.slice(from, start).join(' ');
  // "the tills must still be ok if the wifi goes down" insists, as a denied tolerance does.
  return NOT_TOLERATED.test(before) || (TOLERATED.test(before) && OBLIGED.test(before)) ? 'insisted' : TOLERATED.test(before) ? 'tolerated' : undefined;
}

/** Where a quote of a negation starts: at its verb for a "not" that leans on one ("do not need to scale"). */
function withItsVerb(typed: readonly string[], negation: number): number {
  return negation > 0 && typed[negation] === 'not' && AUXILIARIES.has(typed[negation - 1] ?? '') ? negation - 1 : negation;
}

/** Where a negation stands within NEGATION_REACH words before `start`, in the same clause, if one does. */
function negationBefore(typed: readonly string[], clauseOf: readonly number[], start: number): number | undefined {
  // A cue that starts a clause of its own ("…, zero exposure because of security") is denied only by a negation right before it ("not because of security").
  if (CLAUSE_CONJUNCTIONS.has(typed[start] ?? '')) return NEGATIONS.has(typed[start - 1] ?? '') ? start - 1 : undefined;
  for (let i = start - 1; i >= Math.max(0, start - NEGATION_REACH); i--) {
    const w = typed[i] as string;
    if (CLAUSE_CONJUNCTIONS.has(w) || clauseOf[i] !== clauseOf[start]) return undefined;
    if (NEGATIONS.has(w) && !saysHowEasily(typed, i) && !UNSURE_AFTER.has(typed[i + 1] ?? '') && !STOPPING.has(typed[i + 1] ?? '')) return i;
    // Only what follows it at once, or after an article or a verb in -ing ("rather than a one-to-one chat", "instead of going
    // through the cloud"): "instead of cables we want it synced live" still wants the sync.
    if (SETS_ASIDE.has(`${typed[i - 1] ?? ''} ${w}`) && typed.slice(i + 1, start).every((between, k) => k < 2 && (ARTICLES.has(between) || between.endsWith('ing')))) return i - 1;
  }
  return undefined;
}

/** What follows these is set aside, not wanted: "…with one another, rather than reporting to one controller alone". */
const SETS_ASIDE: ReadonlySet<string> = new Set(['rather than', 'instead of']);
/** Words that may stand between "rather than" and what it sets aside ("rather than a one-to-one chat"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** The verbs a "not" leans on ("do not", "will not"), quoted with it. */
const AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);
/**
 * After "not" or "never", these deny stopping, not the cue: "must not stop when the wifi drops" needs to run without
 * Wi-Fi, "never drop out for our 5000 riders" still has 5000 riders, and "not fall over when loads of people use it" has them.
 */
const STOPPING: ReadonlySet<string> = new Set(['stop', 'stops', 'fail', 'fails', 'halt', 'quit', 'pause', 'freeze', 'crash', 'miss', 'drop', 'drops', 'glitch', 'glitches', 'falter', 'falters', 'lag', 'lags', 'fall', 'falls', 'buckle', 'buckles', 'choke', 'chokes', 'struggle', 'struggles', 'collapse', 'collapses', 'crumble', 'crumbles', 'wobble', 'wobbles']);
/** After "no" or "not", these say the writer is unsure, denying nothing: "no idea how fast we'll keep adding sites". */
const UNSURE_AFTER: ReadonlySet<string> = new Set(['idea', 'clue', 'sure', 'doubt']);
/** After "without", these say how easily something happens, not that it does not: "grow without any fuss". */
const EASE: ReadonlySet<string> = new Set(['fuss', 'hassle', 'trouble', 'drama', 'effort', 'sweat', 'pain', 'headache', 'headaches', 'bother', 'problem', 'problems', 'issue', 'issues', 'friction', 'rewiring', 'redesign']);
/** Words that may stand between "without" and what it is without: "without any fuss", "without much effort". */
const BEFORE_EASE: ReadonlySet<string> = new Set(['any', 'much', 'a']);

/** Whether the word at `at` is a "without" that says how easily something happens ("without any fuss"). */
function saysHowEasily(typed: readonly string[], at: number): boolean {
  if (typed[at] !== 'without') return false;
  const next = typed[at + 1] ?? '';
  return EASE.has(BEFORE_EASE.has(next) ? (typed[at + 2] ?? '') : next);
}

/** A need answered by one of these alone after it, as under a heading: "Growth: none". */
const NONE: ReadonlySet<string> = new Set(['none', 'nil']);
/** The verb between a cue and the "not" that denies it: "growth isn't a thing", "scaling will not matter". */
const DENIED_BY = new Set(['is', 'are', 'was', 'will', 'would', 'does', 'do']);
/** After "is not a", these deny the cue: "scaling is not a requirement", "growth is not a thing". */
const NEEDS: ReadonlySet<string> = new Set(['thing', 'requirement', 'need', 'priority', 'concern', 'factor', 'goal', 'must', 'consideration', 'issue']);
/** Right after a cue and "not", these deny it: "growth not needed". */
const NOT_NEEDED: ReadonlySet<string> = new Set(['needed', 'required', 'necessary', 'important', 'relevant', 'wanted']);
/** After "is not", these keep the cue: "being isolated is not negotiable", "offline is not just a risk". */
const NOT_DENYING = new Set(['negotiable', 'optional', 'just', 'only', 'a', 'an', 'enough', 'up']);

/**
 * Where a denial right after the cue ends ("growth is not a thing", "scaling will never matter"), in the same
 * clause; undefined when there is none. A bare "not" is a contrast ("real time not daily reports"), not a denial.
 */
function negatedAfter(typed: readonly string[], clauseOf: readonly number[], end: number): number | undefined {
  // A need given as a heading and answered "none" ("Growth: none").
  if (NONE.has(typed[end] ?? '') && clauseOf[end] !== clauseOf[end - 1] && clauseOf[end + 1] !== clauseOf[end]) return end + 1;
  // Written tersely, with no verb: "elastic scaling not a requirement", "growth not needed".
  if (typed[end] === 'not' && clauseOf[end] === clauseOf[end - 1]) {
    const word = typed[end + 1] ?? '';
    if (NOT_NEEDED.has(word)) return end + 2;
    // Not "a thing": "we need to scale not a thing that stays at five" contrasts.
    if (word === 'a' && NEEDS.has(typed[end + 2] ?? '') && typed[end + 2] !== 'thing') return end + 3;
  }
  if (!DENIED_BY.has(typed[end] ?? '')) return undefined;
  const word = typed[end + 1];
  // "scaling is irrelevant", "growth is off the table": dismissed as a need.
  if (DISMISSED.has(word ?? '') && clauseOf[end + 1] === clauseOf[end - 1]) return end + 2;
  if (word === 'off' && typed[end + 2] === 'the' && typed[end + 3] === 'table' && clauseOf[end + 3] === clauseOf[end - 1]) return end + 4;
  const next = typed[end + 2] ?? '';
  // "is not a problem" keeps the cue; "is not a thing" or "is not a requirement" denies it.
  const keepsCue = NOT_DENYING.has(next) && !(next === 'a' && NEEDS.has(typed[end + 3] ?? ''));
  return (word === 'not' || word === 'never') && !keepsCue && clauseOf[end + 1] === clauseOf[end - 1] ? end + 2 : undefined;
}

/** A list of three or more in a sentence: "the shop screen, the office and the app", "the app and the dashboard and the alerts" (not "…at once, and the wifi drops"). */
const A_LIST = /,\s+[\w'’-]+(?:\s+[\w'’-]+){0,3},?\s+(?:and|or|\+|&)\s+[\w'’-]|\band\s+the\s+(?:[\w'’-]+\s+){1,3}and\s+the\s/i;
/** The words of a cue that only says when ("at the same time", "all at once", "simultaneously"), not how many. */
const TIMING_ALONE: ReadonlySet<string> = new Set(['at', 'the', 'same', 'time', 'instant', 'moment', 'once', 'all', 'simultaneously', 'simultaneous', 'together', 'in', 'exact', 'very', 'one', 'and']);
/** A message that speaks of many things: "every phone", "all the screens", "dozens", "everything" (not "every time", "each other"). */
const SPEAKS_OF_MANY = /\b(?:every(?!\s+(?:single\s+)?time)|each(?!\s+other)|everyone|everybody|everything|all\s+(?:the|our|of|their|its)|lots|loads|many|several|multiple|dozens|hundreds|thousands|millions|whole|entire|qtysome|qtymany|qtygrows)\b/i;
/**
 * How many of something a message speaks of, as a word a cue can name:
 * "#few" (2 to 12: "only 4 fans", "six robots"), "#some" (13 to 99) and
 * "#many" (100 or more: "3,000 guests", "20k users", "thousands"); "#grows", a later count larger than today's.
 */
const QUANTITY_TOKENS = { few: 'qtyfew', some: 'qtysome', many: 'qtymany', grows: 'qtygrows' } as const;
/** Two is a pair as well as a few: "two machines" in a point-to-point cue is a pair, not "seven machines". "#few" is either. */
const A_PAIR = 'qtytwo';
/** The most words of one item in a list of partners ("the coach's tablet", "the early warning system"). */
const LIST_ITEM_WORDS = 4;
/** After "and", these open a clause of its own ("…, and we may open more shops"), not the list's last item. */
const OPENS_A_CLAUSE: ReadonlySet<string> = new Set(['we', 'i', 'you', 'they', 'there', 'theres', 'it', 'its', 'he', 'she', 'that', 'this', 'so', 'then']);

/**
 * Whether the words from `at` name a list: short items set apart by commas, the last after "and" or "or" ("the app, to
 * the leaderboard and to the coach's tablet"; "the irrigation, lighting and CO2 controllers"). Not a clause that
 * follows a comma ("the reader, and there are hundreds of them").
 */
function namesAList(typed: readonly string[], clauseOf: readonly number[], sentenceOf: readonly number[], at: number): boolean {
  // The words from `at` to the end of their sentence, in clauses as the commas cut them.
  const items: string[][] = [];
  for (let i = at; i < typed.length && sentenceOf[i] === sentenceOf[at]; i++) {
    if (i === at || clauseOf[i] !== clauseOf[i - 1]) items.push([]);
    items.at(-1)?.push(typed[i] ?? '');
  }
  const [first, ...rest] = items;
  if (!first || first.length > LIST_ITEM_WORDS) return false;
  for (const item of rest) {
    const joined = item.findIndex((w) => w === 'and' || w === 'or');
    if (joined < 0) {
      if (item.length > LIST_ITEM_WORDS) return false;
      continue;
    }
    // The last item may be closed by one word more ("…and CO2 controllers simultaneously").
    const last = item.slice(joined + 1);
    return joined <= LIST_ITEM_WORDS && last.length > 0 && last.length <= LIST_ITEM_WORDS + 1 && !OPENS_A_CLAUSE.has(last[0] ?? '');
  }
  return false;
}

/** Before "one", these make it each of many ("every one", "each one"), not a count of one. */
const EACH_OF_MANY: ReadonlySet<string> = new Set(['every', 'each', 'any']);
/** "just", "only": before a count, a cue of a few machines. */
const ONLY_WORDS: ReadonlySet<string> = new Set(['just', 'only']);
/** What "just two" may count that is no kit: "just two names for the same thing", "only three options". */
const NOT_KIT: ReadonlySet<string> = new Set(['names', 'words', 'ways', 'terms', 'sides', 'options', 'letters', 'acronyms', 'labels', 'approaches', 'technologies', 'concepts', 'ideas', 'types', 'kinds', 'flavours', 'flavors', 'camps', 'schools', 'choices', 'questions', 'reasons', 'people']);
/** The quantity tokens a count is read as ("qtyfew", "qtytwo"…). */
const COUNT_TOKENS: ReadonlySet<string> = new Set([...Object.values(QUANTITY_TOKENS), A_PAIR]);
const UNITS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...UNITS,
  ...TENS,
  ten: 10, eleven: 11, twelve: 12, dozen: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  dozens: 24, hundred: 100, hundreds: 1000, thousand: 1000, thousands: 1000, million: 1e6, millions: 1e6,
};
/**
 * A number in digits (with its scale), or in words: "forty-two" is one number, not forty and a pair. A sum of money
 * ("£800 of meds", "£1,200", "£1.5m") is matched whole, so no part of it counts anything.
 */
const QUANTITY = new RegExp(`([£$€]\\s?\\d[\\d.,]*(?:\\s?(?:k|m|bn|thousand|million|billion)\\b)?)|\\b(?:(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s?(k|m|thousand|million))?|(${Object.keys(TENS).join('|')})[\\s-](${Object.keys(UNITS).join('|')}|one)|(${Object.keys(NUMBER_WORDS).join('|')}))\\b`, 'gi');

function quantityToken(value: number): string {
  return value >= 100 ? QUANTITY_TOKENS.many : value >= 13 ? QUANTITY_TOKENS.some : value > 2 ? QUANTITY_TOKENS.few : value === 2 ? A_PAIR : '1';
}

/** How a quantity word reads to a person, in the words quoted back to them ("qtyfew pumps" → "a few pumps"). */
const QUANTITY_IN_WORDS: Readonly<Record<string, string>> = { [QUANTITY_TOKENS.few]: 'a few', [A_PAIR]: 'two', [QUANTITY_TOKENS.some]: 'dozens of', [QUANTITY_TOKENS.many]: 'many', [QUANTITY_TOKENS.grows]: 'more later' };

function inWords(evidence: string): string {
  return evidence.replace(/\bqty(?:few|two|some|many|grows)\b/g, (token) => QUANTITY_IN_WORDS[token] ?? token);
}

/**
 * After a number, words that make it a time, a distance or a sum ("ten minutes", "2 years", "400 km", "£5 grand"), not
 * a count of things. Not "meters" (smart meters are counted), nor one-letter units ("ten x-ray machines").
 */
const MEASURE_UNITS = ['km', 'mm', 'cm', 'ft', 'feet', 'foot', 'miles?', 'yards?', 'metres?', 'gb', 'mb', 'kb', 'gbps', 'mbps', 'ms', 'secs?', 'seconds?', 'mins?', 'minutes?', 'hours?', 'hrs?', 'days?', 'nights?', 'weeks?', 'months?', 'years?', 'yrs?', 'decades?', 'degrees', 'per\\s?cent', 'percent', 'pounds?', 'quid', 'euros?', 'dollars?', 'grand'];
/** After digits only, more that a count of things is not: "400m", "3 floors", "2 bar", "5 kg", "9 am", "2x", "1st". */
const NOT_COUNTED_AFTER_DIGITS = ['m', 's', 'floors?', 'kw', 'kwh', 'mw', 'v', 'volts?', 'amps?', 'bar', 'psi', 'tonnes?', 'tons?', 'kg', 'g', 'l', 'litres?', 'liters?', 'am', 'pm', 'x', 'st', 'nd', 'rd', 'th', 'p'];
/** A count in digits ("300", "4,000", "20k"), not a year, a time, an amount of money, a share or a measure. */
const A_COUNT = new RegExp(`(?<![\\d.,:£$€])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s?(k|thousand|million))?\\b(?![.,:]\\d)(?!\\s?%)(?!\\s?(?:${[...MEASURE_UNITS, ...NOT_COUNTED_AFTER_DIGITS].join('|')})\\b)`, 'gi');
/** Right after a number, a unit that makes it a measure: "in the same ten minutes" counts no machines. */
const A_MEASURE_NEXT = new RegExp(`^[\\s-]?(?:${MEASURE_UNITS.join('|')})\\b`, 'i');
/** Said of a count, these make it today's: "300 screens now", "Today: 40 sensors", "a pilot of 40 homes". */
const COUNT_NOW = /\b(?:now|today|currently|at\s+present|presently|for\s+now|to\s+start(?:\s+with)?|to\s+begin\s+with|initially|at\s+first|pilot|at\s+launch|this\s+year|so\s+far)\b/i;
/** Said right by a later count, these make it a plan: "500 next yr", "the 2030 plan: 4,000", "900 by next winter". */
const COUNT_LATER = /\b(?:next\s+(?:year|yr|month|quarter|season|spring|summer|autumn|fall|winter|phase|decade)|plan|plans|planned|target|later|eventually|after\s+that|by\s+(?:next|the\s+end|spring|summer|autumn|fall|winter|christmas|q[1-4]|(?:19|20)\d\d)|(?:19|20)\d\d)\b/i;
/** A later count tells growth when it is this much larger than today's, and itself at least dozens. */
const GROWTH_FACTOR = 1.5;
const GROWN_TO_AT_LEAST = 13;
/** How far before a count "now" may be said of it, and how far from the later count its "next year". */
const COUNT_NOW_BEFORE = 30;
const COUNT_LATER_WITHIN = 25;

/**
 * "300 screens now. 500 next yr.", "Today: 40 sensors. The 2030 plan: roughly 4,000.": a count told for now and a larger
 * one for later tell growth in numbers alone. The later count becomes the word "#grows" names (one word for one, so
 * the words quoted back stay the typed ones).
 */
function growthAsToken(text: string): string {
  const grown = growthTold(text);
  return grown ? `${text.slice(0, grown.later.start)}${QUANTITY_TOKENS.grows}${text.slice(grown.later.end)}` : text;
}

/** Where a message tells growth in numbers: the later count, and the words from today's count to the plan's ("300 screens now. 500 next"). */
function growthTold(text: string): { later: { start: number; end: number }; told: string } | undefined {
  const counts = [...text.matchAll(A_COUNT)].flatMap((m) => {
    const value = Number((m[1] ?? '').replace(/,/g, '')) * (!m[2] ? 1 : /^(k|thousand)$/i.test(m[2]) ? 1000 : 1e6);
    const year = !m[2] && !(m[1] ?? '').includes(',') && value >= 1900 && value < 2100;
    return year ? [] : [{ value, start: m.index, end: m.index + m[0].length }];
  });
  for (const [j, later] of counts.entries()) {
    for (const now of counts.slice(0, j)) {
      if (later.value < now.value * GROWTH_FACTOR || later.value < GROWN_TO_AT_LEAST) continue;
      if (!COUNT_NOW.test(text.slice(Math.max(0, now.start - COUNT_NOW_BEFORE), later.start))) continue;
      // The plan is said right by the later count ("500 next yr", "the 2030 plan: 4,000"), not anywhere between the two.
      const from = Math.max(now.end, later.start - COUNT_LATER_WITHIN);
      const plan = COUNT_LATER.exec(text.slice(from, later.end + COUNT_LATER_WITHIN));
      if (plan) return { later, told: text.slice(now.start, Math.max(later.end, from + plan.index + plan[0].length)) };
    }
  }
  return undefined;
}

/** The message with each number replaced by its quantity word. */
function quantitiesAsTokens(text: string): string {
  return growthAsToken(text).replace(QUANTITY, (found: string, money: string | undefined, digits: string | undefined, scale: string | undefined, tens: string | undefined, unit: string | undefined, word: string | undefined, at: number, whole: string) => {
    if (money || A_MEASURE_NEXT.test(whole.slice(at + found.length))) return found;
    if (tens) return quantityToken((TENS[tens.toLowerCase()] ?? 0) + (UNITS[unit?.toLowerCase() ?? ''] ?? 1));
    if (word) return quantityToken(NUMBER_WORDS[word.toLowerCase()] ?? 0);
    const factor = !scale ? 1 : /^(k|thousand)$/i.test(scale) ? 1000 : 1e6;
    return quantityToken(Number((digits ?? '0').replace(/,/g, '')) * factor);
  });
}

/** A cue as written in chooser.yml ("#many users", "only 2") in the words a message gets: placeholders and numbers as quantities. */
function cueWithQuantities(cue: string): string {
  return quantitiesAsTokens(cue).replace(/#(few|some|many|grows)\b/g, (_, size: keyof typeof QUANTITY_TOKENS) => (size === 'few' ? `(${QUANTITY_TOKENS.few}|${A_PAIR})` : QUANTITY_TOKENS[size]));
}

