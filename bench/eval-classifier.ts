/**
 * Evaluates the classifier on the held-out corpus (classifier/corpus/heldout, never trained on) and prints
 * relevance P/R/F1, fraud-type micro/macro and per-type F1, topic micro F1, region accuracy, the confusions and the
 * throughput of classifyArticle. `npm run eval:classifier [-- --split train]` (train only to debug the lexicons).
 * `-- --only <substring>` keeps only the corpus files whose name contains the substring (e.g. `--only 08-blind` for
 * one held-out batch); the first output line names the files kept. Without it every file of the split is read.
 */
import { FRAUD_TYPES } from '../classifier/contract.ts';
import { classifyArticle, MODEL_VERSION, type Classification } from '../classifier/classify.ts';
import { TOPIC_LABELS } from '../classifier/topics.ts';
import { readCorpus, type CorpusArticle } from '../classifier/training/read-corpus.ts';

const split = process.argv.includes('--split') ? (process.argv[process.argv.indexOf('--split') + 1] as 'train') : 'heldout';
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex === -1 ? undefined : process.argv[onlyIndex + 1];
if (onlyIndex !== -1 && (only === undefined || only === '' || only.startsWith('--'))) {
  console.error('--only needs a file-name substring, e.g. --only 08-blind');
  process.exit(2);
}
const articles = readCorpus(split).filter((article) => only === undefined || article.file.includes(only));
if (articles.length === 0) {
  console.error(`no articles in classifier/corpus/${split}${only === undefined ? '' : ` in a file whose name contains "${only}"`}`);
  process.exit(1);
}
const files = [...new Set(articles.map((article) => article.file))].sort();
const scope = only === undefined ? split : `${split} (only files containing "${only}": ${files.join(', ')})`;

interface Counts { tp: number; fp: number; fn: number }
const f1 = ({ tp, fp, fn }: Counts) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const precision = ({ tp, fp }: Counts) => (tp + fp === 0 ? 0 : tp / (tp + fp));
const recall = ({ tp, fn }: Counts) => (tp + fn === 0 ? 0 : tp / (tp + fn));
const fmt = (x: number) => x.toFixed(3);
const add = (a: Counts, b: Counts) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

function setCounts(gold: readonly string[], predicted: readonly string[], label: string): Counts {
  const g = gold.includes(label);
  const p = predicted.includes(label);
  return { tp: g && p ? 1 : 0, fp: !g && p ? 1 : 0, fn: g && !p ? 1 : 0 };
}

const results: { article: CorpusArticle; result: Classification }[] = articles.map((article) => ({
  article,
  result: classifyArticle({ title: article.title, body: article.text }),
}));

const relevance: Counts = { tp: 0, fp: 0, fn: 0 };
const typeCounts = new Map<string, Counts>(FRAUD_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
const topicCounts = new Map<string, Counts>(TOPIC_LABELS.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
let regionCorrect = 0;
const falsePositives: string[] = [];
const falseNegatives: string[] = [];
const regionMistakes: string[] = [];
const typeMistakes: string[] = [];

for (const { article, result } of results) {
  const line = `${article.id} ${article.title} (score ${fmt(result.relevanceScore)})`;
  if (article.relevant && result.relevant) relevance.tp++;
  else if (!article.relevant && result.relevant) {
    relevance.fp++;
    falsePositives.push(line + (article.hardNegative ? ' [hard negative]' : ''));
  } else if (article.relevant && !result.relevant) {
    relevance.fn++;
    falseNegatives.push(line);
  }
  for (const t of FRAUD_TYPES) typeCounts.set(t, add(typeCounts.get(t)!, setCounts(article.fraudTypes, result.fraudTypes, t)));
  for (const t of TOPIC_LABELS) topicCounts.set(t, add(topicCounts.get(t)!, setCounts(article.topics, result.topics, t)));
  const goldTypes = [...article.fraudTypes].sort().join(',');
  const predictedTypes = [...result.fraudTypes].sort().join(',');
  if (goldTypes !== predictedTypes && article.relevant) {
    typeMistakes.push(`${article.id} ${article.title}: gold [${goldTypes}] predicted [${predictedTypes}]`);
  }
  if (article.region === result.region) regionCorrect++;
  else regionMistakes.push(`${article.id} ${article.title}: gold ${article.region} predicted ${result.region}`);
}

const micro = (counts: Map<string, Counts>) => f1([...counts.values()].reduce(add, { tp: 0, fp: 0, fn: 0 }));
const macro = (counts: Map<string, Counts>) => [...counts.values()].reduce((s, c) => s + f1(c), 0) / counts.size;

// Throughput: classifyArticle end to end (normalisation, segmentation, all models, region), repeated for ≥ 2 s.
const started = process.hrtime.bigint();
let classified = 0;
while (Number(process.hrtime.bigint() - started) / 1e9 < 2) {
  for (const article of articles) classifyArticle({ title: article.title, body: article.text });
  classified += articles.length;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

const relevantCount = articles.filter((a) => a.relevant).length;
console.log(`classifier evaluation on ${scope}: ${articles.length} articles (${relevantCount} relevant, ${articles.filter((a) => a.hardNegative).length} hard negatives), model ${MODEL_VERSION}`);
console.log('');
console.log('| measure | value | target |');
console.log('| --- | --- | --- |');
console.log(`| relevance precision | ${fmt(precision(relevance))} | |`);
console.log(`| relevance recall | ${fmt(recall(relevance))} | |`);
console.log(`| relevance F1 | ${fmt(f1(relevance))} | ≥ 0.95 |`);
console.log(`| fraud-type micro F1 | ${fmt(micro(typeCounts))} | ≥ 0.85 |`);
console.log(`| fraud-type macro F1 | ${fmt(macro(typeCounts))} | |`);
console.log(`| topic micro F1 | ${fmt(micro(topicCounts))} | |`);
console.log(`| topic macro F1 | ${fmt(macro(topicCounts))} | |`);
console.log(`| region accuracy | ${fmt(regionCorrect / articles.length)} (${regionCorrect}/${articles.length}) | ≥ 0.90 |`);
console.log(`| throughput | ${Math.round(classified / seconds)} articles/s (one core) | ≥ 300 |`);
console.log('');
console.log('| fraud type | support | P | R | F1 |');
console.log('| --- | --- | --- | --- | --- |');
for (const [t, c] of typeCounts) console.log(`| ${t} | ${c.tp + c.fn} | ${fmt(precision(c))} | ${fmt(recall(c))} | ${fmt(f1(c))} |`);
console.log('');
console.log('| topic | support | P | R | F1 |');
console.log('| --- | --- | --- | --- | --- |');
for (const [t, c] of topicCounts) console.log(`| ${t} | ${c.tp + c.fn} | ${fmt(precision(c))} | ${fmt(recall(c))} | ${fmt(f1(c))} |`);
const list = (heading: string, lines: string[]) => {
  console.log(`\n${heading} (${lines.length})`);
  for (const l of lines) console.log(`  ${l}`);
};
list('relevance false positives', falsePositives);
list('relevance false negatives', falseNegatives);
list('region mistakes', regionMistakes);
list('fraud-type mistakes on relevant articles', typeMistakes);
