import type { Quality } from '../contract.ts';

/** What is known of one copy of a story when choosing the one to show. */
export interface StoryCopy {
  id: string;
  /** ISO 8601; copies without a date sort after dated ones. */
  publishedAt?: string | null;
  quality: Pick<Quality, 'spam' | 'score'>;
  /** Host or source name, to recognise official publishers. */
  source?: string | null;
  /** Body length in characters: a brief is a worse canonical than the full report. */
  length?: number;
}

/** Publishers whose copy is the original of a police report. */
const AUTHORITATIVE = /(\.gov\.cn|\.court\.gov\.cn|\.police|公安|警方|检察|法院|人民政府|反诈中心|xinhuanet\.com|people\.com\.cn|chinanews|cctv\.com|cnr\.cn|chinapeace)/i;

/**
 * The canonical copy of a story: never a spam copy when a clean one exists, then the most
 * authoritative publisher, then the earliest, then the fullest. Ties keep input order.
 */
export function chooseCanonical<T extends StoryCopy>(copies: readonly T[]): T | undefined {
  const time = (copy: StoryCopy) => {
    const t = copy.publishedAt ? Date.parse(copy.publishedAt) : Number.NaN;
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  };
  const ranked = copies
    .map((copy, order) => ({ copy, order }))
    .sort(
      (a, b) =>
        Number(a.copy.quality.spam) - Number(b.copy.quality.spam) ||
        Number(AUTHORITATIVE.test(b.copy.source ?? '')) - Number(AUTHORITATIVE.test(a.copy.source ?? '')) ||
        time(a.copy) - time(b.copy) ||
        (b.copy.length ?? 0) - (a.copy.length ?? 0) ||
        b.copy.quality.score - a.copy.quality.score ||
        a.order - b.order,
    );
  return ranked[0]?.copy;
}
