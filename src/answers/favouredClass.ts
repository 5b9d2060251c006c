/** The class a model favours, and by how much over the next and over the off-topic class. */
export interface Favoured {
  label: string;
  margin: number;
  /** How far it is ahead of the off-topic class (0 when it is that class; Infinity when there is none). */
  overOffTopic: number;
}

/** The best of `scores` (one per class, in `classes`' order) among the classes `among` keeps; none when it keeps none. */
export function favouredClass(classes: readonly string[], scores: ArrayLike<number>, among: (label: string) => boolean, offTopic: string): Favoured | undefined {
  let best = -1;
  let second = -1;
  for (let c = 0; c < classes.length; c++) {
    if (!among(classes[c] as string)) continue;
    if (best < 0 || (scores[c] as number) > (scores[best] as number)) [best, second] = [c, best];
    else if (second < 0 || (scores[c] as number) > (scores[second] as number)) second = c;
  }
  if (best < 0) return undefined;
  const off = classes.indexOf(offTopic);
  const top = scores[best] as number;
  // Alone among the classes weighed, a class is ahead of nothing: no margin to go on.
  return { label: classes[best] as string, margin: second < 0 ? 0 : top - (scores[second] as number), overOffTopic: off < 0 ? Infinity : top - (scores[off] as number) };
}
