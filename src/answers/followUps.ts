/**
 * Follow-ups: a short message read with the turn before it in the same
 * conversation ("why?", "and m2m?", "the other one?", "how does that
 * work?"). Pure: the turn before is handed in, kept by the caller.
 */
import type { AnswerEngine, Candidate, Decision } from './engine.js';
import type { Entry, KnowledgeBase } from '../knowledge/types.js';
import { answerOf, certainAnswer, firstChoice, MAX_NEAREST, neighbours, STANDS_ALONE, weighedAgainst, type AnswerDecision } from './answerDecisions.js';
import { ATTRIBUTION, QUESTION_START, STARTS_ASKING_POLITELY } from './articleFrames.js';
import { ownWords } from './ownWords.js';
import type { OutOfScope } from './outOfScope.js';
import type { CannedAnswers, PreviousTurn, Response } from './respond.js';
import { A_SIDE, NAMES_A_SIDE, onSide, otherSideThan, sideOf, sideOfEntry, sidesNamed, swapSides, theOneSideNamed, type Side } from './sides.js';
import { MAX_QUESTION_CHARS, sentences, STOP_WORDS, words } from './text.js';

/** A question word alone, or with only words pointing back: "when?", "since when?", "when was that?", "and who did it?". */
const LONE_QUESTION_WORD = /^(?:and\s+|ok\s+|so\s+|but\s+)?(?:since\s+)?(when|where|who|how|which)(?:\s+(?:was|is|did|does|do|were|are)\s+(?:that|it|this|they|she|he)(?:\s+(?:happen|written|published|come out|start|begin|do it))?)?\W*$/i;
/** "for what?", "doing what?": what the answer before is used for. */
const ASKS_WHAT_FOR = /^(?:and\s+|ok\s+|so\s+|but\s+)?(?:for\s+what|what\s+for|doing\s+what|used\s+for\s+what|to\s+do\s+what)(?:\s+(?:though|tho|exactly|then))?\W*$/i;
/** "doing what?" is answered with the entry that says what the subject is used for from this confidence on. */
const USED_FOR_AT = 0.45;
/** A follow-up's best entry next to the answer before is taken from this confidence on... */
const NEXT_TO_PREVIOUS_AT = 0.3;
/** ...when it is this many times as strong as the next best. */
const NEXT_TO_PREVIOUS_LEAD = 2;
/** "how does it wrap up?", "and how is it concluded?": the end of a sequence the article tells (see nextStep). */
const ASKS_HOW_IT_ENDS = /^(?:(?:and|so|ok)\s+)?(?:how\s+(?:does|do|did)\s+(?:it|that|this|the\s+(?:transaction|withdrawal|process))(?:\s+all)?\s+(?:wrap\s+up|finish(?:\s+up)?|end(?:\s+up)?|get\s+(?:completed|finished|done)|complete)(?:\s+then)?|how\s+is\s+(?:it|that|this)\s+(?:concluded|completed|finished|wrapped\s+up))\W*$/i;
/** "and last?", "what's the final step?", "finally?": the last step asked for by name (see nextStep). */
const ASKS_FOR_THE_LAST_STEP = /^(?:(?:and|so|ok)\s+)?(?:(?:(?:what(?:['’]s|\s+is)\s+)?the\s+)?(?:last|final)(?:\s+(?:step|one|bit|stage))?|finally)\W*$/i;
/** "and then what does the bank do?": a question about the next step, inside a sequence in its words (see nextStep). */
const ASKS_WHAT_THEN = /^(?:and\s+|so\s+)?then\s+(?:what|who|how)\b/i;
/** "and then?", "then what?", "ok and then what", "what happens next?": the next step of what was just explained ("ok then" only acknowledges). */
const NEXT_STEP = /^(?:(?:ok|okay|so|right)[,\s]+)?(?:and\s+then(?:\s+what)?|(?:(?:and|ok|so)\s+)?(?:then\s+what|what\s+then|what(?:\s+happens)?\s+(?:next|after that|from there)|and\s+after\s+that|what\s+comes\s+next|where\s+does\s+(?:it|that)\s+go\s+(?:from\s+there|next|after\s+that)))\W*$/i;
/** "and when did it go up?", "when was that put out": when a piece of writing came out. */
const ASKS_WHEN_IT_CAME_OUT = /^(?:(?:and|so|ok|okay|but)[,\s]+)?when\s+(?:did|was|were|is)\s+(?:it|that|this|they|the\s+(?:article|piece|post|blog|write-?up))\s+(?:first\s+|actually\s+)?(?:go(?:ne)?\s+(?:up|live|out|online)|put\s+(?:out|up|online)|published|written|released|posted|(?:come|came)\s+out|out|dated)\W*$/i;
/** "and the other big one?", "and the next difference it talks about after that?": the article's next point. */
const ASKS_THE_NEXT_POINT = /^(?:(?:and|so|ok|okay)[,\s]+)?(?:what(?:['’]s|\s+is|\s+about)\s+)?the\s+(?:next|other)\s+(?:(?:big|main|major)\s+(?:one|difference|point)|differences?|point)(?:\s+(?:it|they|the\s+article)\s+(?:talks\s+about|mentions|makes|gives))?(?:\s+after\s+that)?\W*$/i;
/** "who says so?", "source?": where what was just said comes from. */
const ASKS_FOR_THE_SOURCE = /^(?:and\s+|but\s+|ok\s+|so\s+)?(?:who\s+says(?:\s+(?:so|that))?|says\s+who|who\s+said\s+(?:so|that)|(?:what(?:['’]s|\s+is)\s+)?(?:the|your)\s+source|source|where\s+(?:does|did)\s+(?:that|this)\s+come\s+from|where(?:['’]s|\s+is)\s+(?:that|this)\s+from|how\s+do\s+(?:you|u)\s+know(?:\s+that)?)\W*$/i;
/** How a question about where an answer comes from reads alone: what the article is. */
const THE_SOURCE = 'what is the source';
/** "…, or are you making it up?", "…, or wishful thinking": a doubt of a few words that may close a check of the source ("or is that m2m?" and "or what does it say about cost?" ask something else). */
const OR_MADE_UP = String.raw`(?:\s*,?\s*or\s+(?![^?]*\b(?:iot|m2m|what|which|who|when|where|why|how)\b)[\w'’]+(?:\s+[\w'’]+){0,7})?`;
/** "is that from the article?", "which section says that?": the answer just given, again, with its source. */
const CHECKS_THE_SOURCE = new RegExp(String.raw`^(?:and\s+|but\s+|ok\s+|so\s+)?(?:(?:(?:(?:is|was)\s+)?(?:that|this|it)|that['’]?s|it['’]?s)\s+(?:really\s+|actually\s+|verbatim\s+|word\s+for\s+word\s+|directly\s+|straight\s+|quoted\s+)?(?:(?:stated|said|written|taken|lifted)\s+)?(?:from|in|what)\s+(?:the\s+)?(?:article|text|source)(?:\s+(?:itself|says))?(?:\s*,?\s*(?:verbatim|word\s+for\s+word))?|(?:does|did)\s+(?:the\s+)?(?:article|text|author)\s+(?:really\s+|actually\s+)?say\s+(?:that|so)|(?:which|what)\s+(?:section|part)\s+(?:of\s+the\s+article\s+)?(?:says\s+(?:that|so)|is\s+(?:that|this)\s+(?:from|in))|where\s+(?:does|did)\s+(?:it|the\s+article|the\s+text|the\s+author)\s+say\s+(?:that|so|this)|where\s+(?:is|was)\s+(?:that|this)\s+in\s+the\s+(?:article|text)|where(?:['’]s|\s+is)\s+(?:that|this)\s+(?:bit|passage)|based\s+on\s+what|on\s+what\s+basis|(?:(?:the\s+)?source\W+)?(?:(?:under|in)\s+)?(?:which|what)\s+(?:section|part|bit|paragraph|heading)(?:\s+(?:is\s+(?:that|this|it)(?:\s+(?:from|in))?|says\s+(?:that|so)|of\s+the\s+(?:article|text)))?|where\s+in\s+(?:the\s+)?(?:article|text)(?:\s+(?:is|was)\s+(?:that|this|it))?|(?:under\s+|in\s+)?(?:which|what)\s+heading\s+(?:does\s+(?:it|the\s+article)\s+say\s+(?:that|so|this)(?:\s+under)?|(?:is|was)\s+(?:that|this|it)(?:\s+(?:under|in))?)|(?:(?:a|the|exact|direct)\s+)?quote(?:\s+(?:please|pls|it|that))?|(?:(?:the|its)\s+)?(?:exact|actual)\s+words|word\s+for\s+word|verbatim|(?:are\s+|r\s+)?(?:you|u)\s+(?:sure|certain|positive)(?:\s+about\s+(?:that|this|it))?(?:\s+(?:that['’]s|that\s+is|it['’]s|it\s+is)\s+what\s+(?:it|the\s+article|the\s+text)\s+says)?|(?:sure|certain|positive|for\s+real|seriously)(?=[\s!.]*\?))${OR_MADE_UP}(?:,?\s+(?:please|lol|(?:ha){2,}h?))?\W*$`, 'i');
/** The words a question about where the article says something is made of: "which section's that in?", "under which heading is that stated?". */
const SAYS_WHERE = new Set(['section', 'sections', 'heading', 'headings', 'part', 'bit', 'paragraph', 'para', 'passage', 'article', 'text', 'piece', 'say', 'says', 'said', 'state', 'states', 'stated', 'mention', 'mentions', 'mentioned', 'come', 'comes', 'appear', 'appears', 'written', 'exactly', 'explained', 'covered', 'described']);
/** A place in the article, or "where" with the article or its saying named. */
const A_PLACE_IN_IT = /\b(?:section|heading|paragraph|para|passage)s?\b|\b(?:which|what)\s+(?:bit|part)\b|\bwhere\b.*\b(?:article|text|piece|say|says|said|states?|stated|mentions?|mentioned|written|explained|covered|described)\b|\b(?:says?|said|stated?|written|mentioned)\b.*\bwhere\b/i;
/** A section, which an article is filed under on its site, as a paragraph is not. */
const A_SECTION_OF_THE_SITE = /\bsection\b/i;
/** At most this many words ask where the answer just given is said, with nothing of their own. */
const MAX_WORDS_ASKING_WHERE = 10;

/** A part of the article named by its heading's words ("the main difference bit") or by where it stands ("the intro"). */
const A_NAMED_PART = /\b(?:bit|part|section|paragraph)\b/i;
const PARTS_BY_THEIR_PLACE = ['intro', 'introduction', 'conclusion', 'ending', 'opening', 'closing'];
const A_PART_BY_ITS_PLACE = new RegExp(`\\b(?:${PARTS_BY_THEIR_PLACE.join('|')})\\b`, 'i');
/** The words a question naming such a part may have: those parts, and where in the article ("at the start"). */
const PLACE_WORDS: ReadonlySet<string> = new Set([...PARTS_BY_THEIR_PLACE, 'end', 'start', 'beginning']);

/**
 * "which section's that in?", "where's that in the article?" or "is that from the main difference bit?": where the
 * answer just given is said, in any order of these words or of the article's headings (`headingWords`). Naming a side
 * asks about that side ("which section is it in for m2m?"), not where the answer is.
 */
function asksWhereItIsSaid(text: string, headingWords: ReadonlySet<string>): boolean {
  const own = ownWords(text);
  const namesAPart = (A_NAMED_PART.test(text) && own.some((w) => headingWords.has(w))) || A_PART_BY_ITS_PLACE.test(text);
  return words(text).length <= MAX_WORDS_ASKING_WHERE && (A_PLACE_IN_IT.test(text) || namesAPart) && /\b(?:that|this|it)\b/i.test(text) && sidesNamed(text).size === 0 && own.every((w) => SAYS_WHERE.has(w) || headingWords.has(w) || PLACE_WORDS.has(w));
}

/** A remark this short may come before a check of the source ("that sounds backwards, you sure?"); a longer one says something of its own. */
const REMARK_WORDS = 4;
/** A reason this short may follow a check of the source ("I should like to cite it"). */
const REASON_WORDS = 12;
/** A sentence that starts like a question ("And who wrote it", "Also, does M2M…"): no reason, a question of its own. */
const STARTS_A_QUESTION = new RegExp(`^(?:and\\s+|also,?\\s+)?${QUESTION_START}`, 'i');
/** "anything about the country?", "does it mention banks?" or "does it say they're efficient?": whether the text says something about a subject (group 1). */
const ASKS_IF_MENTIONED = /^(?:and\s+|so\s+|but\s+|ok\s+)?(?:(?:is\s+there\s+)?(?:anything|something)|any\s+mention|(?:does|did)\s+(?:it|the\s+article|the\s+author)\s+(?:say\s+anything|say(?:\s+that)?|mention|talk\s+about|touch\s+on))\s+(?:about\s+|of\s+|on\s+)?(.+?)\W*$/i;
/** A follow-up this short whose own words all come from the answer just given asks about those words of it. */
const ABOUT_A_WORD_OF_IT = 4;
/** At most this many words, a turn is short enough to lean on the side of the turn before. */
const SHORT_TURN_WORDS = 10;
/** The devices a turn points back at: "they", "those devices" (not "them": "what has them?" asks what holds something else). */
const THE_DEVICES = /\b(?:they|(?:the|those|these)\s+(?:devices|gadgets))\b/i;
/** A turn about how devices are told one from another: "how do they tell them apart?", "what makes each one different?". */
const TELLS_ONE_FROM_ANOTHER = /\b(?:tell(?:s)?\s+(?:them|they|one|each(?:\s+one)?)\s+(?:\w+\s+){0,3}?apart|what\s+makes\s+each\s+(?:one|device|thing|of\s+them)\s+(?:different|unique|distinct)|tell(?:s)?\s+(?:one|each)\s+from\s+(?:another|the\s+other|the\s+next)|know\s+which\s+(?:one\s+)?is\s+which)\b/i;
/** A turn about what the devices just named have in them: "what's inside those things?", "what are they fitted with?". */
const WHAT_IS_IN_THEM = /\bwhat(?:['’]s|\s+is|\s+are|\s+do\s+(?:they|those|these)\s+have)?\s+(?:(?:built|embedded|fitted|put)\s+)?(?:inside|in)\s+(?:them|those|these|(?:the|those|these)\s+(?:things|devices|gadgets))\b|\bwhat\s+are\s+(?:they|those|these|(?:the|those|these)\s+(?:things|devices|gadgets))\s+(?:fitted|built|made|kitted\s+out)\s+with\b/i;
/** A turn about how data leaves the devices: sending, carrying, connecting, talking. */
const ASKS_HOW_DATA_GOES = /\b(?:send|sends|sent|transmit\w*|carr(?:y|ies)|connect\w*|communicat\w*|talk\w*|pass(?:es)?|push(?:es)?|get\w*\s+(?:\w+\s+){0,3}out|onto)\b/i;
/** Words that make a turn about both sides, or about the two together. */
const ABOUT_BOTH = /\b(?:together|each\s+other|one\s+another|coexist|both|either|compared?)\b/i;
/** A question that asks why, or how come, the answer just given holds; "why not iot?" asks about the other side. */
const ASKS_WHY = /^(?:and\s+|but\s+|so\s+|ok\s+)?(?:why(?!\s+not\s+(?:the\s+)?(?:iot|m2m)\b)|how\s+come|for\s+what\s+reason|what(?:['’]s|\s+is)\s+the\s+reason|what\s+reason\s+(?:is\s+given|does\s+(?:it|she|the\s+(?:article|author))\s+give))\b/i;
/** "why?", "and why", "but why??": why, and nothing else. */
const BARE_WHY = /^(?:and\s+|but\s+|so\s+|ok\s+)?why\W*$/i;
/** "how come?", "for what reason?", "y tho?" alone (a "why" in any few words is WHY_WORDS' part of asksWhyAlone). */
const ASKS_WHY_ALONE = /^(?:and\s+|but\s+|so\s+|ok\s+)?(?:y(?=\s+(?:tho|though)\b|\s*\?)(?:\s+(?:though|tho))?|how\s+come|how\s+so|for\s+what\s+reason|what(?:['’]s|\s+is)\s+the\s+reason(?:\s+for\s+that)?|what\s+reason\s+(?:is\s+given|does\s+(?:it|she|the\s+(?:article|author))\s+give)|on\s+what\s+grounds)\W*$/i;
/** Every word "why?" may come with and still ask only why: "why is that the case?", "why would that be?", "why not?". */
const WHY_WORDS = new Set(['why', 'not', 'is', 'that', 'the', 'case', 'so', 'would', 'does', 'do', 'did', 'it', 'this', 'be', 'and', 'but', 'ok', 'then', 'though', 'tho', 'exactly', 'again', 'was', 'are', 'they', 'should', 'true']);
/** At most this many words ask only why. */
const MAX_WORDS_ASKING_WHY = 7;
/** "why?", "how come?", "why is that the case?": the reasoning behind the answer just given, which that answer holds. */
export function asksWhyAlone(text: string): boolean {
  const all = words(text);
  return ASKS_WHY_ALONE.test(text) || (all.includes('why') && all.length <= MAX_WORDS_ASKING_WHY && all.every((w) => WHY_WORDS.has(w)));
}
/**
 * Pushing back on "it depends" and asking for something to decide by: "bit of a cop-out, any rule of thumb?", "ok but
 * based on what?". Not "so how do we decide?", which the article's "it depends on your needs" answers.
 */
const WANTS_THE_CRITERIA =
  /\b(?:cop[\s-]?out|vague|wishy[\s-]washy|on the fence|not (?:an|much of an|really an) answer|unhelpful|any (?:actual|real|concrete|practical|proper) (?:guidance|advice|criteria|rules?|help|answer)|rules? of thumb|checklist|(?:the|any|what) criteria|based on what|on what basis)\b/i;
/** "another one?", "any other?", "one more?", "what about a third?": another of the same, naming nothing. */
const ASKS_FOR_ANOTHER_ALONE = /^(?:and\s+|ok\s+|so\s+|what\s+about\s+|how\s+about\s+)?(?:(?:any|got|give\s+me|is\s+there)\s+)?(?:an?\s+)?(?:another(?:\s+one)?|others?|other\s+ones?|one\s+more|third(?:\s+one)?|more)\W*$/i;
/** "for example?", "examples?", "such as?": an example of what was just said, asked in a few words. */
const ASKS_FOR_AN_EXAMPLE = /^(?:(?:and|so|ok|okay|but)\b[,\s]+)*(?:(?:can|could)\s+you\s+(?:give|share)\s+(?:me\s+|us\s+)?|give\s+(?:me\s+|us\s+)?|(?:have\s+you\s+)?got\s+)?(?:(?:an?|any|some)\s+)?(?:examples?(?:,?\s+please)?(?:\s+from\s+the\s+article)?|for\s+(?:example|instance)|e\.?g\.?|such\s+as(?:\s+what)?)\W*$/i;
/** "what sort of readings are we talking about?": the kinds of what was just named, which its examples are. */
const ASKS_WHAT_SORT = /^(?:(?:and|so|ok|okay|but)[,\s]+)?(?:what|which)\s+(?:sorts?|kinds?|types?)\s+of\s+\w+(?:\s+(?:are\s+we\s+talking(?:\s+about)?|do\s+you\s+mean|(?:is|are)\s+(?:that|those|these|meant|they))(?:\s+(?:here|there|then))?)?\W*$/i;
/** "any other example?": one not given yet. */
const ASKS_FOR_ANOTHER = /^(?:and\s+|ok\s+|so\s+)?(?:(?:any|got|give me|what(?:['’]s|\s+is|\s+are))\s+)?(?:an?\s+)?(?:another|other|one more|more|different)\s+(?:examples?|cases?|use cases?|uses?)\W*$/i;
/** "over what?", "through what, though?" after an answer on one side: what that side sends its data over, or through. */
const ASKS_OVER_WHAT = /^(?:and\s+|so\s+|ok\s+|but\s+)?(over|through|via)\s+what(?:\s+(?:kind\s+of\s+|sort\s+of\s+)?(networks?|links?|infrastructure|connections?|medium|channels?))?(?:\s*,?\s*(?:though|tho|exactly|then))?(?:\s*,?\s*(?:like\s+)?(?:what\s+network|wifi|wi-fi|the\s+internet))?\W*$/i;
/** "so what does it use then?" after whether a side needs wifi, wireless or a cable: what that side sends its data over instead. */
const ASKS_WHAT_IT_USES = /^(?:(?:and|so|ok|okay|but|then)\s+)*what\s+(?:does|do)\s+(?:it|they|that|m2m|iot)\s+use(?:\s*,?\s*(?:then|instead|instead\s+then|then\s+instead))?\W*$/i;
/** A question about whether a side needs or uses a kind of connection ("does m2m need wifi?", "is iot wireless?"). */
const ASKED_OF_A_CONNECTION = /\b(?:wi-?fi|wireless|internet(?!\s+of\s+things)|cable|cables|cabled|wired|ethernet|cellular|bluetooth)\b/i;
/** What "over what?" asks of a side, in the knowledge base's words. */
const CARRIED = (side: Side, through: boolean) => (through ? `through what does ${side} send its data?` : `over what networks does ${side} send its data?`);
/** "how does that work?" after an answer: how the thing just described works, which a neighbouring entry usually tells. */
const ASKS_HOW_IT_WORKS = /^(?:and\s+|so\s+|ok\s+|but\s+)?how\s+(?:does|do|did)\s+(?:that|it|this|they)(?:\s+one)?\s+(?:actually\s+)?work(?:\s*,?\s*(?:exactly|then|in practice|step by step|in detail|tho|though))?\W*$/i;
/** "what does that get you?", "what's that good for?", "what does that enable?": what the thing just described makes possible. */
const ASKS_WHAT_IT_GIVES = /^(?:and\s+|so\s+|ok\s+|but\s+)?(?:what(?:['’]s|\s+is|\s+does|\s+do)\s+(?:that|this|it|they)\s+(?:(?:actually|really)\s+)?(?:good\s+for|enable|allow|unlock|open\s+up|make\s+possible|(?:get|give|buy|let)\s+(?:you|us|them|me)(?:\s+(?:do|build|make))?)|what(?:['’]s|\s+is)\s+the\s+(?:point|upside|benefit|advantage|payoff)\s+of\s+(?:that|this|it|them)|why\s+(?:does|would|should|do)\s+(?:that|this|it|they)\s+matter)(?:\s*,?\s*(?:then|exactly|in practice|in the end|at the end of the day))?\W*$/i;
/** How a question about what something makes possible reads, beside the question before it. */
const WHAT_IT_GIVES = 'what does it make possible, what is the benefit';
/** Every word a question about what the answer just given makes possible may have: "whats that get u", "what else does that allow?". */
const GIVES_WORDS = new Set(['what', 'whats', 'why', 's', 'is', 'does', 'do', 'did', 'would', 'that', 'this', 'it', 'them', 'they', 'the', 'of', 'for', 'a', 'an', 'and', 'so', 'ok', 'but', 'then', 'else', 'actually', 'really', 'even', 'exactly', 'tho', 'though', 'you', 'u', 'ya', 'us', 'in', 'practice', 'whole', 'point', 'benefit', 'benefits', 'upside', 'upsides', 'advantage', 'advantages', 'payoff', 'good', 'bother', 'get', 'gets', 'give', 'gives', 'buy', 'buys', 'enable', 'enables', 'allow', 'allows', 'let', 'lets', 'make', 'makes', 'possible', 'matter', 'matters', 'useful', 'purpose', 'unlock', 'unlocks', 'open', 'opens', 'up', 'build', 'gain', 'gains', 'payoffs', 'from']);
/** The words that name what something gives: "the point", "the benefit". */
const WHAT_IT_GIVES_NOUNS = 'point|benefits?|upsides?|advantages?|payoffs?|gains?';
/** At least one of these says it asks what something gives. */
const GIVES_CORE = new RegExp(`\\b(?:${WHAT_IT_GIVES_NOUNS}|good\\s+for|bother|gets?|gives?|buys?|enables?|allows?|unlocks?|opens?\\s+up|matters?|useful|purpose)\\b`, 'i');
/** How a question of what something gives opens: "what…", "why…", "benefit of…". */
const ASKS_WHAT_IT_GIVES_OPENING = new RegExp(`^(?:(?:and|so|ok|but)\\s+)?(?:what|whats|what['’]s|why|(?:the\\s+)?(?:${WHAT_IT_GIVES_NOUNS})\\s+of)\\b`, 'i');
/** At most this many words ask what the answer just given makes possible, with nothing of their own. */
const MAX_WORDS_ASKING_WHAT_IT_GIVES = 8;
/** The same asked tersely, with no question word: "Payoff?", "Gain from that?", "Enables what else?" (not a bare "point?", which may be "point to point?"). */
const ASKS_WHAT_IT_GIVES_TERSELY = new RegExp(
  String.raw`^(?:(?:and|so|ok|but)\s+)?(?:(?:the\s+point|(?:the\s+)?(?:benefits?|upsides?|advantages?|payoffs?|gains?))(?:\s+(?:of|from|in)\s+(?:that|this|it|them))?|(?:enables?|allows?|unlocks?)\s+what(?:\s+else)?)\W*$`,
  'i',
);

/**
 * "what does that get you?" in any casual wording: a "what" or "why" question ("benefit of that?") of few words,
 * pointing back (or "why bother"), every word about what it gives. "can you give me that again" or "where did you get
 * that?" asks otherwise.
 */
function asksWhatItGives(text: string): boolean {
  if (ASKS_WHAT_IT_GIVES.test(text) || ASKS_WHAT_IT_GIVES_TERSELY.test(text.trim())) return true;
  const all = words(text);
  const pointsBack = /\b(?:that|this|it|them)\b/i.test(text) || /\bwhy\s+bother\b/i.test(text);
  return ASKS_WHAT_IT_GIVES_OPENING.test(text.trim()) && all.length <= MAX_WORDS_ASKING_WHAT_IT_GIVES && pointsBack && GIVES_CORE.test(text) && all.every((w) => GIVES_WORDS.has(w));
}
/** "tell me more", "elaborate", "go on": more on the matter of the answer just given, not the same words again. */
const ASKS_TO_GO_ON = /^(?:(?:ok|okay|so|and|right|pls|please)[,\s]+)?(?:(?:can|could)\s+(?:you|u)\s+)?(?:elaborate(?:\s+on\s+(?:that|this|it))?|expand(?:\s+on\s+(?:that|this|it))?|go\s+on|carry\s+on|keep\s+going|say\s+more|tell\s+(?:me|us)\s+more|(?:any\s+|some\s+)?more(?:\s+(?:detail|details|info|information|on\s+(?:that|this|it)))?|(?:explain|go)\s+(?:further|more|deeper|into\s+(?:more\s+)?detail))(?:\s+(?:then|please|pls|plz))?\W*$/i;
/** "in plain english?", "what does that mean in simple terms?": the answer just given, asked for again in plainer words. */
const ASKS_TO_REPHRASE = /^(?:ok\s+|so\s+|sorry\s*,?\s*|and\s+)?(?:(?:what\s+does\s+(?:that|this|it)\s+mean|(?:can|could)\s+(?:you|u)\s+(?:say|explain|put)\s+(?:that|this|it)(?:\s+again)?)\s*,?\s*)?(?:(?:in\s+)?(?:plain|simple|simpler|normal|everyday)\s+(?:english|terms|words|language)|in\s+layman['’]?s?\s+terms|more\s+simply|simply|for\s+a\s+(?:beginner|newbie|layman|five\s+year\s+old))(?:\s+please|\s+pls)?\W*$/i;
/** "is that good or bad?" after an answer weighs what it just said: that answer, or the entry next to it that weighs it. */
const ASKS_FOR_A_VERDICT = /^(?:(?:oh\s+)?ok(?:ay)?\s*,?\s+)?(?:so\s+|and\s+|but\s+)?(?:(?:is|was|are)\s+(?:that|this|it|they)\s+(?:(?:presented|seen|described|framed|painted)\s+as\s+)?)?(?:a\s+)?(?:good|bad|positive|negative|optimistic|pessimistic|upbeat|big\s+deal)(?:\s+(?:thing|news|sign))?(?:\s+for\s+(?:it|them|iot|m2m))?(?:\s+or\s+(?:a\s+)?(?:good|bad|positive|negative|optimistic|pessimistic|not)(?:\s+(?:thing|news|sign|one))?)?(?:\s+(?:then|though|tho|overall))?\W*$/i;
/** "what else is on that list?" or "what else is it best for?" after a criterion asks for the list it belongs to ("M2M is best when…"); naming a side, it asks about that side. */
const ASKS_FOR_THE_LIST = /^(?:and\s+|so\s+|ok\s+)?(?:(?:what|what['’]s|whats|anything|which)\s+(?:else|other)\b(?!.*\b(?:iot|m2m)\b).*\b(?:on|in|from)\s+(?:that|the|this|its)\s+list\b|what\s+else\s+is\s+(?:it|that\s+one)\s+(?:best|good|ideal|suited|the\s+pick)\s+(?:for|at)\W*$)/i;
/** "any farming in that list?", "anything wireless in there?", "any of those close to what we do?": whether the answer just given holds something. */
const ASKS_IF_LISTED = /^(?:and\s+|so\s+|ok\s+|but\s+)?(?:(?:is\s+there\s+)?(?:any(?:thing)?|something)\b[^?]{1,40}?\b(?:in\s+(?:that|the|this|your)\s+(?:list|lot)|on\s+(?:that|the|this)\s+list|in\s+there|among\s+(?:them|those|these))(?:\s+(?:about|for|on)\s+[^?]{1,40})?|any\s+of\s+(?:those|them|these)\s+(?:\w+\s+){0,2}(?:close\s+to|like|relevant\s+to|similar\s+to|apply\s+to|fit)\b[^?]{0,60})\W*$/i;
/** "is water in that list?": asked only of an answer that gives a list. */
const ASKS_IF_ON_THE_LIST = /^(?:and\s+|so\s+|ok\s+|but\s+)?(?:is|are)\s+(?!there\b)[^?]{1,40}?\s+(?:in|on)\s+(?:that|the|this|your)\s+list\W*$/i;
/** An answer that gives a list: it says so, or sets it out in points. */
const GIVES_A_LIST = /\blist\b|•/;
/** "so mobile sims would count?", "would our dome sensors count too?": whether something is an instance of what the answer just said. */
const ASKS_IF_IT_COUNTS = /^(?:so\s+|and\s+|ok\s+)?(?:[^?]{1,60}\s+(?:would|does|do|will)\s+count|(?:would|does|do|will)\s+[^?]{1,60}\s+count)(?:\s+(?:too|as\s+well|then))?\W*$/i;
/** Places in a list, as words: the article's lists have five items. */
const ORDINALS = 'first|last|second|third|fourth|fifth|1st|2nd|3rd|4th|5th';
/** What may open a question about an item: "and", "so", "what about". */
const ITEM_OPENING = '(?:and\\s+|so\\s+|ok\\s+|what\\s+about\\s+|and\\s+what\\s+about\\s+)?';
/** An item of a list by its place: "the first one", "the last point". */
const ORDINAL_ITEM = new RegExp(`\\b(?:${ORDINALS})\\s+(?:one|thing|item|point)s?\\b`, 'i');
/** Words that point back to a list just given: "…again?", "…on that list?", "spell it out". */
const POINTS_TO_THE_LIST = /\b(?:again|(?:that|the|this)\s+list|spell|spelled|spelt|was\s+it|were\s+they|that\s+one)\b/i;
/** "and the last one?": an item by its place and nothing else. */
const ONLY_AN_ITEM = new RegExp(`^${ITEM_OPENING}(?:the\\s+)?(?:${ORDINALS})\\s+(?:one|thing|item|point)\\W*$`, 'i');
/** "2?", "and 3", "item 4?", "no. 5", "number two", "the last?": an item by its number or place alone, after a list. */
const ONLY_A_NUMBERED_ITEM = new RegExp(`^${ITEM_OPENING}(?:(?:the\\s+)?(?:${ORDINALS})|(?:(?:item|point|number|no\\.|#)\\s*)?(?:[1-5]|one|two|three|four|five))\\W*$`, 'i');
/** Longer questions that name an item by its place ask something of their own ("what is the last thing the article says?"). */
const LISTED_ITEM_WORDS = 10;
/** "so which is it?", "which one was that again sorry the cab was bouncing": the answer just given, again. */
const ASKS_WHICH_AGAIN = /^(?:(?:so|ok|wait|sorry|hang\s+on)\W+)*which\s+(?:(?:one|side)(?:\s+|(?=['’]s)))?(?:is\s+it(?:\s+then)?|(?:is|['’]s)\s+(?:that|this)(?:\s+one)?(?:\s+then)?|(?:was|is)\s+(?:that|it)\s+again(?:\s*,?\s*(?:the\s+)?(?:iot|m2m)\s+or\s+(?:the\s+)?(?:iot|m2m))?)(?:\s*,?\s+(?:sorry|soz|apologies)\b(?![^?]*\b(?:iot|m2m|also|what|which|who|when|where|why|how)\b)[^?]{0,60})?\W*$/i;
/** "like which ones?", "which ones exactly?", "which one then?": the things or the side the answer just given names, so it is given again. */
const ASKS_WHICH_ONES = /^(?:(?:so|ok|and)\s+)?(?:like\s+)?which\s+ones?(?:\s+(?:exactly|then|are\s+they))?\W*$/i;
/** "no straight answer then?", "no favourite at all?": a check of an answer that weighed the two and picked neither. */
const CHECKS_NO_WINNER = /^(?:so\s+|ok\s+so\s+|ok\s+)?no\s+(?:straight\s+answer|clear\s+winner|winner|favou?rite|verdict)(?:\s+(?:then|at\s+all))?\W*$/i;
/** Every word a short question about which side the answer just given is on may have: "is that iot or m2m?", "and is that an iot thing or an m2m thing", "which one uses them, iot or m2m?", "which list was that under again, IoT or M2M?". */
const WHICH_SIDE_WORDS = new Set(['which', 'what', 'list', 'side', 'one', 'part', 'camp', 'column', 'bucket', 'category', 'was', 'is', 'are', 'were', 'that', 'this', 'it', 'they', 'them', 'those', 'under', 'in', 'on', 'of', 'for', 'to', 'about', 'again', 'an', 'a', 'the', 'thing', 'and', 'so', 'ok', 'then', 'belong', 'belongs', 'fall', 'falls', 'go', 'goes', 'does', 'do', 'use', 'uses', 'has', 'have', 'yeah', 'sorry', 'wait', 'by', 'way', 'btw', 'iot', 'm2m', 'or', 's', 'ah', 'oh', 'count', 'counts', 'argument', 'point', 'points', 'towards', 'favour', 'favor', 'two', 'as']);
/** At most this many words ask which side the answer just given is on. */
const MAX_WORDS_ASKING_WHICH_SIDE = 14;
/** Whether a short turn asks which of the two the answer just given is on, naming both as the choice ("…, iot or m2m?"), and nothing else. */
function asksWhichSideItIs(text: string): boolean {
  // An emoji, typed (":sweat_smile:") or not, says nothing.
  const all = words(text.replace(/:[\w+-]+:|\p{Extended_Pictographic}/gu, ' '));
  if (all.length > MAX_WORDS_ASKING_WHICH_SIDE || !all.every((w) => WHICH_SIDE_WORDS.has(w))) return false;
  return sidesNamed(text).size === 2 && /\b(?:iot|m2m)\b[^?.!]*\bor\b[^?.!]*\b(?:iot|m2m)\b/i.test(text) && /\b(?:that|this|it|they|them|those)\b/i.test(text);
}
/** "M2M or IoT per the text?" after an answer: which side the article puts it on (a bare "m2m or iot?" may ask which to pick). */
const ASKS_WHICH_SIDE_PER_THE_TEXT = /^(?:so\s+|and\s+|ok\s+)?(?:iot|m2m)\s+or\s+(?:iot|m2m),?\s+(?:per|according\s+to|in|by)\s+the\s+(?:text|article|piece|author)\W*$/i;
/** "both of them or just iot?", "is that for both?": whether the answer just given holds for both sides. */
const ASKS_IF_BOTH = /^(?:so\s+|and\s+|ok\s+)?(?:(?:is|was|does)\s+(?:that|this|it)\s+(?:for|about|true\s+(?:of|for)|apply\s+to|mean)\s+)?both(?:\s+of\s+them|\s+sides|\s+of\s+the\s+two)?(?:\s*,?\s*or\s+(?:just|only)\s+(?:the\s+)?(?:iot|m2m)(?:\s+one)?)?(?:\s+(?:then|too))?\W*$/i;
/** "which side does that favour?": the side the answer just given points to, which it says. */
const ASKS_WHICH_SIDE_IT_FAVOURS = /^(?:so\s+|and\s+|ok\s+)?(?:(?:in\s+favou?r\s+of|favou?ring)\s+which\s+(?:one|side|tech|technology|approach|of\s+the\s+two|of\s+them)|which\s+(?:side|one|of\s+the\s+two|of\s+them)\s+does\s+(?:that|this|it)\s+(?:favou?r|point\s+to|support|back|go\s+with|belong\s+to|apply\s+to|count\s+(?:in\s+favou?r\s+of|towards|for))|for\s+which\s+(?:one|side|tech|technology|of\s+the\s+two|of\s+them)(?:\s+is\s+(?:that|it|this))?|which\s+(?:one|side|tech|technology|list)\s+(?:is|['’]s)\s+(?:that|it|this)\s+(?:for|listed\s+under|under|on|in|part\s+of))(?:\s+then)?\W*$/i;
/** "is that on the m2m list too?" after a criterion: the answer just given says which side's list it is on. */
const ASKS_WHICH_LIST_IT_IS_ON = /^(?:so\s+|and\s+|but\s+|ok\s+|wait,?\s+)?(?:is|was)\s+(?:that|it|this)\s+(?:on|in|under)\s+the\s+(?:iot|m2m)\s+(?:list|side|column)(?:\s+(?:too|as\s+well|also))?\W*$/i;
/** "so that's M2M, not IoT?", "and that's M2M yeah, not IoT?": a check of the answer just given, which gives it again. */
const CONFIRMS_THE_SIDE = /^(?:so\s+|ok\s+so\s+|and\s+)?(?:that(?:['’]?s|\s+is|\s+means)|it(?:['’]?s|\s+is)|we\s+(?:go|pick|use))\s+(?:iot|m2m)(?:\s*,?\s*(?:yeah|yes|right|innit))?(?:\s*,?\s*(?:not|rather than|instead of)\s+(?:iot|m2m))?(?:\s*,?\s*(?:right|then|correct))?\W*$/i;
/** "in relation to which technology?", "so that's a point for which one?", "is that under M2M?": which side the answer just given is on. */
const ASKS_WHOSE_IT_IS = /^(?:so\s+|and\s+|ok\s+)?(?:(?:in\s+relation\s+to|for|under|on)\s+which\s+(?:one|side|technology|tech|of\s+the\s+two)(?:\s+(?:then|is\s+(?:that|it)))?|(?:that['’]?s|that\s+is|is\s+that)\s+a\s+point\s+for\s+which(?:\s+(?:one|side))?|(?:is|was)\s+(?:that|it|this)\s+(?:under|for|about)\s+(?:the\s+)?(?:iot|m2m)(?:\s+(?:side|one|list))?(?:\s+or\s+(?:the\s+)?(?:iot|m2m))?)\W*$/i;
/** "that way round?" after an answer relating the two sides (which is part of which): a check of the direction it gave. */
const CHECKS_THE_DIRECTION = /^(?:wait\s*,?\s*|hang on\s*,?\s*|sorry\s*,?\s*|so\s+)?(?:is\s+(?:it|that)\s+|it['’]s\s+|not\s+)?(?:that|this|the\s+right|the\s+other)\s+way\s+a?round(?:\s*,?\s*(?:then|right|not the other))?\W*$/i;
/** "the other one" in a follow-up: the side the turn before was not about. */
const THE_OTHER_SIDE = /\bthe other\s+(?:one|side(?!\s+of\s+the\s+coin)|technology|approach|option)\b/i;
/** A question after the side that does better: "which one scales better?", "which is easier to set up?". */
const ASKS_FOR_THE_STRONGER_SIDE = /\b(?:better|best|easier|easiest|simpler|quicker|faster|more\s+scalable|most\s+scalable|scales?\s+(?:more\s+)?easily|copes?\s+better)\b/i;
/**
 * Wording that may turn it the other way ("a pain", "less work", "isn't", "hassle-free"), or a setting of the asker's own
 * ("our old system can't keep up, which scales better?"): which side is asked after is then unsure.
 */
const EITHER_WAY = /\b(?:worse|worst|harder|hardest|struggl\w*|nightmare|headache|difficult\w*|slower|weaker|fail\w*|pain\w*|hassle|trouble|issues?|problems?|badly|poorly|less|least|fewer|no|not|never|without|free|we|our|us|i|my)\b|n['’]t\b|-free\b/i;
/** "and the other one?" with nothing else. */
const THE_OTHER_ONE_ALONE = /^(?:and\s+|what\s+about\s+|how\s+about\s+|so\s+|ok\s+)?the\s+other\s+(?:one|side)\W*$/i;
/** Words that start a follow-up read together with the question before it. */
const FOLLOW_UP_START = /^(and|but|so|ok|okay|then|also|what about|how about|vs|versus|compared (?:to|with)|why|how come|which|when|where|who|what else|does it|do they|is it|is that|are they|can it|is this|same|is it the same|is the same|does the same|conversely)\b/;
/** Words that point back to something said before. */
const POINTS_BACK = /\b(it|its|that|this|they|them|those|these|there|she|he|her|his|him|the other one|the other|one|then|else|instead|exactly|specifically)\b/;
/** A follow-up is short; a longer message stands on its own. */
const FOLLOW_UP_MAX_WORDS = 9;
/** How much a follow-up's match with the turn before counts, against its match alone. */
const IN_CONTEXT_SHARE = 0.7;
/** A short message answered this surely on its own, by another entry than the one just given, is a new subject. */
const SURELY_ITS_OWN = 0.9;
/** "what does point to point mean?", "what mean UID", "meaning of MEMS?": a term of its own asked to be defined. */
const ASKS_WHAT_A_TERM_MEANS = /^(?:what\s+(?:does|do)\s+\S.*\bmean\W*$|what(?:\s+is|['’]s)\s+meant\s+by\s+\S|what\s+means?\s+\S|(?:the\s+)?meaning\s+of\s+\S|define\s+\S)/;
/** A follow-up whose own best match is this sure has a subject of its own. */
const OWN_SUBJECT = 0.5;
/** A follow-up whose own best match is this weak and that points back ("why is the other one worse at it?") has no subject of its own. */
const NO_OWN_SUBJECT = 0.4;
/** How much the turn before counts for a follow-up with no subject of its own. */
const POINTING_BACK_SHARE = 0.9;
/** Added to the answer just given and its neighbours, for the same question about the other side. */
const SAME_MATTER_BONUS = 0.25;
/**
 * "so which one for the weighbridge kit then?" or "ok so iot for the bin sensors then?" after a criterion: the case
 * named is one the criterion just given decides, when the message holds no criterion of its own.
 */
const ASKS_ABOUT_A_CASE = /^(?:and\s+|so\s+|ok\s+(?:so\s+)?)?(?:which\s+(?:one|side|of\s+the\s+two)|(?:iot|m2m))\s+(?:for|with|on|in)\s+(?:the|our|a|an|that|this|those|these)\s+[^?]{1,80}?(?:\s+then)?\s*\??$/i;
/** "why not m2m?" after a recommendation of IoT: why the side recommended fits better, which the criterion it rests on says. */
const ASKS_WHY_NOT_A_SIDE = new RegExp(`^(?:so\\s+|and\\s+|but\\s+|ok\\s+)?why\\s+not\\s+(?:the\\s+|just\\s+)?(${A_SIDE})(?:\\s+(?:then|instead|though))?\\W*$`, 'i');
/**
 * "which one should a mill like ours be using?", "which one should a bakery use?", "so which should we use?", "is one of them just better than the other?", "like is one just better tho":
 * which to pick, in general. With no criterion read from the message, the article's general answer; after one side's
 * list or a fact, the general question, not more of that answer.
 */
export const ASKS_WHICH_IS_BETTER =
  /^(?:(?:so|ok(?:ay)?(?:\s+so)?|and|but|like)\s*,?\s+){0,2}(?:which\s+(?:one\s+)?(?:for|suits)\s+us(?:\s+then)?|which\s+(?:one\s+|of\s+(?:them|the\s+two)\s+|tech(?:nology)?\s+)?(?:should|would|could|do|does)\s+(?:we|i|you|(?:our|my|an?)(?:\s+[a-z]+){1,3}?(?:\s+like\s+(?:ours|mine|us))?)\s+(?:actually\s+|really\s+|just\s+)?(?:be\s+)?(?:use|using|pick|choose|go\s+(?:for|with)|adopt|standardi[sz]e\s+on|start\s+(?:with|on)|have|get)|is\s+one\s+(?:of\s+(?:them|the\s+two)\s+)?(?:just\s+|simply\s+|actually\s+|really\s+)?better(?:\s+than\s+the\s+other)?)(?:\s*,?\s*(?:iot\s+or\s+m2m|m2m\s+or\s+iot))?(?:\s+(?:then|in\s+general|overall|tho|though))?\W*$/i;
/** "and if…?", "what if…?": the same question asked of another case (a bare "if…, how…?" asks something of its own). */
const WHAT_IF = /^(?:(?:ok(?:ay)?|so|right)\s*,?\s+)?(?:(?:and|but|so|ok(?:ay)?)\s+(?:what\s+)?if|what\s+if)\s+\S/i;
/** Words that open a question of its own. */
const ASKING_WORDS = 'how|what|why|which|who|when|where|is|are|does|do|can|could|will|would|should';
/** "what if we add a device later, is that hard in m2m?": a case with a question of its own, not "which fits then?". */
const ASKS_ITS_OWN = new RegExp(`,\\s*(?:${ASKING_WORDS})\\b(.*)|\\bwhat\\s+happens\\b`, 'i');
/** "and kit that…?", "but a site with no signal?": another case set beside the one before, told as a question, not asked of its own ("and what is…?"). */
const ANOTHER_CASE_TOLD = new RegExp(`^(?:and|but)\\s+(?!(?:${ASKING_WORDS}|if)\\b)\\S.*\\?\\s*$`, 'i');
/** "…, is m2m still right?": the question after the case asks which fits, as the case does. */
const STILL_WHICH_FITS = /\b(?:right|fits?|better|best|suitable|the\s+(?:pick|one|way\s+to\s+go))\b/i;

/**
 * "for both of them?", "both of them equally?", "IoT only, or M2M too?", "just for iot or both?": whether the answer just
 * given holds for both sides or one (not "m2m too?", which asks the same of the other side).
 */
const ASKS_HOW_FAR_IT_HOLDS = new RegExp(
  String.raw`^(?:(?:and|so|ok|but)\s+)?(?:(?:is\s+that|does\s+(?:that|it)\s+(?:go|apply|hold))\s+)?(?:(?:for|of|about)\s+)?(?:both(?:\s+of\s+them|\s+sides|\s+technologies)?(?:\s+(?:equally|alike|then))?(?:\s*,?\s*or\s+(?:just|only)\s+(?:for\s+)?${A_SIDE})?|(?:(?:just|only)\s+(?:for\s+)?${A_SIDE}|${A_SIDE}\s+only)\s*,?\s*or\s+(?:(?:for\s+)?both(?:\s+of\s+them)?|(?:for\s+)?${A_SIDE}\s+(?:too|also|as\s+well)))\W*$`,
  'i',
);
/** "is that what makes it M2M then?", "so thats what makes it iot?": whether the answer just given is what makes a side that side. */
const CHECKS_WHAT_MAKES_IT = new RegExp(String.raw`^(?:(?:so|and|ok)\s+)?(?:is\s+)?(?:that|this)(?:['’]?s|\s+is)?\s+what\s+makes\s+(?:it|them)\s+(?:an?\s+)?${A_SIDE}(?:\s+then)?\W*$`, 'i');
/** "how many…?", "only two?": a count asked. */
const ASKS_HOW_MANY = /\bhow\s+many\b|\bonly\s+(?:\d+|one|two|three)\b/i;
/** A number of things in an answer's text, in figures or words ("one" is too often a pronoun to count). */
const A_NUMBER = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|pair)\b/i;
/** "is wireless one of them?", "any wireless in that?", "and the wireless also?": whether the answer just given includes something (group 1, 2 or 3). */
const ASKS_IF_IT_INCLUDES = /^(?:(?:and|so|but|ok)\s+)?(?:(?:is|are)\s+(.{1,40}?)\s+(?:one|part|among)\s+(?:of\s+)?(?:them|those|these|that|it|the\s+list)|(?:is\s+there\s+)?any\s+(.{1,40}?)\s+in\s+(?:that|there|them|it|those)|(.{1,30}?)\s+(?:too|also|as\s+well))\W*$/i;
/** "how bad is m2m on that front?", "what's M2M's problem there?", "for M2M, what is difficult?": a side's downside in the matter just answered. */
const ASKS_A_SIDES_DOWNSIDE = /\b(?:how\s+bad|problem|problems|catch|difficult|difficulty|hard|harder|downside|downsides|drawback|drawbacks|worse|struggle|struggles|hassle|pain)\b/i;
/** A start that carries on from the turn before ("and for a brewery?", "what about zigbee?"). */
const CARRIES_ON = /^(?:and|but|so|ok|okay|also|then|what about|how about|vs|versus|compared (?:to|with)|what else|same|another|any other|anything else)\b/;
/** Words that carry on from the turn before: "and the other one?", "then what?", "what are they used for?", "what happens next?". */
const CONTINUES = /^(and|but|so|ok|okay|then|also|what about|how about|same)\b|\b(they|them|those|these|next|then|instead|the other)\b/;
/** A follow-up's own words match the answer just given at least this well when they are about it. */
const OWN_WORDS_TOUCH = 0.2;
/** Taken off the entry just given, when a follow-up asks something new. */
const ALREADY_ANSWERED_PENALTY = 0.15;
/** For "what does that get you?" only: the answer just given competes this far behind its neighbours (it rarely says what it makes possible). */
const WHAT_IT_GIVES_PENALTY = 0.25;
/** How clearly an entry next to the answer just given must match "what does it make possible?" alone to be given for it. */
const SAYS_WHAT_IT_GIVES_ALONE_AT = 0.5;
/** How clearly the answer just given must match "what does it make possible?" to be given again for it. */
const SAYS_WHAT_IT_GIVES_AT = 0.85;
/** Follow-ups that ask about the same thing again: why, more, an example, what it is for. */
const ASKS_AGAIN = /\b(why|how come|how so|really(?=\W*$)|(?:is|are|was)\s+(?:that|it|they)\s+really|it['’]?s\s+really|are you sure|is that (?:so|true|right)|in what way|for what reason|what(?:['’]s| is) the reason|anything else|what else|more|again|explain|elaborate|example|mean|meaning|matter|specifically|exactly|detail|details|purpose|how (?:does|do|did) (?:that|it|this|they) work|what(?:['’]s|\s+is|\s+are)\s+(?:it|that|this|they|those)\s+for)\b/;
/** "what is m2m?": a question that only asks what one side is. */
const WHAT_IS_A_SIDE = new RegExp(`^(?:so\\s+)?what(?:['’]s|\\s+is|\\s+are)\\s+(?:an?\\s+)?${A_SIDE}\\W*$`, 'i');
/** Whether a short follow-up asks for an item of the list just given: "the first one again?", "and the last one?". */
function asksForAListedItem(text: string): boolean {
  if (/\b(?:other|iot|m2m)\b/i.test(text) || words(text).length > LISTED_ITEM_WORDS || !ORDINAL_ITEM.test(text)) return false;
  return POINTS_TO_THE_LIST.test(text) || ONLY_AN_ITEM.test(text);
}
/** "it" or "they" in a turn, pointing back at what the turn before was about. */
const POINTS_BACK_AT_THE_SUBJECT = /\b(?:it|they)\b/i;
/** A turn asked of `side`: the side in place of the first "it" or "they", or after the turn. */
function withTheSide(question: string, side: Side): string {
  return POINTS_BACK_AT_THE_SUBJECT.test(question) ? question.replace(POINTS_BACK_AT_THE_SUBJECT, side) : `${question} ${side}`;
}
/** The one side the answer before was about, when the question named none ("which of the two is point-to-point?" → M2M). */
function sideAnswered(previous: PreviousTurn): Side | undefined {
  const sides = new Set(previous.entryIds.map(sideOfEntry));
  const [only] = sides;
  return sides.size === 1 ? only : undefined;
}
/** Thanks or agreement before a follow-up: "cool, and iot?". */
const ACKNOWLEDGED = '(?:(?:cool|nice|great|thanks|thank you|cheers|ta|right|got it|gotcha|ah|oh)[,.!]*\\s+)?';
/** What asks the question before again of the side named next: "and", "what about", "same for", "does that also hold for", "is (IoT also like this?)". */
const ASKS_AGAIN_OF = [
  'and|n|ok and|okay and|so|what about|what bout|wat about|how about|vs\\.?|versus|compared (?:to|with)|but|(?:and\\s+)?conversely,?(?:\\s+(?:for|with))?|(?:and\\s+)?any(?:thing)?(?=\\s+(?:for|with|in|on)\\b)',
  'same for|same question for|and the same for|is it the same for|same with|same goes for|and what about|what about for',
  '(?:and\\s+)?the\\s+(?:equivalent|same|matching|corresponding)(?:\\s+(?:list|one|thing|bit))?\\s+for',
  '(?:and\\s+)?(?:does|is)\\s+(?:the\\s+same|that|this|it)\\s+(?:also\\s+)?(?:hold(?:\\s+true)?|apply|go|true|the\\s+case)\\s+(?:for|to|with)',
  '(?:and\\s+)?is(?=\\s+(?:the\\s+)?(?:iot|m2m)\\s+(?:also\\s+)?like\\s+(?:this|that))',
].join('|');
/** The side asked about, maybe as a part of it: "to an m2m network", "the iot one", "IoT's", "the old M2M kit". */
const SIDE_ASKED_OF = `(?:(?:for|to|with|in|on|of)\\s+)?(?:(?:the|a|an)\\s+)?(?:(?:old|older|new|newer|smart|old-school|traditional)\\s+)?(?<side>${A_SIDE})\\b(?:['’]s\\b)?(?:\\s+(?:ones?|network|system|setup|side|devices|gadgets|kit|stuff|gear|tech|lot|version|approach))?`;
/** What may close the follow-up and asks the same again: "too", "then", "same deal", "also like this", "what's that like then". */
const THE_SAME_AGAIN = [
  '(?:is\\s+)?(?:also\\s+)?like\\s+(?:this|that)(?:\\s+too)?|then|too|though|tho|isn[\'’]?t|doesn[\'’]?t|is not|does not|either|as well|also|likewise',
  '(?:also\\s+)?(?:the\\s+)?same|(?:on|in)\\s+that\\s+(?:front|respect|regard|score)|same deal|same story|same there',
  'what(?:[\'’]s|\\s+is)\\s+(?:that|it)\\s+like(?:\\s+then)?|(?:does|do)\\s+(?:it|they)\\s+work\\s+the\\s+same(?:\\s+way)?|what\\s+(?:does|do)\\s+(?:it|they)\\s+(?:want|need)|for\\s+comparison|(?:which|what)(?:\\s+ones?)?\\s+(?:does|do)\\s+(?:it|they|the\\s+article)\\s+(?:name|list|give|mention|say)',
].join('|');
/**
 * The question before asked again of a side: "and m2m?", "cool and iot?", "same for the iot one?", "and to an m2m
 * network?", "M2M too?", "M2M?", "and does the same hold for M2M?", "and m2m? same deal?", "is IoT also like this?".
 */
const SAME_OF_A_SIDE = new RegExp(`^${ACKNOWLEDGED}(?:(?<lead>${ASKS_AGAIN_OF})\\s+)?${SIDE_ASKED_OF}(?:\\s*[,?]?\\s*(?<tail>${THE_SAME_AGAIN}))?\\W*$`, 'i');

/** "does M2M dodge that?", "does IoT suffer from it too?": whether the other side shares the matter just answered. */
const SHARES_THE_MATTER = ['dodge', 'dodges', 'avoid', 'avoids', 'escape', 'escapes', 'suffer', 'suffers', 'share', 'shares'];
/**
 * Words that only ask the question before again, of the side they name: "and is that the same for m2m?", "what does it
 * say of M2M in that respect?", "and the IoT side of that story?", "lovely, and the same for IoT?", "is IoT any better on
 * that front?", "IoT by comparison?", "does IoT work the same way?", "is there an M2M equivalent?", "does M2M get the same?".
 */
const ASKS_THE_SAME_WORDS = new Set(['and', 'n', 'so', 'ok', 'okay', 'lovely', 'cool', 'nice', 'great', 'thanks', 'right', 'what', 'about', 'bout', 'how', 'is', 'it', 'that', 'this', 'does', 'do', 'the', 'a', 'an', 'of', 'for', 'with', 'in', 'on', 'to', 'same', 'again', 'too', 'also', 'then', 'true', 'hold', 'holds', 'apply', 'applies', 'go', 'goes', 'say', 'says', 'article', 'respect', 'regard', 'front', 'point', 'score', 'side', 'story', 'kind', 'type', 'sort', 'one', 'ones', 'case', 'equivalent', 'likewise', 'either', 'as', 'well', 'opposite', 'compare', 'compares', 'fare', 'fares', 'any', 'better', 'worse', 'by', 'comparison', 'contrast', 'way', 'work', 'works', 'there', 'get', 'gets', 'have', 'has', 'even', 'those', 'problem', 'problems', 'issue', 'issues', 'from', ...SHARES_THE_MATTER]);
/**
 * Of those, the ones that say the question is asked again ("and opposite, for m2m?", "how does IoT compare in that
 * respect?", "IoT by comparison?", "is IoT any better on that front?"; a bare "how does m2m compare?" asks how the two
 * differ). "and" and "about" alone do not: "and what is m2m?" and "what does the article say about m2m?" ask afresh.
 */
const ASKS_AGAIN_WORDS = new Set(['same', 'again', 'too', 'also', 'respect', 'regard', 'front', 'equivalent', 'likewise', 'either', 'opposite', 'comparison', 'contrast', ...SHARES_THE_MATTER]);
/** These ask again only after the word given: "the IoT side of that story?", "in this case?", "what bout m2m", "and the m2m kind?". */
const ASKS_AGAIN_AFTER: ReadonlyMap<string, readonly string[]> = new Map([
  ['point', ['that', 'this']],
  ['story', ['that', 'this']],
  ['case', ['that', 'this']],
  ['kind', ['the']],
  ['type', ['the']],
  ['sort', ['the']],
  ['about', ['what', 'how']],
  ['bout', ['what', 'how']],
  // "does M2M even have it?"
  ['it', ['have', 'has']],
]);
const MAX_WORDS_ASKING_THE_SAME = 9;

/** "and IoT does what instead?", "what does m2m do instead of that?", "explain the IoT side of that". */
const ASKS_WHAT_A_SIDE_DOES_INSTEAD = /^(?:and\s+|so\s+|but\s+|ok\s+|explain\s+|and\s+explain\s+)?(?:what\s+does\s+(iot|m2m)\s+do\s+instead(?:\s+of\s+that)?|(iot|m2m)\s+does\s+what\s+instead|(?:the\s+)?(iot|m2m)\s+side\s+of\s+(?:that|this|it))\W*$/i;

/** "IoT needs what then?", "and what does iot want instead?": what the other side needs, after an answer on one of its side's needs ("M2M works without Wi-Fi"). */
const ASKS_WHAT_A_SIDE_NEEDS_THEN = /^(?:and\s+|so\s+|but\s+|ok\s+)?(?:what\s+(?:does|do|would)\s+(?:the\s+)?(iot|m2m)(?:\s+one)?\s+(?:need|want|require|use|rely\s+on)|(?:the\s+)?(iot|m2m)(?:\s+one)?\s+(?:needs|wants|requires|uses|relies\s+on)\s+what)\s+(?:instead(?:\s+then)?|then(?:\s+instead)?)\W*$/i;

/** A turn that asks what a side needs or wants ("and iot, what does it want?"), not what it is. */
const ASKS_WHAT_IT_NEEDS = /\b(?:needs?|wants?|requires?|instead)\b/i;

/** "vs iot?", "compared with m2m?": a side set against the one before. */
const COMPARES = /\b(?:vs\.?|versus|compared)(?=\s|$)/i;
/** The side a short turn asks the answer before again of: "and iot?", "IoT instead?", "and IoT does what instead?". */
function sideAskedOf(text: string): Side | undefined {
  const named = SAME_OF_A_SIDE.exec(text)?.groups?.side ?? /^(?:and\s+|so\s+)?(iot|m2m)\s+instead\W*$/i.exec(text)?.[1];
  const instead = ASKS_WHAT_A_SIDE_DOES_INSTEAD.exec(text);
  const side = named ?? instead?.[1] ?? instead?.[2] ?? instead?.[3];
  return side === undefined ? sideAskedAgainOf(text) : sideOf(side);
}

/** The side a turn asks the question before again of, in words that ask nothing else; else undefined. */
function sideAskedAgainOf(text: string): Side | undefined {
  const named = sidesNamed(text);
  if (named.size !== 1) return undefined;
  const rest = words(text.replace(new RegExp(`\\b${A_SIDE}\\b`, 'gi'), ' '));
  const onlyAsksAgain = rest.length <= MAX_WORDS_ASKING_THE_SAME && rest.every((w) => ASKS_THE_SAME_WORDS.has(w)) && rest.some((w, i) => ASKS_AGAIN_WORDS.has(w) || (ASKS_AGAIN_AFTER.get(w)?.includes(rest[i - 1] ?? '') ?? false));
  return onlyAsksAgain ? [...named][0] : undefined;
}

/** The one side the turn before asked about, or else the one its answer was about. */
function sideAsked(previous: PreviousTurn): Side | undefined {
  const named = sidesNamed(previous.question);
  if (named.size === 1) return [...named][0];
  return named.size === 0 ? sideAnswered(previous) : undefined;
}

export class FollowUpReader {
  /** The entry that says what something makes possible: null until asked for. */
  private whatItGivesEntry: string | undefined | null = null;
  /** The words of the article's headings, found when first needed. */
  private wordsOfHeadings: ReadonlySet<string> | undefined;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly engine: AnswerEngine,
    /** The entries that gather several criteria: the article's "best when" lists. */
    private readonly lists: ReadonlySet<string>,
    /** The entries that weigh those lists against each other ("which should we choose?"). */
    private readonly weighing: ReadonlySet<string>,
    /** The article's criteria for choosing a side, one entry each ("M2M is best when there is no Wi-Fi"). */
    private readonly criteria: ReadonlySet<string>,
    /** The topics the article leaves out: "any of them use MQTT?" is not a question about the answer just given. */
    private readonly outOfScope: OutOfScope,
    /** The entries about the article itself, found by the responder. */
    private readonly canned: () => Pick<CannedAnswers, 'aboutTheArticle' | 'theArticle'>,
  ) {}

  /**
   * "and if the connection is patchy?" or "and kit that must work offline?" after a recommendation or a criterion:
   * which side fits that case instead. So does a project told with no question of its own ("we'll open 10 more
   * taprooms next year") after the article's "it depends" on which to choose: it says what the choice depends on.
   */
  asksAnotherCase(question: string, previous: PreviousTurn, tellsANeed: (text: string) => boolean = () => false): boolean {
    const trimmed = question.trim();
    if (previous.entryIds.some((id) => this.weighing.has(id)) && !trimmed.includes('?') && !STARTS_ASKING_POLITELY.test(trimmed)) return true;
    if (previous.kind !== 'scenario' && this.criterionGiven(previous) === undefined) return false;
    const own = ASKS_ITS_OWN.exec(trimmed);
    const asksItsOwn = own !== null && !STILL_WHICH_FITS.test(own[1] ?? '');
    // "And mixed-brand kit that has to work together?": a case told in a need (`tellsANeed`, the chooser's cues) of neither side.
    return (WHAT_IF.test(trimmed) && !asksItsOwn) || (ANOTHER_CASE_TOLD.test(trimmed) && sidesNamed(trimmed).size === 0 && tellsANeed(trimmed));
  }

  /**
   * "why not m2m?" after a recommendation of IoT, or an IoT criterion: the reasoning behind the criterion it rests on
   * (its `why`: "no Wi-Fi" → IoT is wireless, M2M need not be), else that criterion.
   */
  whyNotTheOtherSide(question: string, previous: PreviousTurn): Response | undefined {
    const named = ASKS_WHY_NOT_A_SIDE.exec(question.trim())?.[1];
    const given = named === undefined ? undefined : this.criterionGiven(previous);
    if (!given || named === undefined) return undefined;
    const side = sideOfEntry(given.entry.id);
    // After a mix, neither side was ruled out.
    const recommended = previous.kind === 'scenario' ? previous.recommended : side;
    if (side === undefined || recommended !== side || sideOf(named) === side) return undefined;
    const reason = this.reasoningBehind(given.entry);
    return { ...(reason ? certainAnswer(reason, question) : given), question, readAs: previous.question };
  }

  /**
   * "so which one for the flare stack then?" after a criterion: the criterion decides the case named. Only for a
   * message with no reading of its own, and not when it names the other side ("ok so m2m for it?" after an IoT one).
   */
  caseDecidedBefore(question: string, previous: PreviousTurn): Response | undefined {
    const asked = ASKS_ABOUT_A_CASE.exec(question.trim());
    const given = asked ? this.criterionGiven(previous) : undefined;
    if (!given) return undefined;
    const named = sidesNamed(question);
    const side = sideOfEntry(given.entry.id);
    return named.size === 0 || (side !== undefined && named.size === 1 && named.has(side)) ? { ...given, question, readAs: previous.question } : undefined;
  }

  /**
   * What the article does say, for a follow-up it does not cover ("which one is cheaper to run then?" after the
   * labour M2M takes): the answer just given, which the decline offers instead.
   */
  coveredBefore(question: string, alone: Decision, previous: PreviousTurn): Candidate | undefined {
    const entry = previous.kind === 'answer' && previous.entryIds[0] !== undefined ? this.kb.byId.get(previous.entryIds[0]) : undefined;
    // Only a follow-up about that answer: it points back and shares a word with it ("cheaper to run" and "keep running").
    const said = new Set(words(entry?.answer ?? '').map((w) => this.engine.stem(w)));
    const touches = ownWords(question).some((w) => said.has(this.engine.stem(w)));
    return entry && touches && POINTS_BACK.test(question.toLowerCase()) && this.isFollowUp(question, alone, previous) ? { entry, confidence: 'confidence' in alone ? alone.confidence : 0 } : undefined;
  }

  /**
   * "what's the point of them?" after what a UID is, "but are they?" after how the two are seen: a short turn that points
   * back, that nothing answers, whose first few matches include the answer just given, and whose own words mostly come
   * from the conversation ("what is a croissant then?" after what M2M is does not) asks more of that answer. It comes
   * again with the turn's own confidence in it.
   */
  moreOfTheAnswer(question: string, unanswered: Extract<Decision, { kind: 'fallback' }>, previous: PreviousTurn): AnswerDecision | undefined {
    const given = this.givenAgain(previous);
    const close = unanswered.candidates.slice(0, MAX_NEAREST).find((c) => c.entry.id === given?.entry.id);
    if (!given || !close || previous.kind !== 'answer' || !POINTS_BACK.test(question.toLowerCase())) return undefined;
    return this.mostlyTheConversationsWords(question, given, previous) && this.isFollowUp(question, unanswered, previous) ? { ...given, confidence: close.confidence, question } : undefined;
  }

  /** The criterion, or list of criteria, the turn before answered with or rested on. */
  private criterionGiven(previous: PreviousTurn): AnswerDecision | undefined {
    const given = this.givenAgain(previous);
    return given && (this.criteria.has(given.entry.id) || this.lists.has(given.entry.id)) ? given : undefined;
  }

  /** "which section's that in?" after an answer, answered with that answer again: where it is said is asked. */
  asksWhereItIsSaid(question: string, response: Extract<Response, { kind: 'answer' }>, previous: PreviousTurn): boolean {
    const trimmed = question.trim();
    return this.checksTheSource(trimmed) && A_PLACE_IN_IT.test(trimmed) && previous.entryIds.includes(response.entry.id);
  }

  /** "is that from the article?", "which section's that in?" and the like: where the answer just given comes from. */
  private checksTheSource(text: string): boolean {
    return CHECKS_THE_SOURCE.test(text) || asksWhereItIsSaid(text, this.headingWords());
  }

  /**
   * The words of the article's headings that name a part of it ("main", "difference", "introduction"): not the sides'
   * names, nor words any question about the article has ("is there a part 2 of this article?" names no part of it).
   */
  private headingWords(): ReadonlySet<string> {
    this.wordsOfHeadings ??= new Set(this.kb.entries.flatMap((e) => ownWords(e.source)).filter((w) => sidesNamed(w).size === 0 && !SAYS_WHERE.has(w)));
    return this.wordsOfHeadings;
  }

  /**
   * The response to `question` read as a follow-up of `previous`, or undefined when it stands alone:
   * a lone question word, the reasoning an entry names (`why`), the next step, the source, something the
   * answer mentions, or the question read with the turn before it.
   */
  answer(question: string, alone: Decision, previous: PreviousTurn): Response | undefined {
    // "so which should we use?" after one side's list is the general question, not more of that list.
    if (ASKS_WHICH_IS_BETTER.test(question.trim()) && previous.kind !== 'scenario') return undefined;
    // Read on as the question the example answers, so "any other?" after it does not go back to the answer before.
    const example = this.exampleFor(question, previous);
    if (example) return { ...example, question, readAs: example.entry.questions[0] ?? previous.question };
    // "another one?" after one of the article's examples asks for its other example, though it names none.
    const other = ASKS_FOR_ANOTHER_ALONE.test(question.trim()) ? this.otherExample(question, previous, this.shownBefore(previous)) : undefined;
    if (other) return { ...other, question, readAs: `${question} ${previous.question}` };
    const lone = this.loneQuestionWord(question, previous);
    if (lone) return { ...lone, question, readAs: `${question} ${previous.question}`.trim() };
    const reason = this.reasonFor(question, previous);
    if (reason) return { ...reason, question, readAs: previous.question };
    const criteria = this.criteriaAfterItDepends(question, previous);
    if (criteria) return criteria;
    // The next step is read as the question it follows, so "and then?" twice does not pile up.
    const next = this.nextStep(question, previous);
    if (next) return { ...next, question, readAs: previous.question, ...(previous.entryIds.includes(next.entry.id) ? { lastStep: true as const } : {}) };
    const dated = this.whenItCameOut(question, previous);
    if (dated) return { ...dated, question, readAs: previous.question };
    const source = this.sourceOf(question);
    if (source) return { ...source, question, readAs: source.question };
    // "for both of them, or just IoT?" asks how far the answer just given reaches, "is wireless one of them?" whether it
    // lists something, "is that what makes it M2M?" whether it is the point: that answer says.
    const again = previous.kind === 'answer' && previous.entryIds.length === 1 && (this.asksHowFarItHolds(question, previous) || CHECKS_WHAT_MAKES_IT.test(question.trim()) || this.includedInTheAnswer(question, previous) || this.countInTheAnswer(question, previous)) ? this.givenAgain(previous) : undefined;
    if (again) return { ...again, question, readAs: previous.question };
    const oneSide = this.oneSideOfAnAnswerAboutBoth(question, previous) ?? this.whatTheOtherSideNeeds(question, previous);
    if (oneSide) return { ...oneSide, question, readAs: previous.question };
    const theirs = this.theirDevicesAsked(question, previous);
    if (theirs) return theirs;
    const mentioned = alone.kind !== 'answer' && this.mentionedInTheAnswer(question, previous);
    if (mentioned) return { ...mentioned, question, readAs: mentioned.question };
    if ((previous.entryIds.length > 0 || previous.kind === 'scenario') && this.isFollowUp(question, alone, previous)) {
      const { text: readAs, otherSide, target } = this.readInContext(question, previous);
      const inContext = otherSide ? this.engine.decide(readAs, this.otherSideCandidates(readAs, previous, question, target)) : this.engine.decide(readAs, this.followUpCandidates(question, readAs, alone, previous));
      // "any other example?": the entry next to the one just given (its related entries) that the conversation matches best.
      const another = ASKS_FOR_ANOTHER.test(question.trim());
      // The article's other example, read on from the one before: asked again, it is not given twice.
      const other = another ? this.otherExample(question, previous, this.shownBefore(previous)) : undefined;
      if (other) return { ...other, question, readAs: `${question} ${previous.question}` };
      const answered = (another ? this.nextToAnswer(question, previous, readAs, this.shownBefore(previous)) : undefined) ?? answerOf(this.kb, inContext) ?? (otherSide ? this.sideOffered(inContext, target) : this.nearTheAnswerOffered(inContext, previous)) ?? this.nextToPrevious(alone, previous);
      // The answer just given again only when asked for more of it, or about a word of it ("over what infrastructure?").
      // Asked of the other side ("does the same hold for m2m?"), it is the question before: its words owe nothing new.
      if (answered && (otherSide || ((!this.repeats(question, answered.entry.id, previous) || this.wordOfTheAnswer(question, previous)) && this.owesToItsWords(question, answered, previous)))) {
        // A turn its own words answer alike ("what's UID?") is remembered as asked: the turn after it is not read with every turn before.
        const standsAlone = alone.kind === 'answer' && alone.entry.id === answered.entry.id && !POINTS_BACK.test(question.toLowerCase());
        return standsAlone ? { ...answered, question } : { ...answered, question, readAs };
      }
      // "over what kind of network?" after a question about M2M stays on M2M, however the words alone lean.
      const kept = this.keptSide(question, inContext, alone, previous);
      if (kept) return { ...kept, question, readAs };
      // "another example?" is not answered with the example just given, however its words alone lean.
      const exampleAgain = another && alone.kind === 'answer' && previous.entryIds.includes(alone.entry.id);
      if ((inContext.kind === 'clarify' && alone.kind !== 'answer') || (exampleAgain && (inContext.kind === 'clarify' || inContext.kind === 'fallback'))) return { ...inContext, question, readAs };
      // "why?" that nothing else answers: the answer just given holds its reasoning.
      const again = asksWhyAlone(question.trim()) ? this.givenAgain(previous) : undefined;
      if (again) return { ...again, question, readAs };
    }
    return this.onTheSideBefore(question, alone, previous);
  }

  /**
   * "so how do the devices send their data?" after an answer about IoT asks how IoT's devices send it: read with
   * "they" or "the devices" as that side's devices, it is answered so when that lands surely on that side, on something
   * other than the answer just given.
   */
  private theirDevicesAsked(question: string, previous: PreviousTurn): Response | undefined {
    const asked = this.askedOfItsDevices(question, previous) ?? (THE_DEVICES.test(question) ? this.askedOfTheSideBefore(question, previous) : undefined);
    if (!asked) return undefined;
    const onIt = answerOf(this.kb, this.engine.ask(asked));
    return onIt && onIt.confidence >= STANDS_ALONE && sideOfEntry(onIt.entry.id) === sideAnswered(previous) && !previous.entryIds.includes(onIt.entry.id) ? { ...onIt, question, readAs: asked } : undefined;
  }

  /**
   * "how do they tell them apart?" or "what's inside those things?" after what IoT's "things" are: asked of that side's
   * devices. After "what is IoT?" they may ask how IoT and M2M differ, and are left alone.
   */
  private askedOfItsDevices(question: string, previous: PreviousTurn): string | undefined {
    const side = sideAnswered(previous);
    if (!side || NAMES_A_SIDE.test(question) || WHAT_IS_A_SIDE.test(previous.question.trim())) return undefined;
    if (TELLS_ONE_FROM_ANOTHER.test(question)) return `how are ${side} devices told apart from one another?`;
    // "and what's inside those things?" after what the things are: what that side's devices have in them.
    return WHAT_IS_IN_THEM.test(question) ? `what is inside an ${side} device?` : undefined;
  }

  /**
   * "and how do they send the information?" after IoT's technologies, answered alone with M2M's networks: the same turn
   * read of the side before (its devices, or the side added) is answered so when it lands on that side.
   */
  private onTheSideBefore(question: string, alone: Decision, previous: PreviousTurn): Response | undefined {
    const side = sideAsked(previous);
    if (!side || alone.kind !== 'answer' || sideOfEntry(alone.entry.id) !== otherSideThan(side)) return undefined;
    // Or any short turn naming no side whose words alone land on the other side's version of a matter this side has
    // too ("what networks can it go over?" after IoT's gateways matches M2M's networks): it is asked of this side.
    const sameMatterHere = this.kb.byId.has(onSide(alone.entry.id, side)) && !NAMES_A_SIDE.test(question) && words(question).length <= SHORT_TURN_WORDS && !ABOUT_BOTH.test(question);
    const asked = this.askedOfTheSideBefore(question, previous) ?? (sameMatterHere ? withTheSide(question, side) : undefined);
    if (!asked) return undefined;
    const onIt = answerOf(this.kb, this.engine.ask(asked));
    return onIt && sideOfEntry(onIt.entry.id) === side ? { ...onIt, question, readAs: asked } : undefined;
  }

  /**
   * A short turn about how devices send or connect, naming no side, asked of the side the answer before was about:
   * "they" or "the devices" read as that side's devices, or the side added. Undefined when the turn is about something
   * else ("how do they know?" after the author), about both sides ("can they be used together?"), or the answer before
   * was on no side.
   */
  private askedOfTheSideBefore(question: string, previous: PreviousTurn): string | undefined {
    const side = sideAnswered(previous);
    if (!side || NAMES_A_SIDE.test(question) || words(question).length > SHORT_TURN_WORDS || !ASKS_HOW_DATA_GOES.test(question) || ABOUT_BOTH.test(question)) return undefined;
    const theirs = question.replace(THE_DEVICES, `${side} devices`);
    return theirs === question ? `${question} ${side}` : theirs;
  }

  /**
   * Whether an answer found for a follow-up read with the turn before owes something to the follow-up: it points
   * back ("it", "that"), carries on ("and…"), has no words of its own, or takes most of them from the conversation.
   * "where do we park on fridays?" after "who wrote the article?" matched the article's header by the turn before alone.
   */
  private owesToItsWords(question: string, answered: AnswerDecision, previous: PreviousTurn): boolean {
    const lower = question.toLowerCase().trim();
    return POINTS_BACK.test(lower) || CARRIES_ON.test(lower) || asksWhyAlone(lower) || this.mostlyTheConversationsWords(question, answered, previous);
  }

  /**
   * Whether at least half the words of a turn of its own come from the conversation: the question before, the answers
   * it got, the entry found (its answer or phrasings). "what's first on that list?" does; "Did anyone watch the match
   * last night?" after an answer about IoT does not, though "anyone" is in a phrasing.
   */
  private mostlyTheConversationsWords(question: string, found: AnswerDecision, previous: PreviousTurn): boolean {
    const own = ownWords(question.toLowerCase());
    const said = this.stemsOf([found.entry.answer, ...found.entry.questions, previous.question, ...previous.entryIds.map((id) => this.kb.byId.get(id)?.answer ?? '')]);
    return own.filter((w) => said.has(this.engine.stem(w))).length * 2 >= own.length;
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
    if (LONE_QUESTION_WORD.test(question.trim())) {
      // "where was it published?" after the byline and date: the answer just given, when its words alone surely find it.
      const itself = answerOf(this.kb, this.engine.ask(question));
      if (itself && itself.confidence >= STANDS_ALONE && previous.entryIds.includes(itself.entry.id)) return itself;
      return this.nextToAnswer(question, previous, question);
    }
    // "doing what?" after "M2M has been around for decades": what it has been used for, as "what's that good for?" asks;
    // failing that, of the answer and the entries next to it, the one that best says what its subject is used for.
    // Only of a side: "what for?" after the article's date, or a recommendation, is no question of use.
    if (!ASKS_WHAT_FOR.test(question.trim()) || previous.kind === 'scenario' || sideAsked(previous) === undefined) return undefined;
    return this.whatItGives(question, previous) ?? this.usedFor(question, previous);
  }

  /**
   * Of the answer before and the entries next to it, the one that best says what the subject asked before is used for:
   * often that answer itself ("who approves the transaction?" → "for what exactly?"), which is safer than a neighbour.
   */
  private usedFor(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    const near = new Set([...previous.entryIds, ...this.relatedTo(previous.entryIds)]);
    const best = this.engine.rank(`${previous.question} used for`, this.kb.entries.length).find((c) => near.has(c.entry.id));
    return best && best.confidence >= USED_FOR_AT ? { kind: 'answer', entry: best.entry, confidence: best.confidence, candidates: [best], question } : undefined;
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
   * "and then?" or "what happens next?" after an answer asks for the next step of what was just explained. Where the
   * article tells a sequence, its entries name their next step (`next`): that step; "how does it wrap up?" the last
   * one; and after the last, that step again (the account ends there; a related entry would go a step back).
   * Elsewhere, the entry next to the answer (its related entries) that the question before matches best.
   */
  private nextStep(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    const trimmed = question.trim();
    const asksNext = NEXT_STEP.test(trimmed) || ASKS_THE_NEXT_POINT.test(trimmed);
    const asksTheEnd = ASKS_HOW_IT_ENDS.test(trimmed) || ASKS_FOR_THE_LAST_STEP.test(trimmed);
    if (!asksNext && !asksTheEnd && !ASKS_WHAT_THEN.test(trimmed)) return undefined;
    const told = previous.kind === 'answer' && previous.entryIds.length === 1 ? this.kb.byId.get(previous.entryIds[0] ?? '') : undefined;
    const steps = told ? this.stepsFrom(told) : [];
    const inASequence = steps.length > 1 || (told !== undefined && this.kb.entries.some((e) => e.next === told.id));
    // "how does it wrap up?" and "and then what does the bank do?" ask for a step only inside a sequence, and the
    // latter only in the sequence's own words: elsewhere they may ask how the article ends, or something new.
    const asksAStep = inASequence && !asksNext && !asksTheEnd && !NAMES_A_SIDE.test(trimmed) && this.allIn(ownWords(trimmed), steps);
    if (!asksNext && !asksTheEnd && !asksAStep) return undefined;
    if (told && inASequence) return certainAnswer((asksTheEnd ? steps.at(-1) : steps[1]) ?? told, question);
    if (!asksNext) return undefined;
    // What comes next carries on from what the answer said, more than from how it was asked: the answer goes first,
    // where a cut at MAX_QUESTION_CHARS keeps it.
    const said = previous.entryIds.map((id) => this.kb.byId.get(id)?.answer ?? '').join(' ');
    return this.nextToAnswer(question, previous, `${said} ${previous.question}`);
  }

  /**
   * "and when did it go up?" after the article's author or where it appeared: when the article came out. Alone it would
   * ask when to use a side ("when?" is the question word of the article's lists).
   */
  private whenItCameOut(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    const { aboutTheArticle } = this.canned();
    if (!ASKS_WHEN_IT_CAME_OUT.test(question.trim()) || previous.entryIds.length === 0 || !previous.entryIds.every((id) => aboutTheArticle.has(id))) return undefined;
    const dated = this.engine.rank(`when was the article published? ${question}`, 8).find((c) => aboutTheArticle.has(c.entry.id));
    return dated ? certainAnswer(dated.entry, question) : undefined;
  }

  /** `entry` and the steps after it, by `next`, each once (a loop in the content stops where it comes back). */
  private stepsFrom(entry: Entry): Entry[] {
    const steps = [entry];
    for (let step = entry.next === undefined ? undefined : this.kb.byId.get(entry.next); step && !steps.includes(step); step = step.next === undefined ? undefined : this.kb.byId.get(step.next)) steps.push(step);
    return steps;
  }

  /** Whether every one of `own` is, stemmed, a word of one of `entries` (its answer or phrasings) or of `texts`. */
  private allIn(own: readonly string[], entries: readonly Entry[], texts: readonly string[] = []): boolean {
    const said = this.stemsOf([...entries.flatMap((e) => [e.answer, ...e.questions]), ...texts]);
    return own.every((w) => said.has(this.engine.stem(w)));
  }

  /** The stems of the words of `texts`. */
  private stemsOf(texts: readonly string[]): Set<string> {
    return new Set(words(texts.join(' ')).map((w) => this.engine.stem(w)));
  }

  /**
   * "why?", "why would that be?" or "how come they grow together?" after an answer whose reasoning the article gives
   * elsewhere: the entry its `why` names. Only when every other word of the question comes from that answer, its
   * phrasings or the question before; "why is it cheaper?" asks something new.
   */
  private reasonFor(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    // After a recommendation of one side, the reasoning of the criterion it rests on most ("no Wi-Fi": M2M need not be
    // wireless); a mix rests on criteria of both sides, which no one reasoning explains.
    const oneSide = previous.kind === 'answer' || (previous.kind === 'scenario' && previous.recommended !== undefined);
    if (!ASKS_WHY.test(question.trim()) || !oneSide || previous.entryIds.length !== 1) return undefined;
    const told = this.kb.byId.get(previous.entryIds[0] ?? '');
    const reason = told && this.reasoningBehind(told);
    // The weighing of the two gives its own reasoning ("which is better?" "It depends on…"; "why?"): it again, for a bare "why?".
    if (told && !reason && this.weighing.has(told.id) && BARE_WHY.test(question.trim())) return this.givenAgain(previous);
    if (!told || !reason) return undefined;
    return this.allIn(ownWords(question), [told], [previous.question]) ? certainAnswer(reason, question) : undefined;
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
    return this.allSaid(own, given) ? given : undefined;
  }

  /**
   * Whether a turn asks how far the answer just given holds: "one side or both?" of any answer, "both?" alone only of one
   * that says "both" (an answer that sets the two apart holds for neither alone).
   */
  private asksHowFarItHolds(question: string, previous: PreviousTurn): boolean {
    const trimmed = question.trim();
    return ASKS_HOW_FAR_IT_HOLDS.test(trimmed) && (/\bor\b/i.test(trimmed) || /\bboth\b/i.test(this.givenAgain(previous)?.entry.answer ?? ''));
  }

  /** Whether a short turn of no side asks how many ("between how many devices?", "so only 2 things at once??") of an answer that gives a number. */
  private countInTheAnswer(question: string, previous: PreviousTurn): boolean {
    const given = this.givenAgain(previous);
    return given !== undefined && ASKS_HOW_MANY.test(question) && words(question).length <= SHORT_TURN_WORDS && sidesNamed(question).size === 0 && A_NUMBER.test(given.entry.answer);
  }

  /** Whether a turn asks if the answer just given includes something it names, in words of that answer and of no side. */
  private includedInTheAnswer(question: string, previous: PreviousTurn): boolean {
    // "Banking as well? I thought banks were the M2M example.": a remark after the question asks nothing more.
    const [first = '', ...remarks] = sentences(question.trim());
    const m = ASKS_IF_IT_INCLUDES.exec(remarks.length > 0 && !remarks.join(' ').includes('?') ? first : question.trim());
    const subject = m?.[1] ?? m?.[2] ?? m?.[3];
    const given = this.givenAgain(previous);
    const own = ownWords(subject ?? '');
    // A side's list of when it is best has an entry for each of its points: "reliable too?" after it asks about that one.
    return subject !== undefined && given !== undefined && !this.lists.has(given.entry.id) && own.length > 0 && own.length <= 2 && sidesNamed(subject).size === 0 && !THE_OTHER_SIDE.test(subject) && this.allSaid(own, given);
  }

  /** The answer just given, for a short follow-up whose own words all come from it ("platform running over what?"). */
  private wordOfTheAnswer(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    const given = this.givenAgain(previous);
    const own = ownWords(question);
    if (!given || own.length === 0 || words(question).length > ABOUT_A_WORD_OF_IT || THE_OTHER_SIDE.test(question)) return undefined;
    return this.allSaid(own, given) ? given : undefined;
  }

  /** Whether every one of `own` is, stemmed, a word of the answer `given`. */
  private allSaid(own: readonly string[], given: AnswerDecision): boolean {
    const said = new Set(words(given.entry.answer).map((w) => this.engine.stem(w)));
    return own.every((w) => said.has(this.engine.stem(w)));
  }

  /** The entries related to those of `turns` (the answers given before), which answer next to them. */
  private relatedTo(turns: readonly string[]): string[] {
    return turns.flatMap((id) => this.kb.byId.get(id)?.related ?? []);
  }

  /**
   * A short question about the answer just given, read with the question before: how it works, whether
   * it is good or bad, the list a criterion belongs to, or an item of the list it gave.
   */
  aboutTheAnswer(question: string, previous: PreviousTurn): Response | undefined {
    const trimmed = question.trim();
    const withBefore = `${trimmed} ${previous.question}`.trim();
    if (ASKS_HOW_IT_WORKS.test(trimmed)) return this.asReadWith(this.howItWorks(question, previous), question, withBefore);
    const overWhat = ASKS_OVER_WHAT.exec(trimmed);
    // The side of the answer, or of the question it answered ("The article says M2M is point to point, yes?"); not of a
    // question left unanswered ("Is IoT an upgrade?" then "over what?").
    const side = previous.entryIds.length === 0 ? undefined : (sideOfEntry(previous.entryIds[0] ?? '') ?? theOneSideNamed(previous.question));
    // After a step of a process told in steps ("…the cash machine example"), its next step says through what.
    const nextStep = this.kb.byId.get(this.kb.byId.get(previous.entryIds[0] ?? '')?.next ?? '');
    // Only in a process told in steps on one side (the ATM's transaction): the article's points come one after another too.
    const sideOfStep = sideOfEntry(previous.entryIds[0] ?? '');
    if (overWhat && nextStep && sideOfStep !== undefined && sideOfEntry(nextStep.id) === sideOfStep) return this.asReadWith(certainAnswer(nextStep, question), question, previous.question);
    // Not after a criterion or a list of them: "through what?" after real-time syncing asks what that one names (a cloud).
    const aboutChoosing = previous.entryIds.some((id) => this.criteria.has(id) || this.lists.has(id));
    // Only after a question about a connection: "what does it use?" after how IoT identifies devices asks something else.
    const uses = ASKS_WHAT_IT_USES.test(trimmed) && previous.kind === 'answer' && ASKED_OF_A_CONNECTION.test(previous.question) ? (theOneSideNamed(trimmed) ?? side) : undefined;
    if (uses) {
      const asked = CARRIED(uses, false);
      return this.asReadWith(answerOf(this.kb, this.engine.ask(asked)), question, asked);
    }
    if (overWhat && side && !aboutChoosing) {
      // "through what?" asks what carries it (a gateway); "over what?" or "through what networks?" the networks.
      const asked = CARRIED(side, overWhat[1]?.toLowerCase() !== 'over' && overWhat[2] === undefined);
      return this.asReadWith(answerOf(this.kb, this.engine.ask(asked)), question, asked);
    }
    if (ASKS_FOR_A_VERDICT.test(trimmed)) return this.asReadWith(this.weighed(question, previous), question, withBefore);
    if (asksWhatItGives(trimmed)) {
      const gives = this.whatItGives(question, previous);
      if (gives) return this.asReadWith(gives, question, withBefore);
    }
    if (ASKS_FOR_THE_LIST.test(trimmed)) return this.asReadWith(this.listOf(question, previous), question, withBefore);
    if (ASKS_TO_GO_ON.test(trimmed)) return this.asReadWith(this.moreOnIt(question, previous), question, previous.question);
    // The answer again, read as the question before (so "and the last one?" can follow): an item of the list it gave,
    // the same in plainer words, "so which is it?", or a check of it that names its side or source ("so that's m2m?", "is that from the article?").
    // A check of the source may follow a short remark ("that sounds backwards, you sure that's what it says?").
    const clauses = trimmed.split(/[,.;:!?]\s+/);
    const lastClause = clauses.pop() ?? trimmed;
    const afterARemark = words(clauses.join(' ')).length <= REMARK_WORDS && this.checksTheSource(lastClause);
    // …or come first, with a reason after it ("Under which heading does it say that, please? I should like to cite it.").
    const [firstSentence, ...rest] = sentences(trimmed);
    // A reason asks nothing: "Is that from the article? And who wrote it?" asks a second question.
    const reason = rest.join(' ');
    const beforeAReason = rest.length > 0 && (this.checksTheSource(firstSentence ?? '') || ASKS_WHICH_AGAIN.test(firstSentence ?? '')) && words(reason).length <= REASON_WORDS && !reason.includes('?') && !STARTS_A_QUESTION.test(reason) && sidesNamed(reason).size === 0;
    const asksTheSide = [CONFIRMS_THE_SIDE, ASKS_WHICH_SIDE_PER_THE_TEXT, ASKS_WHOSE_IT_IS].some((pattern) => pattern.test(trimmed)) || asksWhichSideItIs(trimmed);
    // Whether the answer holds something: after a list of criteria, the criterion asked about has an entry of its own.
    // Not when it asks about something the article leaves out ("any of them use MQTT?"), nor when "would an ATM count?"
    // is a question the knowledge answers by itself. "would a crane PLC count?" still asks about the answer given.
    const givesAList = GIVES_A_LIST.test(this.givenAgain(previous)?.entry.answer ?? '');
    const onTheList = givesAList && ASKS_IF_ON_THE_LIST.test(trimmed) && !this.answersAlone(trimmed, previous);
    const listed = (ASKS_IF_LISTED.test(trimmed) || onTheList) && this.outOfScope.find(trimmed) === undefined;
    const counts = ASKS_IF_IT_COUNTS.test(trimmed) && !this.answersAlone(trimmed, previous);
    const asksIfItHolds = (listed || counts) && !previous.entryIds.some((id) => this.lists.has(id));
    const numbered = ONLY_A_NUMBERED_ITEM.test(trimmed) && previous.entryIds.some((id) => this.lists.has(id));
    const again = asksIfItHolds || asksForAListedItem(trimmed) || numbered || afterARemark || beforeAReason || asksTheSide || [ASKS_TO_REPHRASE, ASKS_WHICH_AGAIN, ASKS_WHICH_SIDE_IT_FAVOURS, ASKS_WHICH_ONES].some((pattern) => pattern.test(trimmed)) || (ASKS_WHICH_LIST_IT_IS_ON.test(trimmed) && previous.entryIds.some((id) => this.criteria.has(id))) || this.checksTheSource(trimmed) || (CHECKS_THE_DIRECTION.test(trimmed) && this.relatesTheSides(previous)) || (CHECKS_NO_WINNER.test(trimmed) && previous.entryIds.some((id) => this.weighing.has(id)));
    // "both or just iot?" after an answer about both sides: that answer, which says so.
    if (ASKS_IF_BOTH.test(trimmed) && this.aboutBoth(previous)) return this.asReadWith(this.givenAgain(previous), question, previous.question);
    // "and the other one?" after a question that names neither side or both ("which one's easier to grow?"), answered
    // by an entry that weighs the two on it: that answer already says what the other one is like.
    if (THE_OTHER_ONE_ALONE.test(trimmed) && sidesNamed(previous.question).size !== 1 && this.weighsBothOnIt(previous)) return this.asReadWith(this.givenAgain(previous), question, previous.question);
    // "what section is it in?" after the byline or the date: "it" is the article, filed in a section of its site.
    const { aboutTheArticle, theArticle } = this.canned();
    if (this.checksTheSource(trimmed) && A_SECTION_OF_THE_SITE.test(trimmed) && theArticle && previous.entryIds.length === 1 && previous.entryIds.every((id) => aboutTheArticle.has(id) && id !== theArticle.id)) return this.asReadWith(certainAnswer(theArticle, question), question, previous.question);
    if (again) return this.asReadWith((asksTheSide ? this.sideNamedNext(question, previous) : undefined) ?? this.givenAgain(previous), question, previous.question);
    return undefined;
  }

  /**
   * "and IoT?" or "IoT does what instead?" after an answer that weighs both sides ("the main difference is…", asked of
   * neither), or "how bad is M2M on that front?" (asked of any but that side): the entry next to it that says more of
   * that side (how each communicates, how M2M is set up), not the same answer again.
   */
  private oneSideOfAnAnswerAboutBoth(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    // Or its downside there: "and how bad is m2m on that front?", "what's M2M's problem there?", even after a question of one side.
    const downsideOf = ASKS_A_SIDES_DOWNSIDE.test(question) && words(question).length <= SHORT_TURN_WORDS ? theOneSideNamed(question) : undefined;
    const target = sideAskedOf(question.trim()) ?? downsideOf;
    const [id, ...more] = previous.entryIds;
    const given = previous.kind === 'answer' && more.length === 0 ? this.kb.byId.get(id ?? '') : undefined;
    const askedOfOneSide = downsideOf === undefined ? sidesNamed(previous.question).size === 1 : theOneSideNamed(previous.question) === downsideOf;
    if (!target || !given || askedOfOneSide || sidesNamed(given.answer).size !== 2 || this.choosing(given.id)) return undefined;
    // Of the entries next to it, the first that speaks of that side and is not the other side's own.
    const ofTheSide = (e: Entry) => !this.choosing(e.id) && sidesNamed(e.answer).has(target) && (sideOfEntry(e.id) ?? target) === target;
    const next = given.related.map((related) => this.kb.byId.get(related)).find((e) => e !== undefined && ofTheSide(e));
    return next && certainAnswer(next, question);
  }

  /**
   * "and m2m?" after a project read as IoT: the project has no M2M reading to give, so the article's list of when M2M
   * is best says what the other side would need.
   */
  private whatTheOtherSideNeeds(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    const target = sideAskedOf(question.trim());
    // "vs iot?" asks how the two compare, which an answer about both gives.
    if (previous.kind !== 'scenario' || !target || previous.recommended === undefined || previous.recommended === target || COMPARES.test(question)) return undefined;
    const list = [...this.lists].map((id) => this.kb.byId.get(id)).find((e) => e !== undefined && sideOfEntry(e.id) === target);
    return list && certainAnswer(list, question);
  }

  /** "for example?", "such as?" after an answer whose entry names the one with the article's examples (its `example`): that one. */
  private exampleFor(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    const given = previous.kind === 'answer' && previous.entryIds.length === 1 ? this.kb.byId.get(previous.entryIds[0] ?? '') : undefined;
    const asks = ASKS_FOR_AN_EXAMPLE.test(question.trim()) || ASKS_WHAT_SORT.test(question.trim());
    const example = given?.example === undefined || !asks ? undefined : this.kb.byId.get(given.example);
    return example && certainAnswer(example, question);
  }

  /**
   * "any other example?" after one of the article's examples: its other one (`another`). Once the conversation gave
   * that one too (`shown`), the article has none left: the one just given, flagged as the last.
   */
  private otherExample(question: string, previous: PreviousTurn, shown: readonly string[]): (AnswerDecision & { lastExample?: true }) | undefined {
    const given = previous.kind === 'answer' && previous.entryIds.length === 1 ? this.kb.byId.get(previous.entryIds[0] ?? '') : undefined;
    const other = given?.another === undefined ? undefined : this.kb.byId.get(given.another);
    if (!given || !other) return undefined;
    // The example's entries point to the other's ("what was monitored" and "sensor telemetry" both to the ATM).
    const otherShown = shown.some((id) => id === other.id || this.kb.byId.get(id)?.another === given.id);
    return otherShown ? { ...certainAnswer(given, question), lastExample: true } : certainAnswer(other, question);
  }

  /** The entry that holds the reasoning behind `entry` (its `why`), if it names one. */
  private reasoningBehind(entry: Entry): Entry | undefined {
    return entry.why === undefined ? undefined : this.kb.byId.get(entry.why);
  }

  /** Whether an entry helps choose a side: a criterion, one side's list, or the weighing of the two. */
  private choosing(id: string): boolean {
    return this.criteria.has(id) || this.lists.has(id) || this.weighing.has(id);
  }

  /** Whether the question alone is answered surely, by an entry other than the one just given. */
  private answersAlone(question: string, previous: PreviousTurn): boolean {
    const alone = this.engine.ask(question);
    return alone.kind === 'answer' && alone.confidence >= STANDS_ALONE && !previous.entryIds.includes(alone.entry.id);
  }

  /**
   * "so that's iot?" after an answer that names neither side (how an ATM transaction goes): the entry next to it
   * that does name one (the ATM as an M2M example); undefined when the answer names a side or nothing near does.
   */
  private sideNamedNext(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    const given = previous.entryIds.map((id) => this.kb.byId.get(id)?.answer ?? '').join(' ');
    if (previous.kind !== 'answer' || sidesNamed(given).size > 0) return undefined;
    const near = this.relatedTo(previous.entryIds).filter((id) => sidesNamed(this.kb.byId.get(id)?.answer ?? '').size === 1);
    // The one the question before matches best, else the first listed: related entries are listed nearest first.
    const best = this.engine.rank(previous.question, this.kb.entries.length).find((c) => near.includes(c.entry.id))?.entry ?? this.kb.byId.get(near[0] ?? '');
    return best && certainAnswer(best, question);
  }

  /** Whether the answer just given is one entry, of neither side, that speaks of both. */
  private weighsBothOnIt(previous: PreviousTurn): boolean {
    const [id, ...more] = previous.entryIds;
    const given = previous.kind === 'answer' && more.length === 0 ? this.kb.byId.get(id ?? '') : undefined;
    return given !== undefined && sideOfEntry(given.id) === undefined && sidesNamed(given.answer).size === 2;
  }

  /** Whether the answer just given says it holds for both sides ("both"); one that names the two may contrast them. */
  private aboutBoth(previous: PreviousTurn): boolean {
    return previous.entryIds.some((id) => /\bboth\b/i.test(this.kb.byId.get(id)?.answer ?? ''));
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
    const near = new Set(this.relatedTo(previous.entryIds));
    const [best] = this.engine.rank(question, 1);
    return best && near.has(best.entry.id) && best.confidence >= NEXT_TO_PREVIOUS_AT ? { kind: 'answer', entry: best.entry, confidence: best.confidence, candidates: [best], question } : this.givenAgain(previous);
  }

  /**
   * "bit of a cop-out, any rule of thumb?" after the article's "it depends on your needs": both its lists of when
   * each side is best, which are how it says to decide.
   */
  private criteriaAfterItDepends(question: string, previous: PreviousTurn): Response | undefined {
    if (!previous.entryIds.some((id) => this.weighing.has(id)) || !WANTS_THE_CRITERIA.test(question)) return undefined;
    // "any rule of thumb for security?" or "what's the checklist for IoT?" asks something of its own: one side, or words
    // answered alone by an entry other than the choice itself ("any rule of thumb for choosing?" asks for the lists).
    const rest = question.replace(new RegExp(WANTS_THE_CRITERIA.source, 'gi'), ' ');
    const own = this.engine.ask(rest);
    if (sidesNamed(rest).size === 1 || (own.kind === 'answer' && !this.weighing.has(own.entry.id) && !this.lists.has(own.entry.id))) return undefined;
    const lists = [...this.lists].flatMap((id) => this.kb.byId.get(id) ?? []).map((entry) => certainAnswer(entry, question));
    return lists.length === 2 ? { kind: 'compound', answers: lists, confidence: 1, question } : undefined;
  }

  /** "what else is on that list?" after a criterion: the list entry that gathers it, when there is one. */
  private listOf(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    const list = this.relatedTo(previous.entryIds).find((id) => this.lists.has(id));
    const entry = list === undefined ? undefined : this.kb.byId.get(list);
    return entry && certainAnswer(entry, question);
  }

  /**
   * "what does that get you?" after an answer: of that answer and the entries next to it, the one about what
   * it makes possible, when one matches clearly ("where IoT devices sit" → what the cloud network makes possible).
   */
  private whatItGives(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    // The answer just given is itself the one about what something makes possible: asked what that gets you, it is the answer.
    if (previous.entryIds.some((id) => id === this.saysWhatItGives())) return this.givenAgain(previous);
    // The answer just given competes, a quarter behind its neighbours: when it still comes first, it says what it makes possible.
    const near = new Set([...previous.entryIds, ...this.relatedTo(previous.entryIds)]);
    const [best] = this.engine
      .rank(`${question} ${WHAT_IT_GIVES} ${previous.question}`, this.kb.entries.length)
      .filter((c) => near.has(c.entry.id))
      .map((c) => ({ ...c, confidence: previous.entryIds.includes(c.entry.id) ? c.confidence - WHAT_IT_GIVES_PENALTY : c.confidence }))
      .sort((a, b) => b.confidence - a.confidence);
    if (!best || best.confidence < NEXT_TO_PREVIOUS_AT) return this.neighbourThatGives(question, previous);
    // Clearly about what it makes possible, even a quarter behind; not "who wrote it?" for "what's that good for?".
    if (previous.entryIds.includes(best.entry.id)) return best.confidence + WHAT_IT_GIVES_PENALTY >= SAYS_WHAT_IT_GIVES_AT ? this.givenAgain(previous) : this.neighbourThatGives(question, previous);
    return { kind: 'answer', entry: best.entry, confidence: best.confidence, candidates: [best], question };
  }

  /** The entry that says what something makes possible, if one matches that clearly (ranked once). */
  private saysWhatItGives(): string | undefined {
    if (this.whatItGivesEntry === null) {
      const [best] = this.engine.rank(WHAT_IT_GIVES, 1);
      this.whatItGivesEntry = best && best.confidence >= SAYS_WHAT_IT_GIVES_ALONE_AT ? best.entry.id : undefined;
    }
    return this.whatItGivesEntry;
  }

  /**
   * The entry next to the answer just given that clearly says what something makes possible, read without the question
   * before, whose words can outvote it: "and what does that unlock?" after the main difference is what the cloud gives.
   */
  private neighbourThatGives(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    const near = new Set(this.relatedTo(previous.entryIds));
    for (const id of previous.entryIds) near.delete(id);
    const best = this.engine.rank(WHAT_IT_GIVES, this.kb.entries.length).find((c) => near.has(c.entry.id));
    return best && best.confidence >= SAYS_WHAT_IT_GIVES_ALONE_AT ? { kind: 'answer', entry: best.entry, confidence: best.confidence, candidates: [best], question } : undefined;
  }

  /** "how does that work?" after an answer: the entry next to it that the answer and the question match best. */
  private howItWorks(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    const said = previous.entryIds.map((id) => this.kb.byId.get(id)?.answer ?? '').join(' ');
    return this.nextToAnswer(question, previous, `${question} ${said}`);
  }

  /** The answer just given, to give again: one given outright, or a recommendation's main criterion. After a decline, its partial answer was not what was asked. */
  private givenAgain(previous: PreviousTurn): AnswerDecision | undefined {
    // After a recommendation, the criterion it rests on most.
    const given = previous.kind === 'answer' || previous.kind === 'scenario' ? previous.entryIds[0] : undefined;
    const entry = given === undefined ? undefined : this.kb.byId.get(given);
    return entry && certainAnswer(entry, previous.question);
  }

  /**
   * More on the answer just given: the entry next to it, not shown just before, that its question matches best, which
   * says more of the same matter; after a recommendation, or with nothing next to it, that answer again.
   */
  private moreOnIt(question: string, previous: PreviousTurn): AnswerDecision | undefined {
    // Not the answer before it again: "tell me more" twice moves on, not back. Nor the other side's: more on what M2M
    // stands for is what M2M is, not what IoT stands for.
    const side = sideOfEntry(previous.entryIds[0] ?? '');
    const onItsSide = (id: string) => side === undefined || sideOfEntry(id) !== otherSideThan(side);
    return (previous.kind === 'answer' ? this.nextToAnswer(question, previous, previous.question, this.shownBefore(previous), onItsSide) : undefined) ?? this.givenAgain(previous);
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
  private nextToAnswer(question: string, previous: PreviousTurn, rankedBy: string, given: readonly string[] = [], allowed: (entryId: string) => boolean = () => true): AnswerDecision | undefined {
    const near = new Set(this.relatedTo([...previous.entryIds, ...given]));
    for (const id of [...previous.entryIds, ...given]) near.delete(id);
    const best = this.engine.rank(rankedBy, this.kb.entries.length).find((c) => near.has(c.entry.id) && allowed(c.entry.id));
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
    const near = first && previous.entryIds.some((id) => id === first.entry.id || neighbours(this.kb, id, first.entry.id));
    return near ? firstChoice(inContext) : undefined;
  }

  /**
   * "and M2M?" after an answer about IoT, unsure between an entry about M2M and one about both sides
   * ("how the two communicate"): the first choice. The other side's entries are no candidates here
   * (otherSideCandidates), so any choice left is about the side asked for or both, and would do.
   */
  private sideOffered(inContext: Decision, target?: Side): AnswerDecision | undefined {
    if (inContext.kind !== 'clarify') return undefined;
    const [first] = inContext.choices;
    return first && target ? firstChoice(inContext) : undefined;
  }

  /** The answer just given, when it never names `side`: "and m2m?" after it asks for something it does not say. */
  private givenWithoutSide(id: string, previous: PreviousTurn, side: Side): boolean {
    const entry = this.kb.byId.get(id);
    return entry !== undefined && previous.entryIds.includes(id) && !sidesNamed(entry.answer).has(side);
  }

  /**
   * Entries for the question before asked about the other side ("same for m2m?"): as the question
   * reads swapped, with the answer given and its neighbours a little ahead, since the same matter
   * on the other side is usually a neighbouring entry. Asked about `target`, an entry about the
   * other side alone is not a candidate.
   */
  private otherSideCandidates(readAs: string, previous: PreviousTurn, question: string, target?: Side): Candidate[] {
    // The same matter on the target side, by name ("iot-networks" → "m2m-networks") or as a related entry about that
    // side ("M2M is best without Wi-Fi" → "IoT is best with fast internet"), is nearer than any other neighbour.
    // An answer that never names the target side ("IoT's cloud pools data at scale") has its related entries that do.
    // A criterion's related fact ("IoT runs over Wi-Fi") answers "and iot?" only after a fact asked of one side ("does M2M
    // work without Wi-Fi?"); after "which one works without Wi-Fi?", or asked what the side needs, the other criterion does.
    // The other way, a fact's related criterion ("pick M2M without Wi-Fi") does not answer the same fact asked of M2M.
    const factAsked = target !== undefined && sidesNamed(previous.question).has(otherSideThan(target)) && !ASKS_WHAT_IT_NEEDS.test(question);
    const answersAsked = (before: string, id: string) => (factAsked ? this.choosing(before) || !this.choosing(id) : !this.criteria.has(before) || this.choosing(id));
    const related = (id: string) => (this.kb.byId.get(id)?.related ?? []).filter((r) => answersAsked(id, r));
    const near = (id: string) => previous.entryIds.some((before) => before === id || (neighbours(this.kb, before, id) && answersAsked(before, id)));
    const counterparts = new Set(
      target
        ? previous.entryIds.flatMap((id) =>
            sideOfEntry(id) === otherSideThan(target)
              ? [onSide(id, target), ...related(id).filter((r) => sideOfEntry(r) === target)]
              : this.givenWithoutSide(id, previous, target)
                ? related(id).filter((r) => sidesNamed(this.kb.byId.get(r)?.answer ?? '').has(target))
                : [],
          )
        : [],
    );
    // A matter the target side has no entry on ("M2M is labour-intensive to set up") is weighed against it in a related
    // entry about both ("IoT scales easily; M2M needs a connection per device"): a counterpart too.
    for (const id of target ? previous.entryIds.flatMap((before) => weighedAgainst(this.kb, before, target)) : []) counterparts.add(id);
    const bonus = (id: string) => (counterparts.has(id) ? 2 * SAME_MATTER_BONUS : near(id) ? SAME_MATTER_BONUS : 0);
    // A counterpart the swapped words match only weakly still competes: it is looked for beyond the first few.
    const ranked = this.engine.rank(readAs, counterparts.size > 0 ? this.kb.entries.length : 8);
    return ranked
      .filter((c, i) => (i < 8 || counterparts.has(c.entry.id)) && (!target || (sideOfEntry(c.entry.id) !== otherSideThan(target) && !this.givenWithoutSide(c.entry.id, previous, target))))
      .map((c) => ({ ...c, confidence: Math.min(1, c.confidence + bonus(c.entry.id)) }))
      .sort((a, b) => b.confidence - a.confidence);
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
    const ownMatter = was && now && was.entry.id !== now.entry.id && was.confidence >= STANDS_ALONE && !neighbours(this.kb, was.entry.id, now.entry.id);
    return ownMatter ? plain : sided;
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
    // "i like it": a remark of one's own, with no question mark, question word or word of its own ("is that right" asks).
    if (!question.includes('?') && /^(?:i|we)\b/i.test(question.trim()) && words(question).every((w) => STOP_WORDS.has(w))) return false;
    const count = lower.split(/\s+/).length;
    const again = sideAskedAgainOf(question);
    if (again && sideAsked(previous) === otherSideThan(again)) return true;
    if (count > FOLLOW_UP_MAX_WORDS) return false;
    // Naming no side after a turn that did ("over what kind of network?" after "what is m2m?") keeps to that side.
    const keepsSide = !NAMES_A_SIDE.test(lower) && (NAMES_A_SIDE.test(previous.question) || sideAnswered(previous) !== undefined);
    const pointsBack = POINTS_BACK.test(lower) && !NAMES_A_SIDE.test(lower);
    if (alone.kind === 'answer' && alone.confidence >= STANDS_ALONE && !FOLLOW_UP_START.test(lower) && !pointsBack && !keepsSide) return false;
    // "UID meaning" after an answer about M2M names no side, yet is answered surely on its own: a new subject. So is a
    // term asked to be defined ("what mean point to point?"), answered as surely as a question that stands alone.
    const sureAt = ASKS_WHAT_A_TERM_MEANS.test(lower) ? STANDS_ALONE : SURELY_ITS_OWN;
    if (alone.kind === 'answer' && alone.confidence >= sureAt && !previous.entryIds.includes(alone.entry.id) && !FOLLOW_UP_START.test(lower) && !POINTS_BACK.test(lower)) return false;
    return FOLLOW_UP_START.test(lower) || POINTS_BACK.test(lower) || keepsSide || alone.kind !== 'answer';
  }

  /**
   * The side an answer weighing the two gives, after a question that names neither and asks which does better: "IoT
   * scales much more easily…" answers "which one scales better?", so "why's the other one a pain?" asks about M2M.
   */
  private sideTheAnswerGives(previous: PreviousTurn): Side | undefined {
    const [id, ...more] = previous.entryIds;
    const answer = this.kb.byId.get(id ?? '')?.answer ?? '';
    if (more.length > 0 || sidesNamed(previous.question).size > 0 || sidesNamed(answer).size !== 2 || !ASKS_FOR_THE_STRONGER_SIDE.test(previous.question) || EITHER_WAY.test(previous.question)) return undefined;
    return theOneSideNamed(sentences(answer)[0] ?? '');
  }

  /**
   * The follow-up with what it leaves out taken from the turn before: "and
   * m2m?" is the turn before about the other side (`otherSide`), "when?" the
   * turn before with the new question word; anything else is read together
   * with the turn before.
   */
  private readInContext(question: string, previous: PreviousTurn): { text: string; otherSide: boolean; target?: Side } {
    // Where the question before looked ("according to the reading") is not part of what it asked.
    const before = previous.question.replace(ATTRIBUTION, ' ').replace(/\s+/g, ' ').replace(/\s([?!.,])/g, '$1').trim();
    const trimmed = question.trim();
    const swapTo = SAME_OF_A_SIDE.exec(trimmed);
    // The question before, asked about `target`: with its sides swapped when that names the target, else with the target added.
    const askedOf = (target: Side) => {
      // "and iot?" after "which should we pick, iot or m2m?" (answered by weighing the two, or by one side's list) asks
      // when that side is the one to pick; after "which is best for security, iot or m2m?" it asks about security.
      if (sidesNamed(before).size === 2 && previous.entryIds.some((id) => this.weighing.has(id) || this.lists.has(id))) return { text: `when is ${target} the right choice`, otherSide: true, target };
      const swapped = swapSides(before);
      return { text: swapped !== before && new RegExp(`\\b${target}\\b`, 'i').test(swapped) ? swapped : `${before} ${target}`, otherSide: true, target };
    };
    const swapTarget: Side = sideOf(swapTo?.groups?.side ?? 'm2m');
    // A side alone ("M2M?") is "and m2m?" only right after a turn about the other side; else it asks about that side.
    // "is M2M also like this?" compares with the turn before only when that turn was about the other side.
    const likeThis = /\blike\s+(?:this|that)\b/i.test(swapTo?.groups?.tail ?? '');
    const bare = swapTo !== null && ((swapTo.groups?.lead === undefined && swapTo.groups?.tail === undefined) || likeThis);
    // "and is that the same for M2M?" in other words than those above.
    const again = swapTo ? undefined : sideAskedAgainOf(trimmed);
    // As "and m2m?", it asks again after a turn about neither side too ("Wireless downside?" → "does M2M dodge that?").
    if (again && sideAsked(previous) !== again) return askedOf(again);
    if (swapTo && (!bare || sideAsked(previous) === otherSideThan(swapTarget))) {
      const target = swapTarget;
      // "vs iot?" after "what is m2m?" asks how the two differ, not what IoT is.
      const compares = COMPARES.test(swapTo.groups?.lead ?? '');
      if (compares && WHAT_IS_A_SIDE.test(before)) return { text: `${before.replace(/\W*$/, '')} vs ${target}`, otherSide: false };
      // After a question about both sides ("iot or m2m?"), "vs iot?" has no other side to ask about: it is read with it.
      if (!compares || sideAsked(previous) !== undefined) return askedOf(target);
    }
    // "and the M2M list's version of that?" is "and m2m?".
    const version = /^(?:and\s+|so\s+|ok\s+)?(?:what(?:['’]s|\s+is|\s+about)\s+)?the\s+(iot|m2m)\s+(?:list|one|side)(?:['’]s)?\s+(?:version|equivalent|take|answer)(?:\s+(?:of|to|on)\s+(?:that|this|it))?\W*$/i.exec(trimmed);
    if (version && sideAsked(previous) === otherSideThan(sideOf(version[1] ?? ''))) return askedOf(sideOf(version[1] ?? ''));
    // "and IoT does what instead?" after an answer about how the two differ asks for the other side of it.
    const instead = ASKS_WHAT_A_SIDE_DOES_INSTEAD.exec(trimmed);
    if (instead) return askedOf(sideOf(instead[1] ?? instead[2] ?? instead[3] ?? ''));
    const needs = ASKS_WHAT_A_SIDE_NEEDS_THEN.exec(trimmed);
    const needsOf = needs ? sideOf(needs[1] ?? needs[2] ?? '') : undefined;
    if (needsOf && sideAsked(previous) === otherSideThan(needsOf) && previous.entryIds.some((id) => this.criteria.has(id))) return askedOf(needsOf);
    // "and when's the other one better?" after a question about one side asks it about the other. After one about
    // neither, the answer's side counts only when the turn asks something of it: "the other one then?" it already answers.
    const asksOfIt = ownWords(trimmed.replace(THE_OTHER_SIDE, ' ')).length > 0;
    const side = THE_OTHER_SIDE.test(trimmed) ? (sideAsked(previous) ?? (asksOfIt ? this.sideTheAnswerGives(previous) : undefined)) : undefined;
    // "the other one?" alone is "and iot?": the question before, about the other side.
    if (side && THE_OTHER_ONE_ALONE.test(trimmed)) return askedOf(otherSideThan(side));
    if (side) return { text: trimmed.replace(THE_OTHER_SIDE, otherSideThan(side)), otherSide: true, target: otherSideThan(side) };
    return { text: `${question} ${before}`.slice(0, MAX_QUESTION_CHARS), otherSide: false };
  }
}
