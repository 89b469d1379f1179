/**
 * Finds the quantities of a text: a number with its approximation markers, an optional range,
 * and the unit or measure word that says what kind of thing it is (money, a count, a percent).
 * A hand-written single pass (no backtracking regex), so a megabyte of digits is read once.
 */
import type { StatUnit } from '../contract.ts';
import { parseChineseNumber } from './chinese-number.ts';
import { COUNT_UNITS, CURRENCY_SYMBOLS, MONEY_PREFIXES, MONEY_UNITS, PREFIX_APPROX, SUFFIX_APPROX_AFTER_UNIT } from './units.ts';

export type QuantityKind = 'money' | 'count' | 'percent' | 'bare';

export interface Quantity {
  kind: QuantityKind;
  value: number;
  approx: boolean;
  /** Offsets of the whole span (approximation prefix, number, unit) in the text. */
  start: number;
  end: number;
  /** Offsets of the numeral alone. */
  numStart: number;
  numEnd: number;
  /** Currency written in the text (美元, 港元 …); undefined for bare 元 (the caller's default). */
  currency?: StatUnit;
  /** The measure word of a count (起, 名, 个 …). */
  measure?: string;
  /** Written in Chinese numerals only (一, 两, 三百): small ones are often determiners, not figures. */
  chineseOnly: boolean;
}

const CN_DIGIT = '零〇一二两三四五六七八九';
const CN_SCALE = '十百千万亿';
const CN_NUMERAL = CN_DIGIT + CN_SCALE;
/** A numeral longer than this is not a figure (a digit dump, an ID); skipped as a whole. */
const MAX_BODY = 24;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isCn = (c: string | undefined): boolean => c !== undefined && CN_NUMERAL.includes(c);
const isCnDigit = (c: string | undefined): boolean => c !== undefined && CN_DIGIT.includes(c);
const isScale = (c: string | undefined): boolean => c !== undefined && CN_SCALE.includes(c);

/** Whether a numeral can start at i (数百, 上万, 几十 included). */
function startsBody(t: string, i: number): boolean {
  const c = t[i];
  if (isDigit(c) || isCn(c)) return true;
  if ((c === '数' || c === '几' || c === '上') && isScale(t[i + 1])) return true;
  return false;
}

/** Greedily reads a numeral from i; returns its end (exclusive). Deterministic, no backtracking. */
function readBody(t: string, i: number): number {
  let j = i;
  if (t[j] === '数' || t[j] === '几' || t[j] === '上') j++;
  while (j < t.length) {
    const c = t[j];
    const prev = t[j - 1];
    if (isDigit(c) || isCn(c)) {
      j++;
    } else if (c === ',' && isDigit(prev) && isDigit(t[j + 1]) && isDigit(t[j + 2]) && isDigit(t[j + 3]) && !isDigit(t[j + 4])) {
      j += 4;
    } else if (c === '.' && isDigit(prev) && isDigit(t[j + 1])) {
      j++;
    } else if (c === '点' && isCnDigit(prev) && isCnDigit(t[j + 1])) {
      j++;
    } else if (c === '几' && (prev === '十' || prev === '百')) {
      j++;
    } else if ((c === '余' || c === '多') && (isDigit(prev) || isCn(prev)) && isScale(t[j + 1])) {
      j++;
    } else {
      break;
    }
    if (j - i > MAX_BODY * 50) break;
  }
  return j;
}

function matchAt(t: string, i: number, words: readonly string[]): string | undefined {
  for (const w of words) if (t.startsWith(w, i)) return w;
  return undefined;
}

function endsWithAt(t: string, i: number, words: readonly string[]): string | undefined {
  for (const w of words) if (i - w.length >= 0 && t.startsWith(w, i - w.length)) return w;
  return undefined;
}

/** Characters that glue a number into a code, an ID, a time or a version: not a figure. */
const GLUE_BEFORE = /[A-Za-z0-9_/\\.:#@=&?%-]/;

function parse(body: string): { value: number; approx: boolean } | null {
  const parsed = parseChineseNumber(body);
  return parsed && !parsed.percent ? parsed : null;
}

interface Piece {
  value: number;
  approx: boolean;
  end: number;
}

/** Reads a numeral and an optional range (3至5万, 1000到2000) from i. */
function readNumber(t: string, i: number): Piece | null {
  const bodyEnd = readBody(t, i);
  if (bodyEnd - i > MAX_BODY) return null;
  const body = t.slice(i, bodyEnd);
  const first = parse(body);
  if (!first) return null;
  let end = bodyEnd;
  let approx = first.approx;
  let value = first.value;
  // 余/多/来/许 between a number and its unit.
  let suffix = matchAt(t, end, ['余', '多', '来', '许', '+']);
  if (suffix) {
    end += suffix.length;
    approx = true;
  }
  const sep = matchAt(t, end, ['至', '到', '-', '~', '—', '－', '～']);
  if (sep && startsBody(t, end + sep.length) && !suffix) {
    const secondStart = end + sep.length;
    const secondEnd = readBody(t, secondStart);
    const second = secondEnd - secondStart <= MAX_BODY ? parse(t.slice(secondStart, secondEnd)) : null;
    if (second) {
      // 3至5万: the lower bound takes the upper bound's trailing scale when it has none of its own.
      const trailing = /[万亿千百]+$/.exec(t.slice(secondStart, secondEnd))?.[0] ?? '';
      if (trailing && !/[万亿千百]/.test(body)) {
        const scale = parseChineseNumber(`1${trailing}`)?.value ?? 1;
        value = Number((value * scale).toPrecision(12));
      }
      if (value <= second.value) {
        end = secondEnd;
        approx = true;
        suffix = matchAt(t, end, ['余', '多']);
        if (suffix) end += suffix.length;
      }
    }
  }
  return { value, approx, end };
}

/** Scans the working text for quantities. `t` must be the same length as the original text. */
export function scanQuantities(t: string): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < t.length) {
    if (t.startsWith('百分之', i) && startsBody(t, i + 3)) {
      const bodyEnd = readBody(t, i + 3);
      const parsed = bodyEnd - i <= MAX_BODY ? parseChineseNumber(t.slice(i, bodyEnd)) : null;
      if (parsed && parsed.percent) {
        const start = withPrefix(t, i);
        out.push({ kind: 'percent', value: parsed.value, approx: parsed.approx || start.approx, start: start.index, end: bodyEnd, numStart: i, numEnd: bodyEnd, chineseOnly: true });
      }
      i = Math.max(bodyEnd, i + 1);
      continue;
    }
    if (!startsBody(t, i)) {
      i++;
      continue;
    }
    const bodyEnd = readBody(t, i);
    const q = readQuantity(t, i);
    if (q) {
      out.push(q);
      i = q.end;
    } else {
      i = Math.max(bodyEnd, i + 1);
    }
  }
  return out;
}

function withPrefix(t: string, i: number): { index: number; approx: boolean } {
  const p = endsWithAt(t, i, PREFIX_APPROX);
  if (!p) return { index: i, approx: false };
  if (p === '过' && !/[万亿千百]/.test(t.slice(i, i + 2))) return { index: i, approx: false };
  return { index: i - p.length, approx: true };
}

function readQuantity(t: string, i: number): Quantity | null {
  const before = t[i - 1];
  // 下架App3100余款: a count written straight after the word App, not an app's name or version.
  if (before !== undefined && GLUE_BEFORE.test(before) && !/(?:^|[^A-Za-z])app$/i.test(t.slice(Math.max(0, i - 4), i))) return null;
  if (before === '第') return null;
  // Leading zeros make codes and phone area numbers (0755), not figures; 0.5 is fine.
  if (t[i] === '0' && isDigit(t[i + 1])) return null;
  const num = readNumber(t, i);
  if (!num) return null;
  const raw = t.slice(i, num.end);
  const arabicDigits = raw.replace(/[^0-9]/g, '');
  if (arabicDigits.length > 15) return null;
  const chineseOnly = arabicDigits.length === 0;
  const prefix = withPrefix(t, i);
  // A lone scale character (进万家, 百家) is a word, not a figure, unless marked (逾万人, 百余人).
  if (/^[十百千万亿]$/.test(raw) && !prefix.approx) return null;
  let approx = num.approx || prefix.approx;
  let end = num.end;
  let start = prefix.index;
  const base = { numStart: i, numEnd: num.end, chineseOnly };
  // A glued Latin letter or digit after the number (5G, 3D, 12306) makes it a name, not a figure.
  if (/[A-Za-z0-9]/.test(t[end] ?? '') ) return null;

  // Percentages: 12.5%, 3.2个百分点, 三成.
  if (t[end] === '%' || t[end] === '‰') {
    if (t[end] === '‰') return null;
    end += 1;
    return { kind: 'percent', value: num.value, approx, start, end, ...base };
  }
  // 同比增长1.2倍: a rise of 120 percent. Only after a rise word; 是去年的2倍 is a ratio, not a change.
  if (t[end] === '倍' && /(?:增长|上升|增加|提升|提高|上涨)了?$/.test(t.slice(Math.max(0, start - 4), start))) {
    return { kind: 'percent', value: Number((num.value * 100).toPrecision(12)), approx, start, end: end + 1, ...base };
  }
  if (t.startsWith('个百分点', end)) {
    end += 4;
    return { kind: 'percent', value: num.value, approx, start, end, ...base };
  }
  if (t[end] === '成' && num.value >= 1 && num.value <= 9 && Number.isInteger(num.value) && raw.length === 1 && !/[员立功为本交年都果绩效熟品型人就了功员语千万]/.test(t[end + 1] ?? '')) {
    end += 1;
    const tail = matchAt(t, end, ['以上', '左右', '多']);
    if (tail) {
      end += tail.length;
      approx = true;
    }
    return { kind: 'percent', value: num.value * 10, approx, start, end, ...base };
  }

  // Money: 6.9亿元, 500万港元, 人民币1.2亿元, 新台币3000万元.
  let unitStart = end;
  if (t[unitStart] === ' ' && !isDigit(t[unitStart + 1])) unitStart++;
  const symbol = matchAtEnd(t, start, CURRENCY_SYMBOLS);
  if (symbol) start -= symbol.word.length;
  const currencyBefore = symbol ?? matchAtEnd(t, start, MONEY_PREFIXES);
  const moneyUnit = matchAt(t, unitStart, MONEY_UNITS.map((u) => u.word));
  if (moneyUnit) {
    const unit = MONEY_UNITS.find((u) => u.word === moneyUnit)!;
    if (!unit.rejectNext || !unit.rejectNext.test(t[unitStart + moneyUnit.length] ?? '')) {
      end = unitStart + moneyUnit.length;
      let currency = unit.currency ?? currencyBefore?.currency;
      // 元人民币 / 元港币 written after the unit.
      const after = matchAt(t, end, MONEY_PREFIXES.map((p) => p.word));
      if (after) {
        currency = MONEY_PREFIXES.find((p) => p.word === after)!.currency;
        end += after.length;
      }
      if (currencyBefore && !symbol) start -= currencyBefore.word.length;
      const tail = matchAt(t, end, SUFFIX_APPROX_AFTER_UNIT);
      if (tail) {
        end += tail.length;
        approx = true;
      }
      return { kind: 'money', value: num.value * unit.factor, approx, start, end, currency, ...base };
    }
  }

  // Counts: 2.3万起, 三千余名, 870余个, 1.2万人次.
  for (const unit of COUNT_UNITS) {
    if (!t.startsWith(unit.word, unitStart)) continue;
    if (unit.rejectNext && unit.rejectNext.test(t.slice(unitStart + unit.word.length, unitStart + unit.word.length + 3))) return null;
    end = unitStart + unit.word.length;
    const tail = matchAt(t, end, SUFFIX_APPROX_AFTER_UNIT);
    if (tail) {
      end += tail.length;
      approx = true;
    }
    return { kind: 'count', value: num.value, approx, start, end, measure: unit.word, ...base };
  }

  // HK$3,000 and ￥5000: the symbol is the unit.
  if (symbol) return { kind: 'money', value: num.value, approx, start, end: num.end, currency: symbol.currency, ...base };

  // A figure with a big scale and no unit (涉案金额超3亿, 抓获嫌疑人3.1万): the context decides.
  if (/[万亿]$/.test(t.slice(i, num.end).replace(/[余多]$/, ''))) {
    if (currencyBefore) {
      start -= currencyBefore.word.length;
      return { kind: 'money', value: num.value, approx, start, end: num.end, currency: currencyBefore.currency, ...base };
    }
    return { kind: 'bare', value: num.value, approx, start, end: num.end, ...base };
  }
  return null;
}

function matchAtEnd<T extends { word: string }>(t: string, i: number, items: readonly T[]): T | undefined {
  for (const item of items) if (i - item.word.length >= 0 && t.startsWith(item.word, i - item.word.length)) return item;
  return undefined;
}
