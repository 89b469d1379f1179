/**
 * Evaluates story clustering and the spam flag on test/fixtures/stories-eval/articles.jsonl
 * (rebuild it with `npx tsx test/fixtures/stories-eval/build.ts`).
 *
 *   npm run eval:stories            figures
 *   npm run eval:stories -- --verbose   plus every wrong pair and wrong spam verdict
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assessQuality } from '../classifier/quality/assess-quality.ts';
import { fingerprintText, similarity, type Fingerprint } from '../classifier/stories/fingerprint.ts';
import { clusterTexts } from '../classifier/stories/story-index.ts';
import type { EvalArticle } from '../test/fixtures/stories-eval/build.ts';

const verbose = process.argv.includes('--verbose');
const file = fileURLToPath(new URL('../test/fixtures/stories-eval/articles.jsonl', import.meta.url));
const articles: EvalArticle[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const textOf = (a: EvalArticle) => `${a.title}\n${a.body}`;

const started = performance.now();
const assigned = new Map(clusterTexts(articles.map((a) => ({ id: a.id, text: textOf(a) }))).map((r) => [r.id, r.story]));
const clusterMs = performance.now() - started;

let tp = 0, fp = 0, fn = 0;
const wrong: string[] = [];
const fingerprints = new Map<string, Fingerprint>(articles.map((a) => [a.id, fingerprintText(textOf(a))]));
let minSame = 1, maxDifferent = 0;
for (let i = 0; i < articles.length; i++) {
  for (let j = i + 1; j < articles.length; j++) {
    const a = articles[i], b = articles[j];
    const truth = a.story === b.story;
    const predicted = assigned.get(a.id) === assigned.get(b.id);
    const jaccard = similarity(fingerprints.get(a.id)!, fingerprints.get(b.id)!);
    if (truth) minSame = Math.min(minSame, jaccard);
    else maxDifferent = Math.max(maxDifferent, jaccard);
    if (truth && predicted) tp++;
    else if (!truth && predicted) { fp++; wrong.push(`false merge  ${a.id} ~ ${b.id}  J=${jaccard.toFixed(2)}`); }
    else if (truth && !predicted) { fn++; wrong.push(`missed pair  ${a.id} ~ ${b.id}  J=${jaccard.toFixed(2)}`); }
  }
}
const precision = tp / Math.max(1, tp + fp);
const recall = tp / Math.max(1, tp + fn);
const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);

let sTp = 0, sFp = 0, sFn = 0;
const wrongSpam: string[] = [];
for (const a of articles) {
  const quality = assessQuality({ title: a.title, body: a.body, url: a.url, sourceName: a.sourceName });
  if (quality.spam && a.spam) sTp++;
  else if (quality.spam && !a.spam) { sFp++; wrongSpam.push(`flagged clean  ${a.id}  ${JSON.stringify(quality)}`); }
  else if (!quality.spam && a.spam) { sFn++; wrongSpam.push(`missed spam    ${a.id}  ${JSON.stringify(quality)}`); }
}
const spamPrecision = sTp / Math.max(1, sTp + sFp);
const spamRecall = sTp / Math.max(1, sTp + sFn);

const stories = new Set(articles.map((a) => a.story)).size;
const found = new Set(assigned.values()).size;
console.log(`articles ${articles.length}  stories ${stories} (found ${found})  spam ${articles.filter((a) => a.spam).length}`);
console.log(`clustering  pairs tp=${tp} fp=${fp} fn=${fn}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (${clusterMs.toFixed(0)} ms incl. jieba load)`);
console.log(`similarity  lowest Jaccard within a story ${minSame.toFixed(2)}  highest across stories ${maxDifferent.toFixed(2)}`);
console.log(`spam flag   tp=${sTp} fp=${sFp} fn=${sFn}  precision ${spamPrecision.toFixed(3)}  recall ${spamRecall.toFixed(3)}`);
if (verbose || wrong.length + wrongSpam.length <= 30) for (const line of [...wrong, ...wrongSpam]) console.log('  ' + line);
