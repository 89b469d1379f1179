/**
 * Parses the numbers of Chinese news text: Arabic, Chinese and mixed numerals with 万/亿 scales
 * (6.9亿, 一千二百万, 1.2万, 两千六, 3万5千), approximations (三千余, 十余, 上万, 数百, 十几),
 * full-width digits, thousands separators, Traditional 萬 億 兩, 百分之八 and 成 (a tenth).
 *
 * Pure and total: any input returns a result or null, never throws.
 */

export interface ParsedNumber {
  value: number;
  /** 余 多 几 数 上 … made the figure approximate. */
  approx: boolean;
  /** The number was written as a percentage (百分之八, 三成): value is in percent. */
  percent?: boolean;
}

/** Longer inputs are not numbers a reporter writes; refusing them keeps the work bounded. */
const MAX_LENGTH = 40;

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9, 兩: 2, 貳: 2, 參: 3, 陸: 6,
};
const SMALL_SCALES: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_SCALES: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const PREFIX_APPROX = ['超过', '将近', '接近', '大约', '不少于', '至少', '约', '近', '逾', '超', '过', '上'];
const SUFFIX_APPROX = ['左右', '以上', '上下', '余', '多', '许', '来', '+'];

/** Full-width digits and punctuation to ASCII; Traditional and financial numerals stay for the tables above. */
function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0);
    else if (ch === '．') out += '.';
    else if (ch === '，') out += ',';
    else if (ch === '％') out += '%';
    else out += ch;
  }
  return out;
}

type Token =
  | { kind: 'num'; value: number; arabic: boolean }
  | { kind: 'small'; scale: number }
  | { kind: 'big'; scale: number }
  | { kind: 'zero' };

/** Splits a numeral into digits, scales and zeros; null for anything else. */
function tokenize(s: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch >= '0' && ch <= '9') {
      const m = /^[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?/.exec(s.slice(i, i + MAX_LENGTH));
      if (!m) return null;
      const value = Number(m[0].replace(/,/g, ''));
      if (!Number.isFinite(value)) return null;
      tokens.push({ kind: 'num', value, arabic: true });
      i += m[0].length;
      continue;
    }
    if (ch === '零' || ch === '〇') {
      // 〇 inside a run of Chinese digits is positional (二〇二四); alone between scales it is a gap (一千零五).
      tokens.push({ kind: 'zero' });
      i++;
      continue;
    }
    if (ch in DIGITS) {
      tokens.push({ kind: 'num', value: DIGITS[ch], arabic: false });
      i++;
      continue;
    }
    if (ch === '点' || ch === '點') {
      // Chinese decimal point: 三点五 → 3.5; needs a digit before and digits after.
      const prev = tokens[tokens.length - 1];
      if (!prev || prev.kind !== 'num') return null;
      let j = i + 1;
      let frac = '';
      while (j < s.length && (s[j] in DIGITS || s[j] === '零' || s[j] === '〇')) {
        frac += String(s[j] in DIGITS ? DIGITS[s[j]] : 0);
        j++;
      }
      if (!frac) return null;
      prev.value = Number(`${Math.trunc(prev.value)}.${frac}`);
      i = j;
      continue;
    }
    if (ch in SMALL_SCALES) {
      tokens.push({ kind: 'small', scale: SMALL_SCALES[ch] });
      i++;
      continue;
    }
    if (ch in BIG_SCALES) {
      tokens.push({ kind: 'big', scale: BIG_SCALES[ch] });
      i++;
      continue;
    }
    return null;
  }
  return tokens;
}

/** Evaluates scale arithmetic: 一千二百万 = (1000 + 200) × 10⁴; 两千六 = 2600; 一千零五 = 1005. */
function evaluate(tokens: Token[]): { value: number; approx: boolean } | null {
  if (tokens.length === 0) return null;
  // A run of three or more Chinese digits with no scale is positional (二〇二四).
  if (tokens.length >= 3 && tokens.every((t) => t.kind === 'zero' || (t.kind === 'num' && !t.arabic))) {
    const digits = tokens.map((t) => (t.kind === 'num' ? String(t.value) : '0')).join('');
    return { value: Number(digits), approx: false };
  }
  let total = 0;
  let section = 0;
  let current: number | null = null;
  let lastScale = 0;
  let afterZero = false;
  let approx = false;
  let prevKind: Token['kind'] | null = null;
  for (const token of tokens) {
    switch (token.kind) {
      case 'num':
        if (current !== null && prevKind === 'num') {
          // 三四万 (three or four ten-thousand): keep the lower figure and mark it approximate.
          if (token.arabic) return null;
          approx = true;
          break;
        }
        current = token.value;
        break;
      case 'zero':
        if (prevKind === 'num' && current !== null) {
          // 二〇 in a positional run such as 二〇二四 is not a quantity we handle as count.
          current = current * 10;
          prevKind = 'num';
          continue;
        }
        afterZero = true;
        break;
      case 'small': {
        if (prevKind === 'small' && current === null) return null;
        section += (current ?? 1) * token.scale;
        current = null;
        lastScale = token.scale;
        afterZero = false;
        break;
      }
      case 'big': {
        const sum = section + (current ?? 0);
        if (prevKind === 'big' && !(lastScale === 1e4 && token.scale === 1e8)) return null;
        if (sum === 0 && total === 0) {
          // 万余元 with no figure before it, or 亿 alone: one of the scale.
          total = token.scale;
        } else if (token.scale === 1e8) {
          total = (total + sum) * token.scale;
        } else {
          // 万 after 亿 (3亿5000万) adds to the 亿 part.
          if (total >= 1e8 && total % 1e8 === 0 && sum < 1e4) total += sum * token.scale;
          else total = (total + sum) * token.scale;
        }
        section = 0;
        current = null;
        lastScale = token.scale;
        afterZero = false;
        break;
      }
    }
    prevKind = token.kind;
  }
  if (current !== null) {
    // 两千六 and 一万二: a bare trailing digit right after a scale is one step below it.
    const beforeLast = tokens[tokens.length - 2];
    const abbreviated =
      prevKind === 'num' && !afterZero && lastScale >= 100 && Number.isInteger(current) && current < 10 &&
      beforeLast !== undefined && (beforeLast.kind === 'small' || beforeLast.kind === 'big');
    section += abbreviated ? current * (lastScale / 10) : current;
  }
  const value = total + section;
  if (!Number.isFinite(value)) return null;
  return { value: Number(value.toPrecision(12)), approx };
}

function stripAffixes(s: string): { core: string; approx: boolean } {
  let core = s;
  let approx = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of PREFIX_APPROX) {
      if (core.startsWith(p) && core.length > p.length) {
        // 上 only approximates before a scale (上万, 上千); 上 before a digit is not a number word.
        if (p === '上' && !/^[十百千万亿萬億]/.test(core.slice(1))) continue;
        core = core.slice(p.length);
        approx = true;
        changed = true;
      }
    }
    for (const suf of SUFFIX_APPROX) {
      if (core.endsWith(suf) && core.length > suf.length) {
        core = core.slice(0, core.length - suf.length);
        approx = true;
        changed = true;
      }
    }
  }
  return { core, approx };
}

/**
 * Parses one numeral: `parseChineseNumber('6.9亿')` → { value: 690000000, approx: false };
 * `parseChineseNumber('三千余')` → { value: 3000, approx: true }; `'百分之八'` → { value: 8, percent: true }.
 * Returns null for anything that is not a whole numeral (including garbled ones).
 */
export function parseChineseNumber(input: string): ParsedNumber | null {
  try {
    if (typeof input !== 'string') return null;
    let s = toHalfWidth(input.trim()).replace(/\s+/g, '');
    if (!s || s.length > MAX_LENGTH) return null;
    let percent = false;
    let tenths = false;
    if (s.startsWith('百分之')) {
      percent = true;
      s = s.slice(3);
    } else if (s.endsWith('%')) {
      percent = true;
      s = s.slice(0, -1);
    } else if (s.endsWith('个百分点') || s.endsWith('個百分點')) {
      percent = true;
      s = s.slice(0, -4);
    } else if (/成(?:以上|左右|多)?$/.test(s)) {
      tenths = true;
      s = s.replace(/成((?:以上|左右|多)?)$/, '$1');
    }
    const { core, approx: affixApprox } = stripAffixes(s);
    let approx = affixApprox;
    // 数百 / 几十 / 十几 / 十多万 / 3余万: vague digits count as one (a lower bound), marked approximate.
    let body = core;
    if (/[数數几幾]/.test(body)) {
      approx = true;
      body = body.replace(/^[数數几幾](?=[十百千万亿萬億])/, '一').replace(/(?<=[十百千])[数數几幾多余餘]/g, '').replace(/[数數几幾]/g, '');
    }
    if (/[余餘多]/.test(body)) {
      approx = true;
      body = body.replace(/[余餘多]/g, '');
    }
    if (!body) return null;
    const tokens = tokenize(body);
    if (!tokens) return null;
    if (!tokens.some((t) => t.kind === 'num' || t.kind === 'small' || t.kind === 'big' || t.kind === 'zero')) return null;
    const result = evaluate(tokens);
    if (!result) return null;
    let value = result.value;
    if (tenths) {
      if (value <= 0 || value > 10) return null;
      value = Number((value * 10).toPrecision(12));
      percent = true;
    }
    const out: ParsedNumber = { value, approx: approx || result.approx };
    if (percent) out.percent = true;
    return out;
  } catch {
    return null;
  }
}
