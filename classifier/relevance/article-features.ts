import { segment } from '../segment.ts';
import { STOP_WORDS } from './stop-words.ts';
import { relevanceCueFeatures } from './relevance-cues.ts';
import { scoreFraudTypeCues } from '../fraud-types/fraud-type-cues.ts';
import { scoreTopicCues } from '../topics.ts';

const HAS_WORD_CHAR = /[\p{Script=Han}A-Za-z]/u;
const HAS_DIGIT = /\d/;

/**
 * The words of an article as the models see them: jieba tokens (domain dictionary included), lower-cased, without
 * punctuation, numbers (amounts and dates say nothing about the topic and bloat the vocabulary) and stop words,
 * each word once (the models are presence models).
 */
export function articleWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of segment(text)) {
    const token = raw.trim().toLowerCase();
    if (!token || !HAS_WORD_CHAR.test(token) || HAS_DIGIT.test(token) || STOP_WORDS.has(token)) continue;
    words.add(token);
  }
  return words;
}

/** The single string an article is analysed as: headline, then body (both already normalised). */
export function articleText(title: string, body: string): string {
  return title ? `${title}\n${body}` : body;
}

/** What every model reads from one article; computed once per article and shared by relevance, types and topics. */
export interface ArticleFeatures {
  text: string;
  words: Set<string>;
  relevanceCues: number[];
  /** Per label, the cue features that follow the NB log-odds in that label's logistic stage. */
  fraudTypeCues: Record<string, number[]>;
  topicCues: Record<string, number[]>;
}

/** Cue sums enter the logistic stage capped, so that piling up cues cannot outvote everything else. */
export const CUE_CAP = 3;

/** Builds the shared features from an already normalised headline and body. */
export function extractArticleFeatures(title: string, body: string): ArticleFeatures {
  const text = articleText(title, body);
  const fraudTypes = scoreFraudTypeCues(text);
  // A scheme described in a victim's words (做任务返佣金, 共享屏幕 退款) is relevance evidence even when no term of
  // art such as 电信诈骗 appears: the strongest type's evidence joins the relevance cues.
  const schemeEvidence = Math.max(
    ...Object.values(fraudTypes).map((cue) => Math.min((cue.named ? 1.5 : 0) + cue.described, CUE_CAP)),
  );
  return {
    text,
    words: articleWords(text),
    relevanceCues: [...relevanceCueFeatures(text), schemeEvidence],
    fraudTypeCues: Object.fromEntries(
      Object.entries(fraudTypes).map(([type, cue]) => [type, [cue.exact ? 1 : 0, cue.named ? 1 : 0, Math.min(cue.described, CUE_CAP)]]),
    ),
    topicCues: Object.fromEntries(
      Object.entries(scoreTopicCues(text)).map(([topic, cue]) => [topic, [cue.strong ? 1 : 0, Math.min(cue.total, CUE_CAP)]]),
    ),
  };
}
