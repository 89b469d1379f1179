import type { Quality } from '../contract.ts';

/** A source's quality, summarised over the articles seen from it. */
export interface SourceQuality {
  articles: number;
  /** Share of its articles flagged as spam. */
  spamShare: number;
  /** Mean article score, 0 … 1. */
  meanScore: number;
  /** How often each signal fired, most frequent first. */
  signals: { name: string; count: number }[];
  /** A source whose articles are mostly spam copies: its clean-looking articles deserve suspicion too. */
  spamSource: boolean;
}

/** Articles needed before a source is judged as a whole. */
const MIN_ARTICLES = 5;
/** Share of spam articles above which a source counts as a spam site. */
const SPAM_SOURCE_SHARE = 0.5;

/** Quality per source: a spam site stuffs, spins or advertises in most of its pages, not in one. */
export function summariseSourceQuality(qualities: readonly Quality[]): SourceQuality {
  const articles = qualities.length;
  const spam = qualities.filter((q) => q.spam).length;
  const counts = new Map<string, number>();
  for (const q of qualities) for (const name of q.signals) counts.set(name, (counts.get(name) ?? 0) + 1);
  const spamShare = articles === 0 ? 0 : spam / articles;
  return {
    articles,
    spamShare,
    meanScore: articles === 0 ? 1 : qualities.reduce((sum, q) => sum + q.score, 0) / articles,
    signals: [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    spamSource: articles >= MIN_ARTICLES && spamShare > SPAM_SOURCE_SHARE,
  };
}
