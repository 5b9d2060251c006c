/**
 * The two sides a message can be about, IoT and M2M: naming them in text,
 * telling them apart in entry ids ("m2m-networks"), and swapping them.
 */
export type Side = 'iot' | 'm2m';

/** A side named in full or spelt out, as a regex source. */
const A_SIDE_IN_FULL = '(?:i-o-t|m-2-m|internet[ -]of[ -]things|machine[ -]to[ -]machine)';
/** A side named in full or short, as a regex source. */
export const A_SIDE = `(?:iot|m2m|${A_SIDE_IN_FULL})`;
/** The sides a question is about; a second part that names neither is about the first part's. */
export const SIDE_WORDS = new RegExp(`\\b(${A_SIDE}|the article)\\b`, 'gi');
/** Whether a text names a side (or the article, which speaks for both). */
export const NAMES_A_SIDE = new RegExp(SIDE_WORDS.source, 'i');
/** Each naming of a side in a text, for `sidesNamed`. */
const EACH_SIDE_NAMED = new RegExp(`\\b(${A_SIDE})\\b`, 'gi');
/** The sides a text names. */
export function sidesNamed(text: string): Set<Side> {
  return new Set([...text.matchAll(EACH_SIDE_NAMED)].map((m) => sideOf(m[1] ?? '')));
}
/** The one side a text names, or undefined when it names neither or both. */
export function theOneSideNamed(text: string): Side | undefined {
  const [side, ...others] = sidesNamed(text);
  return others.length === 0 ? side : undefined;
}
/** The side an entry is about alone, by the knowledge base's naming ("m2m-networks"), or undefined for one about both. */
export function sideOfEntry(id: string): Side | undefined {
  const prefix = /^(iot|m2m)-/.exec(id)?.[1];
  return prefix === 'iot' || prefix === 'm2m' ? prefix : undefined;
}
/** The same entry name on `side` ("iot-networks" → "m2m-networks"). */
export function onSide(id: string, side: Side): string {
  return id.replace(/^(?:iot|m2m)-/, `${side}-`);
}
/** The side that is not `side`. */
export function otherSideThan(side: Side): Side {
  return side === 'iot' ? 'm2m' : 'iot';
}
/** "iot" or "m2m" for a side word. */
export function sideOf(word: string): Side {
  return /^(iot|i-o-t|internet)/i.test(word) ? 'iot' : 'm2m';
}
/** `text` with each side named short: "the Internet of Things" → "iot", "machine-to-machine" → "m2m". */
export function withSidesNamedShort(text: string): string {
  return text.replace(new RegExp(`\\b(?:the\\s+)?(${A_SIDE_IN_FULL})\\b`, 'gi'), (_, side: string) => sideOf(side));
}
/** The same question about the other side: IoT and M2M swapped. */
export function swapSides(text: string): string {
  return text.replace(new RegExp(`\\b${A_SIDE}\\b`, 'gi'), (side) => (sideOf(side) === 'iot' ? 'm2m' : 'iot'));
}
