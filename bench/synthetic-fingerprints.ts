/**
 * Synthetic story fingerprints for the story benchmarks (bench/stories-scale.ts, bench/stories-db-scale.ts).
 *
 * Fingerprints are synthesised, not computed from text (jieba a million times would measure jieba):
 * a new story gets a random MinHash signature in which ~15% of positions come from a small pool of
 * "topic" values (common domain words that are the minimum for many articles, which is what makes
 * real buckets hot); a copy takes an earlier article's signature with 20–45% of positions redrawn,
 * keeps most of its number anchors and gets a SimHash a few bits away. Anchors stand for distinctive figures
 * (one in ten from a pool of common round figures, so that some number-pair buckets run hot too) and give
 * number-pair bucket keys as fingerprintText does.
 *
 * Deterministic: one seed gives one sequence, so runs are comparable.
 */
import { bandKeys, MAX_ANCHORS, MINHASH_SIZE, pairKeys, type Fingerprint } from '../classifier/stories/fingerprint.ts';

/** Share of articles that copy an earlier one in the benchmarks. */
export const COPY_SHARE = 0.4;
const TOPIC_POOL = 40;
/** Common round figures (100, 1000, 10万 …) that many articles state. */
const FIGURE_POOL = 50;

export interface Synthesiser {
  /** Uniform unsigned 32-bit integer. */
  rand32(): number;
  /** Uniform in [0, 1). */
  rand(): number;
  /** The fingerprint of a new story. */
  newStory(): Fingerprint;
  /** The fingerprint of an edited copy of `source`. */
  copyOf(source: Fingerprint): Fingerprint;
}

export function createSynthesiser(initialSeed = 0x9e3779b9): Synthesiser {
  let seed = initialSeed;
  function rand32(): number {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  }
  const rand = () => rand32() / 4294967296;

  function newStory(): Fingerprint {
    const minhash = Array.from({ length: MINHASH_SIZE }, (_, i) => (rand() < 0.15 ? (i * TOPIC_POOL + Math.floor(rand() * TOPIC_POOL)) >>> 0 : rand32()));
    const figure = () => (rand() < 0.1 ? Math.floor(rand() * FIGURE_POOL) : rand32());
    const anchors = [...new Set(Array.from({ length: 2 + Math.floor(rand() * 12) }, figure))].sort((a, b) => a - b).slice(0, MAX_ANCHORS);
    const simhash = (BigInt(rand32()) << 32n) | BigInt(rand32());
    return { simhash, minhash, anchors, size: 80 + Math.floor(rand() * 300), bands: [...bandKeys(minhash), ...pairKeys(anchors)] };
  }

  function copyOf(source: Fingerprint): Fingerprint {
    const redraw = 0.2 + rand() * 0.25;
    const minhash = source.minhash.map((value) => (rand() < redraw ? rand32() : value));
    const anchors = source.anchors.filter(() => rand() < 0.9);
    let simhash = source.simhash;
    for (let flips = 4 + Math.floor(rand() * 10); flips > 0; flips--) simhash ^= 1n << BigInt(Math.floor(rand() * 64));
    return { simhash, minhash, anchors, size: Math.max(40, Math.round(source.size * (0.7 + rand() * 0.4))), bands: [...bandKeys(minhash), ...pairKeys(anchors)] };
  }

  return { rand32, rand, newStory, copyOf };
}
