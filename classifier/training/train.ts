/**
 * `npm run train`: trains the classifier on classifier/corpus/train/*.jsonl (never heldout) and writes
 * classifier/model/classifier-model.json and classifier/model/VERSION. Deterministic: fixed seed, sorted input,
 * no Math.random, so the same corpus gives a byte-identical model file and the same version.
 * `npm run train -- --errors` also lists the out-of-fold mistakes per label (ids and titles of train articles).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FRAUD_TYPES } from '../contract.ts';
import { MODEL_PATH, MODEL_VERSION_PATH } from '../classify.ts';
import { normalizeText } from '../normalize.ts';
import { extractArticleFeatures } from '../relevance/article-features.ts';
import type { ClassifierModel, LabelModel } from '../relevance/model-format.ts';
import { TOPIC_LABELS } from '../topics.ts';
import { readCorpus } from './read-corpus.ts';
import { trainLabelModel, type LabelDocument, type OutOfFoldReport } from './train-label-model.ts';

export const TRAINING_SEED = 20261125;
const FOLDS = 5;
const LOG_ODDS_SCALE = 10;
const RELEVANCE_VOCABULARY = 3000;
const LABEL_VOCABULARY = 400;

type Article = ReturnType<typeof readCorpus>[number];

/** Trains every label model on these articles. Pure and deterministic: the same articles give the same model. */
export function trainClassifier(articles: readonly Article[]): { model: ClassifierModel; summary: [string, OutOfFoldReport, number][] } {
  const prepared = articles.map((article) => ({
    article,
    features: extractArticleFeatures(normalizeText(article.title), normalizeText(article.text)),
  }));
  const relevantOnes = prepared.filter((p) => p.article.relevant);
  const common = { seed: TRAINING_SEED, folds: FOLDS, logOddsScale: LOG_ODDS_SCALE };
  const summary: [string, OutOfFoldReport, number][] = [];

  const relevanceDocs: LabelDocument[] = prepared.map(({ article, features }) => ({
    id: article.id,
    words: features.words,
    cues: features.relevanceCues,
    positive: article.relevant,
  }));
  const relevance = trainLabelModel(relevanceDocs, { ...common, vocabularySize: RELEVANCE_VOCABULARY, tuneThreshold: false });
  summary.push(['relevance', relevance.report, relevance.model.threshold]);

  // Fraud types and topics only ever apply to relevant articles, so they learn from those alone.
  const perLabel = (labels: readonly string[], goldOf: (a: (typeof prepared)[number]) => readonly string[], cueOf: (p: (typeof prepared)[number], label: string) => number[]) => {
    const models: Record<string, LabelModel> = {};
    for (const label of labels) {
      const docs: LabelDocument[] = relevantOnes.map((p) => ({
        id: p.article.id,
        words: p.features.words,
        cues: cueOf(p, label),
        positive: goldOf(p).includes(label),
      }));
      const trained = trainLabelModel(docs, { ...common, vocabularySize: LABEL_VOCABULARY, tuneThreshold: true });
      models[label] = trained.model;
      summary.push([label, trained.report, trained.model.threshold]);
    }
    return models;
  };
  const fraudTypes = perLabel(FRAUD_TYPES, (p) => p.article.fraudTypes, (p, label) => p.features.fraudTypeCues[label]);
  const topics = perLabel(TOPIC_LABELS, (p) => p.article.topics, (p, label) => p.features.topicCues[label]);

  const corpusHash = createHash('sha256')
    .update(articles.map((a) => JSON.stringify([a.id, a.title, a.text, a.relevant, a.fraudTypes, a.topics, a.region])).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const body: Omit<ClassifierModel, 'version'> = {
    logOddsScale: LOG_ODDS_SCALE,
    trainedOn: { documents: articles.length, relevant: relevantOnes.length, corpusHash, seed: TRAINING_SEED },
    relevance: relevance.model,
    fraudTypes,
    topics,
  };
  const version = `clf-nb-lr-${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 8)}`;
  return { model: { version, ...body }, summary };
}

function main(): void {
  const started = Date.now();
  const articles = readCorpus('train');
  if (articles.length === 0) throw new Error('no training articles in classifier/corpus/train/*.jsonl');
  const { model, summary } = trainClassifier(articles);
  const { version, trainedOn } = model;
  const relevantOnes = articles.filter((article) => article.relevant);
  mkdirSync(dirname(MODEL_PATH), { recursive: true });
  writeFileSync(MODEL_PATH, `${JSON.stringify(model)}\n`);
  writeFileSync(MODEL_VERSION_PATH, `${version}\n`);

  console.log(`trained ${version} on ${articles.length} articles (${relevantOnes.length} relevant), corpus ${trainedOn.corpusHash}, seed ${TRAINING_SEED}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log('out-of-fold (5-fold) on train:');
  console.log('| label | positives | P | R | F1 | threshold |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [label, r, threshold] of summary) {
    const p = r.tp + r.fp === 0 ? 0 : r.tp / (r.tp + r.fp);
    const rc = r.tp + r.fn === 0 ? 0 : r.tp / (r.tp + r.fn);
    const f1 = r.tp === 0 ? 0 : (2 * r.tp) / (2 * r.tp + r.fp + r.fn);
    console.log(`| ${label} | ${r.positives} | ${p.toFixed(3)} | ${rc.toFixed(3)} | ${f1.toFixed(3)} | ${threshold} |`);
  }
  const micro = (labels: readonly string[]) => {
    const sum = summary.filter(([label]) => labels.includes(label)).reduce((a, [, r]) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
    return sum.tp === 0 ? 0 : (2 * sum.tp) / (2 * sum.tp + sum.fp + sum.fn);
  };
  console.log(`out-of-fold micro F1 (relevant articles only): fraud types ${micro(FRAUD_TYPES).toFixed(3)}, topics ${micro(TOPIC_LABELS).toFixed(3)}`);
  if (process.argv.includes('--errors')) {
    const titles = new Map(articles.map((a) => [a.id, a.title]));
    console.log('\nout-of-fold errors:');
    for (const [label, r] of summary) {
      for (const id of r.falseNegatives) console.log(`  ${label} missed: ${id} ${titles.get(id)}`);
      for (const id of r.falsePositives) console.log(`  ${label} wrongly: ${id} ${titles.get(id)}`);
    }
  }
  console.log(`wrote ${MODEL_PATH}`);
}

// Run as a script, not when a test imports trainClassifier.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
