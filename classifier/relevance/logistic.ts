export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Probability of a logistic model for one feature vector. */
export function logisticProbability(weights: readonly number[], bias: number, features: readonly number[]): number {
  let z = bias;
  for (let i = 0; i < weights.length; i++) z += weights[i] * features[i];
  return sigmoid(z);
}

/** The NB log-odds as the logistic stage sees it: scaled and clipped so one long article cannot saturate it. */
export function scaledLogOdds(logOdds: number, scale: number): number {
  return Math.max(-4, Math.min(4, logOdds / scale));
}
