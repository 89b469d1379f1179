import type { FraudType, Region } from '../classifier/contract.ts';

/** One news story as written by its first publisher; copies on other sites are derived from it. */
export interface Story {
  /** Stable key; every copy (syndicated or spun) of the story carries it. */
  id: string;
  /** The exact headline, as the article's <h1> shows it. */
  title: string;
  /** ISO 8601 with +08:00, to the minute. */
  publishedAt: string;
  /** The 来源 line, or null when the page names none. */
  source: string | null;
  /** Body paragraphs, in order. */
  paragraphs: string[];
  relevant: boolean;
  fraudTypes: FraudType[];
  region: Region | null;
}
