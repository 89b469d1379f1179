/** What two fingerprints have in common, in numbers: all the decision needs. */
export interface Comparison {
  /** MinHash estimate of the Jaccard similarity of the shingle sets. */
  jaccard: number;
  /** Distinct shingles of each article. */
  sizeA: number;
  sizeB: number;
  /** Bits in which the SimHashes differ. */
  simhashBits: number;
  /** Number anchors of each article and how many they share. */
  anchorsA: number;
  anchorsB: number;
  sharedAnchors: number;
}

/** Thresholds, tuned on test/fixtures/stories-eval (bench/eval-stories.ts prints the effect). */
export const SAME_STORY = {
  /** Texts with fewer shingles (a headline, a failed extraction) are never matched with anything. */
  minSizeAny: 8,
  /** SimHash bits that may differ between verbatim copies. */
  simhashBits: 3,
  /** Jaccard at or above which the texts are one story whatever else differs… */
  jaccard: 0.5,
  /** …or containment (shared shingles over the smaller set), for trimmed copies and briefs… */
  containment: 0.6,
  /** …as long as the smaller article still has this many shingles (a headline alone proves nothing). */
  minSize: 40,
  /**
   * Template reports (two provinces' annual figures, two cities' 止付 stories) share most words and
   * differ in their numbers: when both state at least `vetoMinAnchors` numbers and fewer than
   * `vetoShare` of them agree, they are different stories.
   */
  vetoMinAnchors: 3,
  vetoShare: 0.5,
  /**
   * Conversely, copies that keep at least `boostShared` numbers, `boostShare` of the smaller set,
   * need less textual overlap: a rewritten lead or a heavy spin keeps the figures.
   */
  boostShared: 3,
  boostShare: 0.6,
  boostJaccard: 0.2,
  boostContainment: 0.45,
} as const;

/** The same-story decision. Pure, so the in-memory index and the database worker apply the same rule. */
export function decideSameStory(c: Comparison): boolean {
  if (Math.min(c.sizeA, c.sizeB) < SAME_STORY.minSizeAny) return false;
  if (c.simhashBits <= SAME_STORY.simhashBits) return true;

  const fewerAnchors = Math.min(c.anchorsA, c.anchorsB);
  const anchorShare = fewerAnchors === 0 ? 0 : c.sharedAnchors / fewerAnchors;
  if (fewerAnchors >= SAME_STORY.vetoMinAnchors && anchorShare < SAME_STORY.vetoShare) return false;

  // |A∩B| = J/(1+J)·(|A|+|B|); containment is that over the smaller set.
  const smaller = Math.min(c.sizeA, c.sizeB);
  const containment = ((c.jaccard / (1 + c.jaccard)) * (c.sizeA + c.sizeB)) / smaller;

  if (c.sharedAnchors >= SAME_STORY.boostShared && anchorShare >= SAME_STORY.boostShare) {
    if (c.jaccard >= SAME_STORY.boostJaccard || containment >= SAME_STORY.boostContainment) return true;
  }
  if (c.jaccard >= SAME_STORY.jaccard) return true;
  return smaller >= SAME_STORY.minSize && containment >= SAME_STORY.containment;
}

/** Containment estimate, for reports and diagnostics. */
export function containmentOf(jaccard: number, sizeA: number, sizeB: number): number {
  return ((jaccard / (1 + jaccard)) * (sizeA + sizeB)) / Math.max(1, Math.min(sizeA, sizeB));
}

/**
 * MinHash Jaccard from which a stored copy stands for a new one under a shared key. A key that leads to
 * the story only through a loosely similar copy (a spun or rewritten one, or a brief that shares only
 * figures) is kept, because a later article may match the new copy but not that one: without it, the
 * story found depends on arrival order. The in-memory index and the database worker apply the same rule.
 */
export const REPRESENTATIVE_JACCARD = 0.7;

/** Below this Jaccard, two stories that one new article both matches stay apart (it is a round-up). */
export const MERGE_MIN_JACCARD = 0.15;

/**
 * Whether two stories that a new article both matches may be merged, judged on their best-matching
 * articles: their numbers do not contradict each other, and they state the same figures or their words
 * overlap a little. (A round-up that contains two stories matches both, but those share neither.)
 */
export function mayMerge(jaccard: number, anchorsA: number, anchorsB: number, sharedAnchors: number): boolean {
  const fewer = Math.min(anchorsA, anchorsB);
  if (fewer >= SAME_STORY.vetoMinAnchors && sharedAnchors / fewer < SAME_STORY.vetoShare) return false;
  // A brief and a heavily spun copy share few words (Jaccard ≈ 0.05) but all of the brief's figures.
  if (sharedAnchors >= SAME_STORY.boostShared && sharedAnchors / fewer >= SAME_STORY.boostShare) return true;
  return jaccard >= MERGE_MIN_JACCARD;
}
