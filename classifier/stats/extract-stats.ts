/**
 * Turns an article's text into the `stats` of the analysis contract (§4): every quantity that
 * measures fraud, enforcement, prevention or harm, normalised (yuan, plain counts, signed
 * percents), with its metric and its exact span and UTF-16 offsets in `text`.
 *
 * Pipeline: working text (same offsets, Simplified cues, noise masked) → quantities → context
 * windows → metric → negative filters → Stat. Every step reads bounded windows, so the whole is
 * linear in the text length.
 */
import type { Stat, StatUnit } from '../contract.ts';
import { type Assignment, type Context, assignMetric } from './assign-metric.ts';
import { isNotAStatistic } from './negative-filters.ts';
import { type Quantity, scanQuantities } from './scan-quantities.ts';
import { toWorkingText } from './working-text.ts';

export interface ExtractStatsOptions {
  /**
   * What bare 元 means: CNY for mainland stories, HKD for Hong Kong, TWD for Taiwan, MOP for Macao.
   * @default 'CNY'
   */
  defaultCurrency?: 'CNY' | 'HKD' | 'TWD' | 'MOP';
}

const SENTENCE_END = '。！？；!?;\n';
const CLAUSE_END = `${SENTENCE_END}，,：:（）()【】「」“”`;
/** How far back a clause or a sentence is looked for; keeps every quantity's work constant. */
const MAX_CLAUSE = 80;
const MAX_SENTENCE = 160;
const MAX_RIGHT = 24;

function backTo(t: string, from: number, stops: string, max: number): number {
  const limit = Math.max(0, from - max);
  for (let i = from - 1; i >= limit; i--) if (stops.includes(t[i])) return i + 1;
  return limit;
}

function contextOf(t: string, q: Quantity, previous: Quantity | undefined, next: Quantity | undefined): Context {
  const clauseStart = backTo(t, q.start, CLAUSE_END, MAX_CLAUSE);
  const sentenceStart = backTo(t, clauseStart, SENTENCE_END, MAX_SENTENCE);
  const localStart = previous && previous.end > clauseStart ? Math.min(previous.end, q.start) : clauseStart;
  let rightEnd = Math.min(t.length, q.end + MAX_RIGHT);
  if (next && next.start < rightEnd) rightEnd = Math.max(q.end, next.start);
  for (let i = q.end; i < rightEnd; i++) {
    if (CLAUSE_END.includes(t[i])) {
      rightEnd = i;
      break;
    }
  }
  return {
    local: t.slice(localStart, q.start),
    clause: t.slice(clauseStart, q.start),
    right: t.slice(q.end, rightEnd),
    sentence: t.slice(sentenceStart, clauseStart),
  };
}

/** Extracts the statistics of one article. Spans are exact substrings of `text` at [start, end). */
export function extractStats(text: string, options: ExtractStatsOptions = {}): Stat[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const defaultCurrency: StatUnit = options.defaultCurrency ?? 'CNY';
  const working = toWorkingText(text);
  const quantities = scanQuantities(working).filter(
    // 一名男子 / 一起案件: drop the commonest determiners before any context work.
    (q) => !(q.kind === 'count' && q.chineseOnly && q.value === 1 && !q.approx),
  );
  const stats: Stat[] = [];
  let previous: { q: Quantity; a: Assignment } | undefined;
  for (let k = 0; k < quantities.length; k++) {
    const q = quantities[k];
    const ctx = contextOf(working, q, quantities[k - 1], quantities[k + 1]);
    const a = assignMetric(q, ctx, previous);
    if (!a) continue;
    if (isNotAStatistic(q, working.slice(Math.max(0, q.start - 12), q.start), a.metric)) continue;
    previous = { q, a };
    const unit: StatUnit = q.kind === 'percent' ? 'percent' : a.money ? (q.currency ?? defaultCurrency) : 'count';
    const value = q.kind === 'percent' ? a.sign * q.value : q.value;
    // 约占七成, 近占四成: the approximation word sits before 占, outside the span.
    const approx = q.approx || (q.kind === 'percent' && /(?:约|近|超过|逾|大约)(?:占|为|达)比?$/.test(ctx.local));
    stats.push({
      metric: a.metric,
      value: Number(value.toPrecision(12)),
      unit,
      approx,
      span: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
    });
  }
  return stats;
}
