/**
 * Evaluates extractStats on the hand-labelled articles of test/fixtures/stats-eval.
 *
 *   npm run eval:stats            precision / recall / F1 for values and labels on the development
 *                                 set, the held-out set, the blind held-out batch 3 (ids `b3-`, with
 *                                 its own per-metric table) and all, and a per-metric table
 *   npm run eval:stats -- --errors   also lists every miss and false alarm
 *
 * A predicted statistic matches a labelled one on VALUE when value and unit are equal and the
 * spans overlap; on LABEL when, in addition, the metric is equal. Matching is one-to-one.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { METRICS, type Metric, type Stat } from '../classifier/contract.ts';
import { extractStats } from '../classifier/stats/extract-stats.ts';
import { type LabelledArticle, loadSources } from '../test/fixtures/stats-eval/build.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const fixtures = join(here, '../test/fixtures/stats-eval');
const showErrors = process.argv.includes('--errors');

const sameValue = (a: Stat, b: Stat): boolean =>
  a.unit === b.unit && Math.abs(a.value - b.value) <= 1e-6 * Math.max(1, Math.abs(b.value)) && a.start < b.end && b.start < a.end;

/** One-to-one matching, preferring pairs that also agree on the metric. */
function match(pred: Stat[], gold: Stat[]): { pairs: [Stat, Stat][]; missed: Stat[]; extra: Stat[] } {
  const usedP = new Set<Stat>();
  const usedG = new Set<Stat>();
  const pairs: [Stat, Stat][] = [];
  for (const strict of [true, false]) {
    for (const g of gold) {
      if (usedG.has(g)) continue;
      const p = pred.find((x) => !usedP.has(x) && sameValue(x, g) && (!strict || x.metric === g.metric));
      if (!p) continue;
      usedP.add(p);
      usedG.add(g);
      pairs.push([p, g]);
    }
  }
  return { pairs, missed: gold.filter((g) => !usedG.has(g)), extra: pred.filter((p) => !usedP.has(p)) };
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pct = (x: number): string => (Number.isNaN(x) ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

function evaluate(name: string, articles: LabelledArticle[], perMetricTable: boolean): void {
  let nPred = 0;
  let nGold = 0;
  let valueTp = 0;
  let labelTp = 0;
  let approxAgree = 0;
  const perMetric = new Map<Metric, { gold: number; pred: number; tp: number }>(METRICS.map((m) => [m, { gold: 0, pred: 0, tp: 0 }]));
  const errors: string[] = [];

  for (const article of articles) {
    const pred = extractStats(article.text, { defaultCurrency: article.defaultCurrency });
    for (const s of pred) if (article.text.slice(s.start, s.end) !== s.span) throw new Error(`${article.id}: span offsets wrong for ${s.span}`);
    const { pairs, missed, extra } = match(pred, article.stats);
    nPred += pred.length;
    nGold += article.stats.length;
    valueTp += pairs.length;
    for (const s of article.stats) perMetric.get(s.metric)!.gold++;
    for (const s of pred) perMetric.get(s.metric)!.pred++;
    for (const [p, g] of pairs) {
      if (p.approx === g.approx) approxAgree++;
      if (p.metric === g.metric) {
        labelTp++;
        perMetric.get(g.metric)!.tp++;
      } else errors.push(`${article.id}  label  ${g.span}: gold ${g.metric}, got ${p.metric}`);
    }
    for (const g of missed) errors.push(`${article.id}  miss   ${g.span} (${g.metric} ${g.value} ${g.unit})`);
    for (const p of extra) errors.push(`${article.id}  extra  ${p.span} (${p.metric} ${p.value} ${p.unit})`);
  }

  const vp = valueTp / nPred;
  const vr = valueTp / nGold;
  const lp = labelTp / nPred;
  const lr = labelTp / nGold;
  console.log(`== ${name}: ${articles.length} articles, ${nGold} labelled statistics, ${nPred} predicted\n`);
  console.log('            precision  recall     F1');
  console.log(`values      ${pct(vp)}    ${pct(vr)}  ${pct(f1(vp, vr))}`);
  console.log(`labels      ${pct(lp)}    ${pct(lr)}  ${pct(f1(lp, lr))}`);
  console.log(`approx flag agrees on ${approxAgree}/${valueTp} value matches\n`);
  if (perMetricTable) {
    console.log('metric                 gold  pred    tp  precision  recall     F1');
    for (const [metric, c] of perMetric) {
      if (c.gold === 0 && c.pred === 0) continue;
      const p = c.tp / c.pred;
      const r = c.tp / c.gold;
      console.log(
        `${metric.padEnd(21)} ${String(c.gold).padStart(5)} ${String(c.pred).padStart(5)} ${String(c.tp).padStart(5)}   ${pct(p)}   ${pct(r)}  ${pct(f1(p || 0, r || 0))}`,
      );
    }
    console.log('');
  }
  if (showErrors && errors.length) console.log(`${errors.join('\n')}\n`);
}

const dev = loadSources(join(fixtures, 'src'));
const heldout = loadSources(join(fixtures, 'heldout'));
evaluate('development set (seen while building)', dev, false);
evaluate('held-out set (written after the rules were frozen)', heldout, false);
// Batch 3 (heldout/03-blind.txt, ids `b3-…`) was written and labelled before the extractor was ever run on it.
const blind = heldout.filter((a) => a.id.startsWith('b3-'));
if (blind.length) evaluate('blind held-out batch 3 (never run before labelling)', blind, true);
evaluate('all articles', [...dev, ...heldout], true);
