import natural from 'natural';
import type { NaiveBayesCounts } from '../relevance/model-format.ts';

const POSITIVE = 'yes';
const NEGATIVE = 'no';

/**
 * Trains natural's BayesClassifier on word sets restricted to `vocabulary` and returns its learnt counts as arrays.
 * Documents go in the order given (callers sort them), so the counts are the same on every run.
 * A document with no vocabulary word at all is dropped by natural (it has nothing to count); with vocabularies of
 * hundreds of words that only happens to near-empty texts.
 */
export function trainNaiveBayes(
  documents: readonly { words: ReadonlySet<string>; positive: boolean }[],
  vocabulary: readonly string[],
): NaiveBayesCounts {
  const known = new Set(vocabulary);
  const classifier = new natural.BayesClassifier();
  // Words go in sorted, documents in the caller's order: natural's feature order (its index into the counts) is
  // the order words are first seen, so this makes it deterministic.
  for (const doc of documents) {
    const words = [...doc.words].filter((w) => known.has(w)).sort();
    classifier.addDocument(words, doc.positive ? POSITIVE : NEGATIVE);
  }
  classifier.train();

  const order = Object.keys(classifier.features);
  const apparatus = classifier.classifier;
  const column = (label: string) => order.map((_, i) => apparatus.classFeatures[label]?.[i] ?? 0);
  return {
    vocabulary: order,
    positive: column(POSITIVE),
    negative: column(NEGATIVE),
    positiveTotal: apparatus.classTotals[POSITIVE] ?? 1,
    negativeTotal: apparatus.classTotals[NEGATIVE] ?? 1,
    totalExamples: apparatus.totalExamples,
    smoothing: apparatus.smoothing,
  };
}
