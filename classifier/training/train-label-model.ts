import { fitLogistic } from './fit-logistic.ts';
import { foldOf } from './folds.ts';
import { selectVocabulary } from './select-vocabulary.ts';
import { trainNaiveBayes } from './train-naive-bayes.ts';
import { logisticProbability, scaledLogOdds } from '../relevance/logistic.ts';
import type { LabelModel } from '../relevance/model-format.ts';
import { NaiveBayesScorer } from '../relevance/naive-bayes-scorer.ts';

export interface LabelDocument {
  id: string;
  words: ReadonlySet<string>;
  /** Lexical cue features of this label (they follow the NB log-odds in the logistic stage). */
  cues: readonly number[];
  positive: boolean;
}

export interface LabelTrainingOptions {
  seed: number;
  folds: number;
  vocabularySize: number;
  logOddsScale: number;
  /** Pick the decision threshold that maximises out-of-fold F1 (types, topics) instead of 0.5 (relevance). */
  tuneThreshold: boolean;
}

export interface OutOfFoldReport {
  positives: number;
  tp: number;
  fp: number;
  fn: number;
  /** Ids wrongly predicted out of fold, for `npm run train -- --errors`. */
  falsePositives: string[];
  falseNegatives: string[];
}

/**
 * Trains one label: naive Bayes over words (natural), then a logistic regression over [NB log-odds, cues] fitted on
 * OUT-OF-FOLD log-odds, so the calibration sees NB scores the way it will see them on unseen articles (in-sample NB
 * scores are overconfident and would teach the logistic stage to trust NB blindly). The final NB is refitted on
 * all documents.
 */
export function trainLabelModel(
  documents: readonly LabelDocument[],
  options: LabelTrainingOptions,
): { model: LabelModel; report: OutOfFoldReport } {
  const rows: { id: string; features: number[]; positive: boolean }[] = [];
  for (let fold = 0; fold < options.folds; fold++) {
    const inFold = (doc: LabelDocument) => foldOf(doc.id, options.seed, options.folds) === fold;
    const training = documents.filter((doc) => !inFold(doc));
    const scorer = new NaiveBayesScorer(trainNaiveBayes(training, selectVocabulary(training, options.vocabularySize)));
    for (const doc of documents.filter(inFold)) {
      rows.push({ id: doc.id, features: [scaledLogOdds(scorer.logOdds(doc.words), options.logOddsScale), ...doc.cues], positive: doc.positive });
    }
  }
  const fit = fitLogistic(rows);
  const weights = fit.weights.map(round);
  const bias = round(fit.bias);
  const probabilities = rows.map((row) => logisticProbability(weights, bias, row.features));
  const threshold = options.tuneThreshold ? bestThreshold(rows, probabilities) : 0.5;

  const report: OutOfFoldReport = { positives: 0, tp: 0, fp: 0, fn: 0, falsePositives: [], falseNegatives: [] };
  rows.forEach((row, i) => {
    const predicted = probabilities[i] >= threshold;
    if (row.positive) report.positives++;
    if (row.positive && predicted) report.tp++;
    else if (!row.positive && predicted) {
      report.fp++;
      report.falsePositives.push(row.id);
    } else if (row.positive && !predicted) {
      report.fn++;
      report.falseNegatives.push(row.id);
    }
  });

  const naiveBayes = trainNaiveBayes(documents, selectVocabulary(documents, options.vocabularySize));
  return { model: { naiveBayes, weights, bias, threshold }, report };
}

/** Rounded so the model file is readable and stable against last-bit float noise. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The threshold in [0.2, 0.8] with the best out-of-fold F1; ties go to the one nearest 0.5. */
function bestThreshold(rows: readonly { positive: boolean }[], probabilities: readonly number[]): number {
  let best = 0.5;
  let bestF1 = -1;
  for (let t = 0.2; t <= 0.8001; t += 0.05) {
    const threshold = Math.round(t * 100) / 100;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    rows.forEach((row, i) => {
      const predicted = probabilities[i] >= threshold;
      if (row.positive && predicted) tp++;
      else if (!row.positive && predicted) fp++;
      else if (row.positive && !predicted) fn++;
    });
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f1 > bestF1 + 1e-9 || (Math.abs(f1 - bestF1) <= 1e-9 && Math.abs(threshold - 0.5) < Math.abs(best - 0.5))) {
      best = threshold;
      bestF1 = f1;
    }
  }
  return best;
}
