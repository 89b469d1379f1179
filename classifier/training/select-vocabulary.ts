/**
 * Chooses the words a naive Bayes model gets to see: those whose presence best separates the two classes by the χ²
 * statistic of the 2×2 presence table, among words seen in at least `minDocuments` training articles.
 * A short vocabulary keeps natural's training fast (it walks the vocabulary for every document) and drops the
 * long tail of names and places that would only memorise the training set. Ties break on the word so the choice
 * is deterministic.
 */
export function selectVocabulary(
  documents: readonly { words: ReadonlySet<string>; positive: boolean }[],
  size: number,
  minDocuments = 2,
): string[] {
  const inPositive = new Map<string, number>();
  const inAll = new Map<string, number>();
  let positives = 0;
  for (const doc of documents) {
    if (doc.positive) positives++;
    for (const word of doc.words) {
      inAll.set(word, (inAll.get(word) ?? 0) + 1);
      if (doc.positive) inPositive.set(word, (inPositive.get(word) ?? 0) + 1);
    }
  }
  const n = documents.length;
  const negatives = n - positives;
  const scored: [string, number][] = [];
  for (const [word, df] of inAll) {
    if (df < minDocuments) continue;
    const a = inPositive.get(word) ?? 0; // positive, has word
    const b = df - a; // negative, has word
    const c = positives - a; // positive, lacks word
    const d = negatives - b; // negative, lacks word
    const denominator = (a + b) * (c + d) * (a + c) * (b + d);
    const chi2 = denominator === 0 ? 0 : (n * (a * d - b * c) ** 2) / denominator;
    scored.push([word, chi2]);
  }
  scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return scored.slice(0, size).map(([word]) => word);
}
