import * as OpenCC from 'opencc-js';

// Hong Kong and Taiwan pages use different variant characters (e.g. 着/著, 裏/裡); running both converters
// covers either source without having to guess where a page came from. Each pass costs ~0.03 ms per article.
const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });

/**
 * Characters either converter would change, found once by running them over the CJK blocks (~10 ms at start-up).
 * Most articles are already Simplified: checking for one of these is much cheaper than running both converters.
 */
const TRADITIONAL_CHARS: ReadonlySet<string> = (() => {
  const chars = new Set<string>();
  const CHUNK = 512;
  const ranges: [number, number][] = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]];
  for (const [from, to] of ranges) {
    for (let start = from; start <= to; start += CHUNK) {
      let chunk = '';
      for (let code = start; code <= Math.min(to, start + CHUNK - 1); code++) chunk += String.fromCharCode(code);
      for (const convert of [fromTaiwan, fromHongKong]) {
        const converted = convert(chunk);
        if (converted === chunk) continue;
        // Positions line up when every change is one character for one; otherwise check the chunk one by one.
        const aligned = converted.length === chunk.length;
        for (let i = 0; i < chunk.length; i++) {
          if (aligned ? converted[i] !== chunk[i] : convert(chunk[i]) !== chunk[i]) chars.add(chunk[i]);
        }
      }
    }
  }
  return chars;
})();

function hasTraditional(text: string): boolean {
  for (const ch of text) if (TRADITIONAL_CHARS.has(ch)) return true;
  return false;
}

/** Full-width digits, Latin letters and the symbols of numbers and addresses (１２．５％, ＡＰＰ, ＠); Chinese
 * sentence punctuation (，。：？（）) is the normal form of Chinese text and stays. */
const FULL_WIDTH_ASCII = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF03-\uFF06\uFF0A\uFF0B\uFF0D-\uFF0F\uFF1D\uFF20\uFF3F\uFF5E]/g;
const IDEOGRAPHIC_SPACE = /\u3000/g;
const HORIZONTAL_SPACE = /[ \t\f\v\u00A0\u2000-\u200B\u202F\u205F\uFEFF]+/g;
const BLANK_LINES = /\s*\n\s*/g;

/** Folds full-width letters, digits and number symbols (Ａ１％) to half-width (A1%); CJK punctuation (，。) stays. */
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
  const simplified = hasTraditional(text) ? fromHongKong(fromTaiwan(text)) : text;
  return toHalfWidth(simplified)
    .replace(/\r\n?/g, '\n')
    .replace(HORIZONTAL_SPACE, ' ')
    .replace(BLANK_LINES, '\n')
    .trim();
}
