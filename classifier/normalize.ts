import * as OpenCC from 'opencc-js';

// Hong Kong and Taiwan pages use different variant characters (e.g. 着/著, 裏/裡); running both converters
// covers either source without having to guess where a page came from. Each pass costs ~0.03 ms per article.
const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const IDEOGRAPHIC_SPACE = /\u3000/g;
const HORIZONTAL_SPACE = /[ \t\f\v\u00A0\u2000-\u200B\u202F\u205F\uFEFF]+/g;
const BLANK_LINES = /\s*\n\s*/g;

/** Folds full-width letters, digits and ASCII punctuation (Ａ１％) to half-width (A1%); CJK punctuation (，。) stays. */
export function toHalfWidth(text: string): string {
  return text
    .replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(IDEOGRAPHIC_SPACE, ' ');
}

/**
 * The text the classifier analyses: Traditional → Simplified, full-width → half-width, runs of spaces folded to
 * one, line breaks kept as single "\n" (paragraphs matter to the region's "lead"). Offsets are not preserved.
 */
export function normalizeText(text: string): string {
  const simplified = fromHongKong(fromTaiwan(text));
  return toHalfWidth(simplified)
    .replace(/\r\n?/g, '\n')
    .replace(HORIZONTAL_SPACE, ' ')
    .replace(BLANK_LINES, '\n')
    .trim();
}
