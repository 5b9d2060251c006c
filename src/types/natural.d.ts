// The Porter stemmer file alone loads in ~10 ms; natural's stemmers folder loads every language (~100 ms).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(word: string): string };
  export default PorterStemmer;
}

// natural's English stop word list; the util folder would also load its storage backends.
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}

// The Damerau-Levenshtein file alone: the distance folder also loads every other measure.
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  export function DamerauLevenshteinDistance(source: string, target: string, options?: { restricted?: boolean }): number;
}
