import { segment } from '../segment.ts';
import { fmix32, hashString } from './hash32.ts';
import { normaliseForStory } from './normalise-text.ts';
import { decideSameStory, mayMerge } from './same-story-rule.ts';
import { isStopWord } from './stop-words.ts';

/**
 * What the story index keeps of one article. Everything is plain data, so it can be stored
 * (PostgreSQL: simhash as bigint, bands as text[], minhash as int8[] or bytea) and compared later
 * without the text.
 */
export interface Fingerprint {
  /** 64-bit SimHash of the shingle set: equal or a few bits apart for verbatim copies. */
  simhash: bigint;
  /**
   * LSH band keys for a bucket index, e.g. "b3:1a2f9c0e77d1". Two copies of one story share at
   * least one key with high probability; unrelated articles almost never do.
   */
  bands: string[];
  /** MinHash signature of the shingle set: MINHASH_SIZE unsigned 32-bit values. */
  minhash: number[];
  /** Number of distinct shingles, to turn the Jaccard estimate into a containment estimate. */
  size: number;
  /**
   * The numbers the article states (28万, 18_7, 430 …) as sorted 32-bit hashes, at most MAX_ANCHORS
   * (the smallest hashes, so two copies keep the same subset). Reports built on one template differ
   * mostly in their numbers; copies of one report keep them.
   */
  anchors: number[];
}

/** Anchors kept per article. */
export const MAX_ANCHORS = 16;

/** Signature length; BANDS × ROWS must equal it. */
export const MINHASH_SIZE = 64;
/** LSH banding: a pair becomes a candidate when all ROWS values of some band agree. */
export const BANDS = 32;
export const ROWS = 2;

const EMPTY = 0xffffffff;

/** The shingles of a text: content words of the normalised body and pairs of adjacent content words. */
export function shingles(text: string): Set<string> {
  return shinglesOfNormalised(normaliseForStory(text));
}

function shinglesOfNormalised(normalised: string): Set<string> {
  const words = segment(normalised).filter((token) => {
    const word = token.trim();
    return word.length > 0 && !isStopWord(word) && (word.length > 1 || /\d/.test(word));
  });
  const set = new Set<string>(words);
  for (let i = 1; i < words.length; i++) set.add(words[i - 1] + '|' + words[i]);
  return set;
}

export function fingerprintText(text: string): Fingerprint {
  const normalised = normaliseForStory(text);
  const fingerprint = fingerprintShingles(shinglesOfNormalised(normalised), numberAnchors(normalised));
  if (fingerprint.bands.length > 0) fingerprint.bands.push(...numberPairKeys(normalised));
  return fingerprint;
}

/** Hotlines that half of all anti-fraud reports print: a pair of them would put every such report in one bucket. */
const HOTLINES = new Set(['110', '119', '120', '122', '12110', '96110', '12381', '12321', '12345', '12315', '12123', '12348', '10086', '10010', '10000', '165', '18222']);

/** Distinctive numbers whose pairs key buckets; more would multiply keys for little gain. */
export const NUMBER_KEY_SOURCES = 8;

/**
 * Bucket keys from pairs of an article's distinctive numbers (three or more digits, a decimal or a
 * 万/亿 scale; never a year). A brief or a heavily spun copy shares too few words with its original
 * for MinHash bands to meet (Jaccard 0.1–0.2), but it keeps the figures: two shared figures make the
 * two a candidate pair, and the same-story rule still decides. The subset is the smallest hashes, so
 * copies choose alike.
 */
export function numberPairKeys(normalised: string): string[] {
  const hashes = new Set<number>();
  for (const [number] of normalised.matchAll(/\d+(?:_\d+)*[万亿千]?/g)) {
    const distinctive = /_|[万亿千]$|\d{3}/.test(number) && !/^(?:19|20)\d\d$/.test(number) && !HOTLINES.has(number);
    if (distinctive) hashes.add(hashString(number, 0x3c6ef372));
  }
  return pairKeys([...hashes]);
}

/** The bucket keys of pairs among the smallest NUMBER_KEY_SOURCES of these number hashes. */
export function pairKeys(numberHashes: readonly number[]): string[] {
  const chosen = [...new Set(numberHashes)].sort((a, b) => a - b).slice(0, NUMBER_KEY_SOURCES);
  const keys: string[] = [];
  for (let i = 0; i < chosen.length; i++) {
    for (let j = i + 1; j < chosen.length; j++) keys.push(`n:${chosen[i].toString(16)}:${chosen[j].toString(16)}`);
  }
  return keys;
}

/**
 * The numbers of a normalised text, as anchor hashes. Single digits say nothing (3笔, 2人) and are
 * left out; a multiplier stays with its number (1_2万 ≠ 1_2亿).
 */
export function numberAnchors(normalised: string): number[] {
  const numbers = new Set<string>();
  for (const [number] of normalised.matchAll(/\d+(?:_\d+)*[万亿千]?/g)) {
    if (/^\d$/.test(number)) continue;
    numbers.add(number);
  }
  const hashes = [...numbers].map((number) => hashString(number, 0x3c6ef372));
  return [...new Set(hashes)].sort((a, b) => a - b).slice(0, MAX_ANCHORS);
}

export function fingerprintShingles(set: Set<string>, anchors: number[] = []): Fingerprint {
  const minhash = new Array<number>(MINHASH_SIZE).fill(EMPTY);
  const votes = new Int32Array(64);
  for (const shingle of set) {
    const h1 = hashString(shingle, 0x9e3779b9);
    const h2 = hashString(shingle, 0x7f4a7c15) | 1;
    // Kirsch–Mitzenmacher: h1 + i·h2, re-mixed, behaves as MINHASH_SIZE independent hash functions.
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const value = fmix32((h1 + Math.imul(i, h2)) >>> 0);
      if (value < minhash[i]) minhash[i] = value;
    }
    for (let bit = 0; bit < 32; bit++) {
      votes[bit] += (h1 >>> bit) & 1 ? 1 : -1;
      votes[bit + 32] += (h2 >>> bit) & 1 ? 1 : -1;
    }
  }
  let simhash = 0n;
  for (let bit = 63; bit >= 0; bit--) simhash = (simhash << 1n) | (votes[bit] > 0 ? 1n : 0n);
  return { simhash, bands: set.size === 0 ? [] : bandKeys(minhash), minhash, size: set.size, anchors };
}

/** The LSH bucket keys of a MinHash signature: one per band, "b<band>:<12 hex digits>". */
export function bandKeys(minhash: ArrayLike<number>): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let a = 0x5bd1e995 ^ band;
    let b = 0x1b873593 ^ band;
    for (let row = 0; row < ROWS; row++) {
      const value = minhash[band * ROWS + row];
      a = fmix32((a ^ value) >>> 0);
      b = fmix32((Math.imul(b, 31) + value) >>> 0);
    }
    keys.push(`b${band}:${a.toString(16).padStart(8, '0')}${(b & 0xffff).toString(16).padStart(4, '0')}`);
  }
  return keys;
}

/** Number of bits in which two SimHashes differ. */
export function hammingDistance(a: bigint, b: bigint): number {
  let x = BigInt.asUintN(64, a ^ b);
  let count = 0;
  while (x !== 0n) {
    x &= x - 1n;
    count++;
  }
  return count;
}

/** Fraction of MinHash positions on which two signatures agree: an estimate of Jaccard similarity. */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let equal = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / MINHASH_SIZE;
}

/** Numbers of `a`'s anchors that `b` also has (both sorted ascending). */
export function sharedAnchors(a: ArrayLike<number>, aLength: number, b: ArrayLike<number>, bLength: number): number {
  let shared = 0;
  for (let i = 0, j = 0; i < aLength && j < bLength; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

/** Whether two articles tell the same story, from their fingerprints alone. */
export function isSameStory(a: Fingerprint, b: Fingerprint): boolean {
  return decideSameStory({
    jaccard: estimateJaccard(a.minhash, b.minhash),
    sizeA: a.size,
    sizeB: b.size,
    simhashBits: hammingDistance(a.simhash, b.simhash),
    anchorsA: a.anchors.length,
    anchorsB: b.anchors.length,
    sharedAnchors: sharedAnchors(a.anchors, a.anchors.length, b.anchors, b.anchors.length),
  });
}

/** Jaccard estimate exposed for ranking candidates. */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  return estimateJaccard(a.minhash, b.minhash);
}

/**
 * Whether the stories of two copies may be merged when one new article matches both (a brief that
 * arrived before its full original): their words overlap a little and their numbers agree.
 */
export function mayMergeStories(a: Fingerprint, b: Fingerprint): boolean {
  return mayMerge(
    estimateJaccard(a.minhash, b.minhash),
    a.anchors.length,
    b.anchors.length,
    sharedAnchors(a.anchors, a.anchors.length, b.anchors, b.anchors.length),
  );
}
