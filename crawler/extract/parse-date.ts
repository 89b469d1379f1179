/** A calendar moment as a page writes it; `hasTime` says whether the clock time was given. */
export interface PageDate {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  hasTime: boolean;
  /** "+08:00" style; null when the page gives no offset. */
  offset: string | null;
  /** Where in the searched text the date starts. */
  at: number;
}

/** China, Hong Kong, Macau and Taiwan all keep UTC+8; a page without an offset means local time there. */
export const DEFAULT_OFFSET = '+08:00';

const CN_NUMERALS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * Dates as Chinese pages write them: 2024-05-10 04:48, 2024/05/10, 2024.5.10, 2024年5月10日 10:20, 2024年05月10日10时20分,
 * ISO 8601 with T and an offset. The time part may follow after a space, a full-width space or nothing.
 */
const DATE_PATTERN =
  /(?<![\d])((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?![\d])\s*日?(?:[\sT\u3000]*(?:(?:HKT|CST|GMT\+?0?8:?0?0?|北京时间|北京時間|香港時間|台北時間)\s*)?(?:(上午|下午|晚上|凌晨|早上|中午)\s*)?(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:\.\d+)?)?\s*秒?(?:\s*(Z|[+-]\d{2}:?\d{2}))?)?/g;

/** Every date in `text`, in order of appearance. */
export function findDates(text: string): PageDate[] {
  const dates: PageDate[] = [];
  const normalised = toHalfWidthDigits(text);
  for (const match of normalised.matchAll(DATE_PATTERN)) {
    const date = fromMatch(match);
    if (date) dates.push(date);
  }
  return dates;
}

/** Parses one date string (a meta tag value, a JSON-LD field, a datetime attribute). */
export function parseDate(value: string): PageDate | null {
  const trimmed = value.trim();
  if (/^\d{10}(\d{3})?$/.test(trimmed)) return fromEpoch(Number(trimmed));
  return findDates(trimmed)[0] ?? fromCompact(trimmed);
}

export function toIso(date: PageDate): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const offset = date.offset ?? DEFAULT_OFFSET;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}T${pad(date.hour)}:${pad(date.minute)}:${pad(date.second)}${offset}`;
}

function fromMatch(match: RegExpMatchArray): PageDate | null {
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!validDay(year, month, day)) return null;
  let hour = match[5] !== undefined ? Number(match[5]) : 0;
  const minute = match[6] !== undefined ? Number(match[6]) : 0;
  const second = match[7] !== undefined ? Number(match[7]) : 0;
  const meridiem = match[4];
  if (meridiem && /下午|晚上/.test(meridiem) && hour < 12) hour += 12;
  if (meridiem === '中午' && hour < 11) hour += 12;
  const hasTime = match[5] !== undefined && hour < 24 && minute < 60 && second < 60;
  return {
    year, month, day,
    hour: hasTime ? hour : 0,
    minute: hasTime ? minute : 0,
    second: hasTime ? second : 0,
    hasTime,
    offset: hasTime ? normaliseOffset(match[8]) : null,
    at: match.index ?? 0,
  };
}

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function normaliseOffset(raw: string | undefined): string | null {
  if (!raw) return null;
  if (raw === 'Z') return '+00:00';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(raw);
  return m ? `${m[1]}${m[2]}:${m[3]}` : null;
}

/** 20240510 or 20240510104800 (some CMSs write meta dates without separators). */
function fromCompact(value: string): PageDate | null {
  const m = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDay(year, month, day)) return null;
  const hasTime = m[4] !== undefined;
  return { year, month, day, hour: hasTime ? Number(m[4]) : 0, minute: hasTime ? Number(m[5]) : 0, second: m[6] ? Number(m[6]) : 0, hasTime, offset: null, at: 0 };
}

/** Unix seconds or milliseconds, shown in UTC+8. */
function fromEpoch(value: number): PageDate | null {
  const ms = value < 1e12 ? value * 1000 : value;
  const local = new Date(ms + 8 * 3600 * 1000);
  if (Number.isNaN(local.getTime())) return null;
  const year = local.getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return {
    year, month: local.getUTCMonth() + 1, day: local.getUTCDate(),
    hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds(),
    hasTime: true, offset: DEFAULT_OFFSET, at: 0,
  };
}

/** Full-width digits and "二〇二四" style years are rare in news datelines but cheap to support. */
function toHalfWidthDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[：]/g, '：')
    .replace(/([〇零一二三四五六七八九]{4})年/g, (_, y: string) => Array.from(y).map((c) => CN_NUMERALS[c]).join('') + '年');
}
