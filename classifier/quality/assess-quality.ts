import type { Quality } from '../contract.ts';
import { gamblingPornSignal } from './gambling-porn.ts';
import { keywordStuffingSignal } from './keyword-stuffing.ts';
import { machineConversionSignals } from './machine-conversion.ts';
import { pageChromeSignal } from './page-chrome.ts';
import type { QualityInput, Signal } from './signal.ts';
import { spunTextSignal } from './spun-text.ts';

/** Spam never scores above this, so `--min-quality 0.5` hides it. */
const SPAM_CEILING = 0.45;

/**
 * The quality verdict for one article: which signals fired, a score from 0 (certainly spam) to 1
 * (clean), and whether the article is a spam copy rather than a source.
 */
export function assessQuality(input: QualityInput): Quality {
  const text = [input.title ?? '', input.body].join('\n');
  const signals: Signal[] = [
    keywordStuffingSignal(input),
    gamblingPornSignal(text),
    spunTextSignal(input.body),
    // Mixed scripts are judged on the body: a republisher's headline prefix is in its own script.
    ...machineConversionSignals(text, input.body),
    pageChromeSignal(input.body),
  ].filter((signal): signal is Signal => signal !== null);

  let score = signals.reduce((kept, signal) => kept * (1 - signal.penalty), 1);
  const spam = signals.some((signal) => signal.spam);
  if (spam) score = Math.min(score, SPAM_CEILING);
  return { spam, score: Math.round(score * 1000) / 1000, signals: signals.map((signal) => signal.name) };
}

export type { QualityInput } from './signal.ts';
