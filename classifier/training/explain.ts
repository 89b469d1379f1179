/**
 * Debug aid: `npx tsx classifier/training/explain.ts <id> [<id> …]` prints, for corpus articles, every label's NB
 * log-odds, cue features and probability, to see which stage decided. Reads train and heldout (it trains nothing).
 */
import { readFileSync } from 'node:fs';
import { FRAUD_TYPES } from '../contract.ts';
import { MODEL_PATH } from '../classify.ts';
import { normalizeText } from '../normalize.ts';
import { extractArticleFeatures } from '../relevance/article-features.ts';
import { logisticProbability, scaledLogOdds } from '../relevance/logistic.ts';
import type { ClassifierModel, LabelModel } from '../relevance/model-format.ts';
import { NaiveBayesScorer } from '../relevance/naive-bayes-scorer.ts';
import { TOPIC_LABELS } from '../topics.ts';
import { readCorpus } from './read-corpus.ts';

const model = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as ClassifierModel;
const all = [...readCorpus('train'), ...readCorpus('heldout')];
for (const id of process.argv.slice(2)) {
  const article = all.find((a) => a.id === id);
  if (!article) continue;
  const f = extractArticleFeatures(normalizeText(article.title), normalizeText(article.text));
  console.log(`${id} ${article.title}\n  gold types [${article.fraudTypes}] topics [${article.topics}] relevant ${article.relevant}`);
  const show = (name: string, label: LabelModel, cues: number[]) => {
    const llr = new NaiveBayesScorer(label.naiveBayes).logOdds(f.words);
    const x = [scaledLogOdds(llr, model.logOddsScale), ...cues];
    const p = logisticProbability(label.weights, label.bias, x);
    console.log(`  ${p >= label.threshold ? '+' : ' '} ${name.padEnd(8, '　')} p=${p.toFixed(2)} t=${label.threshold} llr=${llr.toFixed(1)} cues=${cues.map((c) => c.toFixed(2))} w=${label.weights.map((w) => w.toFixed(2))} b=${label.bias.toFixed(2)}`);
  };
  show('relevance', model.relevance, f.relevanceCues);
  for (const t of FRAUD_TYPES) show(t, model.fraudTypes[t], f.fraudTypeCues[t]);
  for (const t of TOPIC_LABELS) show(t, model.topics[t], f.topicCues[t]);
}
