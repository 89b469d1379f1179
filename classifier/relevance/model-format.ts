/**
 * The trained classifier artefact (classifier/model/classifier-model.json), written by `npm run train` and read by
 * classify.ts. Every label is a two-stage model: a naive Bayes presence model over words, trained with natural's
 * BayesClassifier, then a small logistic regression that calibrates its log-odds together with lexical cues into a
 * probability.
 */

/** The counts of a trained natural.BayesClassifier (apparatus), as arrays over its vocabulary. */
export interface NaiveBayesCounts {
  /** The words the model knows, in natural's feature order. */
  vocabulary: string[];
  /** Per word: smoothed number of positive / negative training documents containing it (0 = never seen). */
  positive: number[];
  negative: number[];
  /** Smoothed document totals per class and overall, as natural keeps them. */
  positiveTotal: number;
  negativeTotal: number;
  totalExamples: number;
  smoothing: number;
}

export interface LabelModel {
  naiveBayes: NaiveBayesCounts;
  /** Logistic regression over [scaled NB log-odds, ...cue features]. */
  weights: number[];
  bias: number;
  /** Probability at or above which the label is emitted (0.5 for relevance, tuned out-of-fold for the others). */
  threshold: number;
}

export interface ClassifierModel {
  version: string;
  /** Divisor applied to NB log-odds before the logistic stage (keeps long articles from saturating it). */
  logOddsScale: number;
  trainedOn: { documents: number; relevant: number; corpusHash: string; seed: number };
  relevance: LabelModel;
  fraudTypes: Record<string, LabelModel>;
  topics: Record<string, LabelModel>;
}
