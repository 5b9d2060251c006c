import { words } from './text.js';

export type SmallTalk = 'greeting' | 'thanks' | 'help' | 'bye';

/** Whom a greeting or thanks is addressed to: "thanks bot", "cheers mate", "hi all". */
const ADDRESSEES = ['bot', 'mate', 'pal', 'buddy', 'all', 'everyone', 'team', 'folks', 'guys'];
const GREETING = new Set([...ADDRESSEES, 'hi', 'hello', 'hey', 'hiya', 'howdy', 'yo', 'heya', 'morning', 'evening', 'afternoon', 'good', 'there', 'hallo', 'greetings', 'sup', 'whats', 'up']);
const THANKS = new Set([...ADDRESSEES, 'again', 'loads', 'heaps', 'good', 'one', 'job', 'thanks', 'thank', 'thx', 'ty', 'cheers', 'ta', 'much', 'appreciated', 'appreciate', 'it', 'you', 'a', 'lot', 'great', 'awesome', 'perfect', 'cool', 'nice', 'ok', 'okay', 'got', 'helpful', 'that', 'was', 'so', 'very', 'many', 'tysm', 'are', 'the', 'best', 'legend', 'star', 'hero', 'lifesaver', 'champ', 'brilliant', 'amazing', 'superstar', 'genius', 'rock', 'rockstar', 'absolute']);
/** "good bot", "nice one", "great job"; praise after thanks ("thanks bot, you're a legend") is in THANKS. */
const PRAISE = /^(?:good|great|nice) (?:bot|one|job)\b/;
const BYE = new Set([...ADDRESSEES, 'bye', 'goodbye', 'cya', 'later', 'see', 'you', 'ya', 'good', 'night']);
const HELP = [
  /^(help|\?+|usage|commands?|menu|start|info)$/,
  /^(what|how) (can|do|should|could) (you|i) (do|help|ask|use( (you|this|it))?)/,
  /^what (are|is) (you|this( bot| app)?)$/,
  /^what do you (do|know)/,
  /^(who|what) are you$/,
  /^how (does|do) (this|it|you) work$/,
  /^(help me|can you help|i need help)$/,
];

/** Recognises messages that are only a greeting, thanks, goodbye or a request for help. */
export function detectSmallTalk(text: string): SmallTalk | undefined {
  const w = words(text);
  if (w.length === 0 || w.length > 8) return undefined;
  const joined = w.join(' ');
  if (HELP.some((pattern) => pattern.test(joined))) return 'help';
  const only = (set: Set<string>, anchors: string[]) => w.every((x) => set.has(x)) && w.some((x) => anchors.includes(x));
  // Praise opening the message ("good bot", "nice one", "great job") thanks, too.
  if (only(THANKS, ['thanks', 'thank', 'thx', 'ty', 'cheers', 'ta', 'appreciated', 'appreciate', 'tysm']) || (PRAISE.test(joined) && w.every((x) => THANKS.has(x)))) return 'thanks';
  if (only(BYE, ['bye', 'goodbye', 'cya', 'later', 'night'])) return 'bye';
  if (only(GREETING, ['hi', 'hello', 'hey', 'hiya', 'howdy', 'yo', 'heya', 'morning', 'evening', 'afternoon', 'hallo', 'greetings', 'sup'])) return 'greeting';
  return undefined;
}
