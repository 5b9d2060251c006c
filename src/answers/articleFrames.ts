/**
 * How a message points at the article rather than asking something of it:
 * "what does the article say about…", "according to the text", "which
 * section covers…", "iot vs m2m" as a frame around what is compared.
 */
import { ARTICLE_TITLE_SIDES } from '../chooser/scenario.js';

/** The question words a question may open with. */
export const QUESTION_WORDS = "what|what's|whats|which|who|whom|whose|when|where|why|how";
/** The verbs a question may open with, before its subject ("is it…", "does the article…"). */
export const ASKING_VERBS = 'does|do|did|is|are|was|were|can|could|should|will|would';
/** How a question starts: a question word or an inverted verb. */
export const QUESTION_START = `(?:${QUESTION_WORDS}|${ASKING_VERBS}|whether)\\b`;
/** A clause that starts like a question after a word of politeness or a link, if any: "please what is…", "so which…". */
export const STARTS_ASKING_POLITELY = new RegExp(`^(?:please\\s+|pls\\s+|so\\s+|and\\s+|but\\s+)?${QUESTION_START}`, 'i');
/** A question word anywhere in a clause ("whats" typed without its apostrophe too): the clause with one is the clause that asks. */
export const QUESTION_WORD_IN = /\b(?:what|whats|which|who|whom|whose|when|where|why|how)\b/i;
/** Words that name the article alone: "article", "write-up", "blog post". */
const ARTICLE_ITSELF = String.raw`(?:article|piece|write-?up|blog(?:\s+post)?|explainer)`;
/** The article as a kind of text, with the words that name it only beside its subject ("the IoT post", "that m2m text"). */
const ARTICLE_KIND = String.raw`(?:${ARTICLE_ITSELF}|post|text)`;
/** "the article", "this write-up", "the blog": the article named as such; not "the text" or "the post", which are often a phone's or the mail's. */
export const THE_ARTICLE = new RegExp(String.raw`\b(?:the|this|that|your)\s+${ARTICLE_ITSELF}\b`, 'i');
/** "the IoT vs M2M article", "that m2m/iot piece": the article named by both its subjects, with the word before it. */
export const THE_ARTICLE_BY_BOTH_SIDES = new RegExp(String.raw`\b(the|that|this|your)\s+(?:iot|m2m)\s*(?:vs\.?|versus|\/|and|or|&)\s*(?:iot|m2m)\s+${ARTICLE_KIND}\b`, 'gi');
/** "the IoT article", "your M2M vs IoT write-up": the article named by one subject or both. */
export const THE_ARTICLE_BY_ITS_SIDES = new RegExp(String.raw`\b(?:the|that|this|your)\s+${ARTICLE_TITLE_SIDES}\s+${ARTICLE_KIND}\b`, 'gi');
/** The article or its writer, maybe named by its subject ("that IoT article"). */
const THE_TEXT = `(?:the|this|that)\\s+(?:${ARTICLE_TITLE_SIDES}\\s+)?(?:article|text|piece|post|reading|author|writer)`;
/**
 * "what does the article say about X" or "does the article touch on X" asks about X, and "what does the
 * article say?", "is that what the article says?" or "does the article back me up?" closing a story only
 * asks for the article's word: where the answer comes from.
 */
export const ARTICLE_SAYS = new RegExp(
  `\\b(?:${[
    // "what does the article say about X", "what exactly does the article say…", "where does the article say X", "what's the article say?"
    `(?:(?:what|how|where)(?:\\s+(?:exactly|actually|really))?\\s+(?:does|do|did)|what['’]?s)\\s+${THE_TEXT}\\s+(?:(?:actually|really|exactly)\\s+)?(?:say|tell us|mention|list|claim|think|reckon|call)`,
    // "remind me what the article says about X"
    `(?:what|how)\\s+${THE_TEXT}\\s+(?:(?:actually|really|exactly)\\s+)?(?:says|said|say|thinks|reckons|claims)`,
    // "does it mention bluetooth anywhere?"
    '(?:does|did)\\s+it\\s+(?:mention|say anything|talk about|discuss)',
    // "does the article touch on X", "which transports does the article cite?"
    `(?:does|did)\\s+${THE_TEXT}\\s+(?:touch on|cover|mention|talk about|discuss|get into|go into|deal with|address|bring up|say anything|cite|list|name)`,
    // "does the article say which one is better?"
    `(?:does|did)\\s+${THE_TEXT}\\s+(?:actually\\s+|really\\s+)?(?:say|tell\\s+(?:you|us|me))(?=\\s+(?:which|whether|if|what|how|why|who|when|where)\\b)`,
    // closing a story: "is that what the article says?", "is that from the article?", "does the article back me up?"
    '(?:is\\s+(?:that|this|it)\\s+(?:actually\\s+|really\\s+)?(?:what|how)\\s+the\\s+(?:article|text|author)\\s+(?:says|puts it|describes\\s+\\w+))',
    'is\\s+(?:that|this)\\s+(?:actually\\s+|really\\s+)?(?:from|in)\\s+the\\s+(?:article|text|piece)',
    '(?:does|did)\\s+the\\s+(?:article|text|piece|author)\\s+(?:actually\\s+|really\\s+)?say\\s+(?:that|so)(?=\\W*$)',
    '(?:(?:does|would|will)\\s+)?(?:(?:the|this|that|your)\\s+)?(?:article|text|piece|author)\\s+back\\s+(?:me|us|that|this|him|her|them)\\s+up',
    'is\\s+there\\s+anything\\s+in\\s+the\\s+(?:article|text|piece)\\s+(?:that\\s+backs|to\\s+back)\\s+(?:me|him|her|us|them|that|this)\\s+up',
    // "…. Which does the article lean towards?", "which way does the article put it?", "what's the article's call?"
    `(?:which(?:\\s+(?:one|way|side|option))?\\s+(?:does|do|did|would)\\s+${THE_TEXT}\\s+(?:recommend|suggest|go\\s+for|pick)|(?:which|what)(?:\\s+(?:one|way|side|option))?\\s+(?:does|do|did|would)\\s+${THE_TEXT}\\s+(?:lean(?:\\s+(?:towards?|to))?|back|favou?r|point\\s+(?:us\\s+|me\\s+)?(?:to|towards?)|put\\s+it|call\\s+it|say\\s+for\\s+(?:this|that|us)))`,
    'what[\'’]?s\\s+the\\s+(?:article|text|piece|author)[\'’]s\\s+(?:call|take|view|answer|line|position|stance)(?:\\s+on\\s+(?:it|that|this|them))?',
    // told in few words: "article says which??", "the article say what?", "how the article call it?", "what say the article about this?"
    '(?:the\\s+)?article\\s+says?\\s+(?:which|what)(?=\\W*$)',
    `how\\s+${THE_TEXT}\\s+calls?\\s+(?:it|them|that|this)`,
    `what\\s+says?\\s+${THE_TEXT}`,
    // "is the article basically saying one of these does everything?"; not a side asked for ("…saying m2m for our pumps?") or "saying it".
    `is\\s+${THE_TEXT}\\s+(?:basically\\s+|really\\s+|actually\\s+)?saying(?:\\s+that)?(?=\\s+(?!(?:iot|m2m|it)\\b)\\S)`,
    // "is it true the article says IoT is not scalable?", "does the article claim that…": the claim is what is asked
    `is\\s+it\\s+true\\s+(?:that\\s+)?${THE_TEXT}\\s+(?:says|said|claims|states|suggests)(?:\\s+that(?=\\s+\\S))?`,
    `(?:does|did)\\s+${THE_TEXT}\\s+(?:(?:actually|really|exactly)\\s+)?(?:claim|state|suggest)\\s+that(?=\\s+\\S)`,
    // "does the article have a part about X"
    '(?:does|did)\\s+(?:the|this)\\s+(?:article|text|piece)\\s+(?:have|include|contain)\\s+(?:a|any)\\s+(?:part|section|bit|paragraph)',
  ].join('|')})(\\s+(?:about|of|on|regarding)\\b)?`,
  'gi',
);
/**
 * "which one does the article call the foundation?" asks which one is the foundation, and "a cash machine: which does the
 * article say it is?" which one it is: the frame names the side the article gives a role or a property, and reads as "which is".
 */
export const ARTICLE_NAMES = new RegExp(
  `\\bwhich(?:\\s+(?:one|side|option|of\\s+(?:the|them|these|those)(?:\\s+two)?(?:\\s+(?:technologies|approaches|options|sides|ones))?))?\\s+(?:does|do|did)\\s+${THE_TEXT}\\s+(?:(?:actually|really)\\s+)?(?:call|describe\\s+as|consider|count\\s+as|see\\s+as|regard\\s+as|label|say\\s+is|say\\s+(?:it|that|this)\\s+is|think\\s+is|reckon\\s+is)\\b(?!\\s+(?:it|them)\\b)`,
  'gi',
);
/** "which section covers X?" asks about X: its answer names the section it comes from. */
export const WHICH_SECTION = /\b(?:where\s+in\s+(?:the|this)\s+(?:article|text|piece)\s+(?:is|are|do(?:es)?\s+(?:it|they)\s+(?:discuss|cover|mention|talk\s+about))\b|(?:in|under)\s+(?:which|what)\s+(?:section|heading|subheading|paragraph)\s+(?:is|are)\b|(?:in\s+|under\s+)?(?:which|what)\s+(?:(?:section|paragraph|heading|subheading)\s+(?:of\s+(?:the|this)\s+(?:article|text|piece)\s+)?|(?:part|bit)\s+of\s+(?:the|this)\s+(?:article|text|piece)\s+)(?:(?:does|do)\s+(?:the|this|it)\s+(?:article|text|piece|author)?\s*)?(?:covers?|talks?\s+about|discuss(?:es)?|mentions?|deals?\s+with|gets?\s+into|is\s+about|explains?|describes?|sets?\s+out|lists?|gives?|addresses|introduces?)\b)/i;
/**
 * "what does the scalability paragraph say?": a part of the article named by its subject, which is what is asked;
 * "what does the M2M section say about security?" asks about that subject's security. Not a part named only by where it
 * stands ("the article's final paragraph"), which names no subject.
 */
export const PART_ABOUT = /^(?:so\s+)?what\s+(?:does|do)\s+the\s+(?!(?:article|text|piece)['’]?s\s+(?:very\s+)?(?:final|last|closing|concluding|first|opening)\s+(?:paragraph|section|part|bit|passage)\b(?!.*\babout\b))(.{3,40}?)\s+(?:paragraph|section|part|bit|passage)(?:\s+(?:of|in)\s+the\s+(?:article|text|piece))?\s+(?:say|says|cover|covers|tell\s+(?:you|us|me))(?:\s+about\s+(.{2,60}?))?\W*$/i;
/** The verb closing "where in the article is scalability discussed?": part of the frame, not of what is asked. */
export const SECTION_VERB_AT_END = /\s+(?:discussed|covered|mentioned|talked\s+about|dealt\s+with|explained|described)\W*$/i;
/** Comparing the two as a frame around what is compared: "iot vs m2m", "compared between the two". */
export const COMPARISON_FRAME = /\b(?:(?:iot|m2m)\s*(?:vs\.?|versus|v\.?|or|compa?re?d (?:to|with))\s*(?:iot|m2m)|(?:compare|compares|compared|comparison)(?:\s+(?:between|across)\s+(?:the two|them|both|iot and m2m|m2m and iot))?|between the two)\b/i;
/** Where an answer should come from, not what is asked: "according to the article", "per the text", "in the doc". */
export const ATTRIBUTION = new RegExp(
  `,?\\s*\\b(?:according to|as per|per|as described in|as the|in|from|by|going by|based on|judging by|judging from)\\s+(?:the|this|that|our|your)\\s+(?:${ARTICLE_TITLE_SIDES}\\s+)?(?:article|text|doc|document|piece|post|write-?up|reading|author|source)(?:'s)?(?:\\s+(?:says|describes it|puts it|explains it))?\\b,?`,
  'gi',
);
/** "who's right?" closing a dispute asks which claim the article backs, not who someone is. */
export const WHO_IS_RIGHT = /\b(?:who(?:['’]s|\s+is|\s+was)\s+(?:right|correct|wrong)|which\s+of\s+(?:us|them|the\s+two\s+of\s+us)\s+is\s+(?:right|correct|wrong)|who\s+(?:wins|won)\s+the\s+(?:bet|argument|debate))\b[?!.]*/gi;

/** "…in the IoT part of the article", "in M2M section": where in the article to look, not what is asked. */
export const IN_A_SIDE_S_PART = /,?\s*\b(?:in|from)\s+(?:the\s+)?(?:iot|m2m)\s+(?:part|section|bit|paragraph)(?:\s+of\s+(?:the|this)\s+(?:article|text|piece))?\b/gi;
