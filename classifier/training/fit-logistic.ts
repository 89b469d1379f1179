import { sigmoid } from '../relevance/logistic.ts';

export interface LogisticFit {
  weights: number[];
  bias: number;
}

/**
 * Binary logistic regression by full-batch gradient descent with a small L2 penalty: a handful of features and a
 * few hundred rows, so plain GD converges in well under a second, starts from zeros and uses no randomness
 * (the same rows always give the same weights).
 */
export function fitLogistic(
  rows: readonly { features: readonly number[]; positive: boolean }[],
  options: { iterations?: number; learningRate?: number; l2?: number } = {},
): LogisticFit {
  const { iterations = 3000, learningRate = 0.3, l2 = 0.01 } = options;
  const dims = rows[0]?.features.length ?? 0;
  const weights = new Array<number>(dims).fill(0);
  let bias = 0;
  const n = Math.max(rows.length, 1);
  for (let step = 0; step < iterations; step++) {
    const gradient = new Array<number>(dims).fill(0);
    let gradientBias = 0;
    for (const row of rows) {
      let z = bias;
      for (let j = 0; j < dims; j++) z += weights[j] * row.features[j];
      const error = sigmoid(z) - (row.positive ? 1 : 0);
      for (let j = 0; j < dims; j++) gradient[j] += error * row.features[j];
      gradientBias += error;
    }
    for (let j = 0; j < dims; j++) weights[j] -= learningRate * (gradient[j] / n + l2 * weights[j]);
    bias -= learningRate * (gradientBias / n);
  }
  return { weights, bias };
}
