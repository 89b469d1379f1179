import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FRAUD_TYPES, type FraudType, type Region } from './contract.ts';
import { normalizeText } from './normalize.ts';
import { resolveRegionNormalized } from './region/resolve-region.ts';
import { TOPIC_LABELS, TOPIC_THRESHOLD } from './topics.ts';
import { extractArticleFeatures, type ArticleFeatures } from './relevance/article-features.ts';
import { logisticProbability, scaledLogOdds, sigmoid } from './relevance/logistic.ts';
import type { ClassifierModel, LabelModel } from './relevance/model-format.ts';
import { NaiveBayesScorer } from './relevance/naive-bayes-scorer.ts';

export const MODEL_PATH = fileURLToPath(new URL('./model/classifier-model.json', import.meta.url));
export const MODEL_VERSION_PATH = fileURLToPath(new URL('./model/VERSION', import.meta.url));

/** Used only before the first `npm run train`: the lexical cues alone decide. */
const LEXICON_ONLY_VERSION = 'lexicon-only';

/**
 * The version of the trained model in classifier/model/ (its content hash), stored with every analysis so that
 * `fanzha reprocess` can find articles classified by an older model.
 */
export const MODEL_VERSION: string = existsSync(MODEL_VERSION_PATH)
  ? readFileSync(MODEL_VERSION_PATH, 'utf8').trim()
  : LEXICON_ONLY_VERSION;

export interface Classification {
  relevant: boolean;
  relevanceScore: number;
  fraudTypes: FraudType[];
  topics: string[];
  region: Region | null;
}

interface CompiledLabel {
  model: LabelModel;
  scorer: NaiveBayesScorer;
}

interface CompiledModel {
  logOddsScale: number;
  relevance: CompiledLabel;
  fraudTypes: Map<FraudType, CompiledLabel>;
  topics: Map<string, CompiledLabel>;
}

let compiled: CompiledModel | null | undefined;

function compile(model: LabelModel): CompiledLabel {
  return { model, scorer: new NaiveBayesScorer(model.naiveBayes) };
}

/** Loads the model on first use (a few ms); null when no model has been trained yet. */
function loadModel(): CompiledModel | null {
  if (compiled !== undefined) return compiled;
  if (!existsSync(MODEL_PATH)) return (compiled = null);
  const model = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as ClassifierModel;
  compiled = {
    logOddsScale: model.logOddsScale,
    relevance: compile(model.relevance),
    fraudTypes: new Map(FRAUD_TYPES.filter((t) => model.fraudTypes[t]).map((t) => [t, compile(model.fraudTypes[t])])),
    topics: new Map(TOPIC_LABELS.filter((t) => model.topics[t]).map((t) => [t, compile(model.topics[t])])),
  };
  return compiled;
}

function labelProbability(label: CompiledLabel, features: ArticleFeatures, cues: readonly number[], scale: number): number {
  const logOdds = scaledLogOdds(label.scorer.logOdds(features.words), scale);
  return logisticProbability(label.model.weights, label.model.bias, [logOdds, ...cues]);
}

/** Relevance without a trained model: a fixed blend of the cue features (strong terms for, look-alikes against). */
function lexicalRelevance(cues: number[]): number {
  const [strong, fraudWords, channels, negative] = cues;
  return sigmoid(1.6 * strong + 0.8 * fraudWords + 0.5 * channels - 1.5 * negative - 1.8);
}

/** Relevance, fraud types, topics and region of one article (title and body as published; normalised here). */
export function classifyArticle(input: { title?: string | null; body: string }): Classification {
  const title = normalizeText(input.title ?? '');
  const body = normalizeText(input.body);
  const features = extractArticleFeatures(title, body);
  const region = resolveRegionNormalized(title, body);
  const model = loadModel();

  const relevanceScore = model
    ? labelProbability(model.relevance, features, features.relevanceCues, model.logOddsScale)
    : lexicalRelevance(features.relevanceCues);
  const relevant = relevanceScore >= 0.5;
  if (!relevant) return { relevant, relevanceScore, fraudTypes: [], topics: [], region };

  const fraudTypes = FRAUD_TYPES.filter((type) => {
    const label = model?.fraudTypes.get(type);
    const cue = features.fraudTypeCues[type];
    // Without a model: named outright, or described by enough cues.
    return label ? labelProbability(label, features, cue, model!.logOddsScale) >= label.model.threshold : cue[1] === 1 || cue[2] >= 1;
  });
  const topics = TOPIC_LABELS.filter((topic) => {
    const label = model?.topics.get(topic);
    const cue = features.topicCues[topic];
    return label ? labelProbability(label, features, cue, model!.logOddsScale) >= label.model.threshold : cue[1] >= TOPIC_THRESHOLD;
  });
  return { relevant, relevanceScore, fraudTypes, topics, region };
}
