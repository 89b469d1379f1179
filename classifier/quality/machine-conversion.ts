import * as OpenCC from 'opencc-js';
import type { Signal } from './signal.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A pinyin gloss wedged between two Han characters: 诈（zhà）骗, 电信(dian xin)诈骗. */
const PINYIN_IN_WORD = /\p{Script=Han}[（(]\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+(?:\s+[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)*\s*[)）]\p{Script=Han}/giu;

/** Bytes decoded with the wrong charset. */
const MOJIBAKE = /(锟斤拷|烫烫烫|\uFFFD|Ã[\u0080-\u00BF]|â€)/g;

/**
 * Traits of text pushed through converters: pinyin glosses inside words, simplified and traditional
 * characters mixed in one text (a clean text is one or the other), mojibake.
 */
export function machineConversionSignals(text: string, body: string = text): Signal[] {
  const signals: Signal[] = [];
  const glosses = text.match(PINYIN_IN_WORD)?.length ?? 0;
  if (glosses >= 2) signals.push({ name: 'pinyin_annotation', penalty: Math.min(0.8, 0.3 + 0.1 * glosses), spam: true });

  if (isMixedScript(body)) signals.push({ name: 'mixed_script', penalty: 0.5, spam: true });

  const garbled = text.match(MOJIBAKE)?.length ?? 0;
  if (garbled >= 3) signals.push({ name: 'mojibake', penalty: Math.min(0.6, 0.1 * garbled), spam: false });
  return signals;
}

/**
 * Simplified and traditional characters mixed through the text: each script in at least two sentences,
 * and the minority script a real share. A traditional report with one simplified credit line, or a
 * simplified one quoting a traditional name, is not mixed.
 */
export function isMixedScript(body: string): boolean {
  // A republisher's credit line is in its own script; it says nothing about the article's text.
  const text = body.replace(/[（(](?:来源|來源|来自|來自|编辑|編輯|责任编辑|責任編輯)[^）)]*[）)]/g, '');
  const { traditional, simplified } = scriptCounts(text);
  if (Math.min(traditional, simplified) < 6 || Math.min(traditional, simplified) / (traditional + simplified) < 0.08) return false;
  let traditionalSentences = 0;
  let simplifiedSentences = 0;
  for (const sentence of text.split(/[。！？!?\n]/)) {
    const counts = scriptCounts(sentence);
    if (counts.traditional > 0) traditionalSentences++;
    if (counts.simplified > 0) simplifiedSentences++;
  }
  return Math.min(traditionalSentences, simplifiedSentences) >= 2;
}

/** Simplified forms that traditional writers use too (台中, 台北), so they prove nothing. */
const BOTH_SCRIPTS = new Set(['台']);

/** Characters that exist only in traditional writing, and only in simplified writing. */
export function scriptCounts(text: string): { traditional: number; simplified: number } {
  const han = [...text].filter((char) => /\p{Script=Han}/u.test(char)).join('');
  const asSimplified = [...toSimplified(han)];
  const asTraditional = [...toTraditional(han)];
  const chars = [...han];
  let traditional = 0;
  let simplified = 0;
  // Conversions of single characters keep length, so positions line up.
  if (asSimplified.length !== chars.length || asTraditional.length !== chars.length) return { traditional, simplified };
  for (let i = 0; i < chars.length; i++) {
    if (asSimplified[i] !== chars[i]) traditional++;
    else if (asTraditional[i] !== chars[i] && !BOTH_SCRIPTS.has(chars[i])) simplified++;
  }
  return { traditional, simplified };
}
