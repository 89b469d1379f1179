import type { NaiveBayesCounts } from './model-format.ts';

/**
 * Log-odds of a natural BayesClassifier, computed in log space over the words present.
 *
 * Why not call natural's own getClassifications at run time: it maps each document onto a dense vector over the
 * whole vocabulary with Array.indexOf (O(vocabulary × words) per article, far too slow for 300 articles/s) and
 * returns exp(sum of logs), which underflows to 0 for both classes on any article longer than a few dozen words,
 * so the classes can no longer be compared. The arithmetic below is the same model (apparatus's presence NB with
 * its smoothing), only kept in logs and indexed by a Map.
 */
export class NaiveBayesScorer {
  private readonly wordLogRatio: Map<string, number>;
  private readonly priorLogRatio: number;

  constructor(counts: NaiveBayesCounts) {
    this.wordLogRatio = new Map();
    const { smoothing, positiveTotal, negativeTotal } = counts;
    counts.vocabulary.forEach((word, i) => {
      const pos = counts.positive[i] || smoothing;
      const neg = counts.negative[i] || smoothing;
      this.wordLogRatio.set(word, Math.log(pos / positiveTotal) - Math.log(neg / negativeTotal));
    });
    this.priorLogRatio = Math.log(positiveTotal / counts.totalExamples) - Math.log(negativeTotal / counts.totalExamples);
  }

  /** log P(positive | words) − log P(negative | words), up to natural's presence-only approximation. */
  logOdds(words: Iterable<string>): number {
    let sum = this.priorLogRatio;
    for (const word of words) sum += this.wordLogRatio.get(word) ?? 0;
    return sum;
  }
}
