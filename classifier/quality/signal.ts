/** One quality signal's verdict on an article. */
export interface Signal {
  /** snake_case name reported in `quality.signals`. */
  name: string;
  /** How much the signal lowers the quality score, 0 … 1. */
  penalty: number;
  /** Whether the signal alone marks the article as spam (a spam site's copy, not a source). */
  spam: boolean;
}

/** Text to examine: body plus title, as the article was published. */
export interface QualityInput {
  title?: string | null;
  body: string;
  url?: string | null;
  sourceName?: string | null;
}
