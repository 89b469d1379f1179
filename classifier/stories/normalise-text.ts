import * as OpenCC from 'opencc-js';
import { SPUN_FORMS } from '../quality/spin-pairs.ts';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Pinyin glosses that machine converters leave inside words: 诈（zhà）骗, 电信(dian xin). */
export const PINYIN_GLOSS = /[（(]\s*[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+(?:\s+[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)*\s*[)）]/g;

const SPUN = new RegExp(SPUN_FORMS.map((pair) => pair.spun).join('|'), 'g');
const COMMON_OF = new Map(SPUN_FORMS.map((pair) => [pair.spun, pair.common]));

/**
 * The text two copies of one story have in common once cosmetic differences are gone:
 * full-width forms folded (NFKC), traditional characters made simplified, pinyin glosses dropped,
 * spinners' synonyms mapped back to the common word, lower case, and anything that is not a letter,
 * digit or Han character turned into a space.
 */
export function normaliseForStory(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .replace(PINYIN_GLOSS, '')
    .replace(SPUN, (spun) => COMMON_OF.get(spun) ?? spun)
    .toLowerCase()
    // 1.2万 and 1,200 must not fall apart into two numbers.
    .replace(/(?<=\d)[.,](?=\d)/g, '_')
    .replace(/[^\p{Script=Han}\p{L}\p{N}_]+/gu, ' ')
    .trim();
}
