import { SPIN_PAIRS, type SpinPair } from './spin-pairs.ts';
import type { Signal } from './signal.ts';

const WEIGHT = { 1: 0.5, 2: 1.5, 3: 3 } as const;

export interface SpinEvidence {
  /** Weighted count of improbable substitutes. */
  weight: number;
  /** Distinct substitution pairs seen. */
  pairs: number;
  found: SpinPair[];
}

/** Counts occurrences of `word` that are not part of a longer spun form or of a word it belongs to. */
function count(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

/**
 * Evidence of synonym spinning: spun forms of our substitution pairs, weighted by how improbable they
 * are in a clean report, and counted only where the writer did not also use the common word (a
 * spinner replaces every occurrence; a person who writes 民众 once and 群众 twice is just varying).
 */
export function spinEvidence(text: string): SpinEvidence {
  let weight = 0;
  const found: SpinPair[] = [];
  const seen = new Set<string>();
  for (const pair of SPIN_PAIRS) {
    const spun = count(text, pair.spun);
    if (spun === 0 || seen.has(pair.spun)) continue;
    const common = count(text, pair.common);
    if (common >= spun && pair.odd < 3) continue;
    seen.add(pair.spun);
    found.push(pair);
    weight += WEIGHT[pair.odd] * Math.min(spun, 3);
  }
  return { weight, pairs: found.length, found };
}

export function spunTextSignal(text: string): Signal | null {
  const evidence = spinEvidence(text);
  // Per 1,000 characters, so that a long clean report with a few rare words is not spun.
  const density = (evidence.weight * 1000) / Math.max(400, text.length);
  if (evidence.pairs < 3 || evidence.weight < 6 || density < 6) return null;
  return { name: 'synonym_spun', penalty: Math.min(0.8, 0.3 + density / 50), spam: true };
}
