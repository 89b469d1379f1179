/**
 * Gives each quantity its metric from the words around it: the noun it counts and the verb that
 * governs it (破获 + 案件 → cases_solved), the money cue (止付, 挽回, 涉案, 被骗), or the direction
 * of a percentage (同比下降 → a negative percent_change). Lists share one verb: the verb is looked
 * for in the quantity's own segment first, then across the clause and the sentence.
 */
import type { Metric } from '../contract.ts';
import { DOWN, MONEY_CUES, NOUNS, type NounGroup, SHARE, UP, VERBS, type VerbGroup } from './cues.ts';
import type { Quantity } from './scan-quantities.ts';

/** Where a quantity sits: the text windows the cues are read from. All offsets are bounded. */
export interface Context {
  /** From the end of the previous quantity in the clause (or the clause start) to the quantity. */
  local: string;
  /** From the clause start to the quantity. */
  clause: string;
  /** From the quantity's end to the clause end, at most a few characters. */
  right: string;
  /** The sentence before the clause (earlier clauses that may hold a shared verb). */
  sentence: string;
}

export interface Assignment {
  metric: Metric;
  /** Percent sign, +1 or -1, for percent_change. */
  sign: number;
  /** The quantity turned out to be money (a bare 3亿 after 涉案金额). */
  money: boolean;
}

interface Hit<G> {
  group: G;
  start: number;
  end: number;
}

function hits<G>(text: string, table: readonly { group: G; re: RegExp }[]): Hit<G>[] {
  const out: Hit<G>[] = [];
  for (const { group, re } of table) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ group, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The match nearest the end of the text (the word right before the quantity); longest on ties. */
function last<G>(list: Hit<G>[]): Hit<G> | undefined {
  let best: Hit<G> | undefined;
  for (const h of list) {
    if (!best || h.end > best.end || (h.end === best.end && h.start < best.start)) best = h;
  }
  return best;
}

/** The match nearest the start of the text (the word right after the quantity); longest on ties. */
function first<G>(list: Hit<G>[]): Hit<G> | undefined {
  let best: Hit<G> | undefined;
  for (const h of list) {
    if (!best || h.start < best.start || (h.start === best.start && h.end > best.end)) best = h;
  }
  return best;
}

function lastVerb(text: string): VerbGroup | undefined {
  return last(hits(text, VERBS))?.group;
}

function lastNoun(text: string): NounGroup | undefined {
  return last(hits(text, NOUNS))?.group;
}

/** The verb governing a quantity: its own segment, then the clause, then the words after it, then the sentence. */
function governingVerb(ctx: Context): VerbGroup | undefined {
  return lastVerb(ctx.local) ?? lastVerb(ctx.clause) ?? first(hits(ctx.right, VERBS))?.group ?? lastVerb(ctx.sentence);
}

/** The noun a count counts: right after the measure word (12起案件), else before the number (案件12起). */
function countedNoun(ctx: Context, measure: string | undefined): NounGroup | undefined {
  // Only the noun phrase right after the measure word: stop at a list separator or a new verb.
  const stop = ctx.right.search(/[、和及与并]/);
  let right = ctx.right.slice(0, Math.min(14, stop < 0 ? 14 : stop));
  const verb = first(hits(right, VERBS));
  if (verb) right = right.slice(0, verb.start);
  // The head of the noun phrase is its last noun: 5个诈骗团伙 counts 团伙.
  const after = last(hits(right, NOUNS).filter((h) => h.start <= 10));
  if (after && compatible(after.group, measure)) return after.group;
  return objectNoun(ctx.local) ?? objectNoun(ctx.clause);
}

/** The last noun after the last verb: 民警上门劝阻2300人次 counts people, 民警 is the subject. */
function objectNoun(text: string): NounGroup | undefined {
  const verb = last(hits(text, VERBS));
  return last(hits(verb ? text.slice(verb.end) : text, NOUNS))?.group;
}

/** A change word right before the figure: 增加9.6亿元, 减少31宗 (but 上升至 names a level). */
const CHANGE_BEFORE = /(?:增加|减少|增长|下降|上升|多了|少了)了?$/;

const MEASURE_NOUN: Record<string, NounGroup> = { 伙: 'gang', 款: 'app', 通: 'call' };

/**
 * Measure words each noun can be counted in; a noun read with another measure word is not what
 * the figure counts (电话劝阻8200人次 counts people, not calls; 向账户转账5笔 counts transfers).
 * Undefined measure = a bare 3万, compatible with anything.
 */
const COMPATIBLE: Record<NounGroup, readonly string[]> = {
  gang: ['个', '伙', '家'],
  den: ['个', '处', '家', '所'],
  site: ['个', '条', '家'],
  app: ['个', '款'],
  account: ['个', '户', '张', '家'],
  card: ['张', '个'],
  call: ['次', '个', '通', '条'],
  sms: ['条', '次', '个'],
  warning: ['条', '次', '人次', '个', '户次', '户', '通'],
  case: ['起', '件', '宗', '个'],
  suspect: ['名', '人', '个', '位'],
  people: ['名', '人', '人次', '户', '户次', '位', '个', '家'],
  police: [],
  inquiry: [],
  defendant: ['名', '人', '个', '位'],
};

function compatible(noun: NounGroup | undefined, measure: string | undefined): boolean {
  if (noun === undefined) return false;
  if (noun === 'police' || noun === 'inquiry') return true;
  return measure === undefined || COMPATIBLE[noun].includes(measure);
}

function countMetric(q: Quantity, ctx: Context): Metric {
  // 较去年同期减少31宗: the size of a change, not a count of anything.
  if (CHANGE_BEFORE.test(ctx.local)) return 'other';
  let noun = countedNoun(ctx, q.measure) ?? (q.measure ? MEASURE_NOUN[q.measure] : undefined);
  if (!compatible(noun, q.measure)) noun = undefined;
  // 網上購物騙案最為常見，共9,852宗: the noun may sit in the previous clause.
  if (noun === undefined && !lastVerb(ctx.clause)) {
    const earlier = lastNoun(ctx.sentence);
    if (earlier === 'case' && compatible(earlier, q.measure)) noun = earlier;
  }
  const verb = governingVerb(ctx);
  const m = q.measure ?? '';
  switch (noun) {
    case 'gang':
      return 'gangs_dismantled';
    case 'den':
      return 'dens_destroyed';
    case 'site':
      return verb === 'seize' || verb === 'commit' ? 'other' : 'sites_blocked';
    case 'app':
      return verb === 'seize' || verb === 'commit' ? 'other' : 'apps_removed';
    case 'account':
      return verb === 'block' || verb === 'crackdown' ? 'accounts_frozen' : 'other';
    case 'card':
      return verb === 'block' || verb === 'crackdown' ? 'cards_disposed' : 'other';
    case 'warning':
      return 'warnings_issued';
    case 'call':
      return verb === 'block' ? 'calls_blocked' : verb === 'warn' ? 'warnings_issued' : 'other';
    case 'sms':
      return verb === 'block' ? 'sms_blocked' : verb === 'warn' ? 'warnings_issued' : 'other';
    case 'case':
      if (verb === 'solve') return 'cases_solved';
      // 錄得詐騙案44,480宗, 刷单返利类诈骗298起: cases counted with no action on them are cases that happened.
      if (verb === 'report' || verb === undefined) return 'cases_reported';
      return 'other';
    case 'suspect':
      if (verb === 'prosecute') return 'suspects_prosecuted';
      if (verb === 'arrest' || verb === 'crackdown' || verb === 'seize' || verb === 'solve') return 'suspects_arrested';
      return 'other';
    case 'people':
      if (verb === 'protect') return 'people_protected';
      if (verb === 'warn') return 'warnings_issued';
      return 'other';
    case 'defendant':
      return 'suspects_prosecuted';
    case 'police':
    case 'inquiry':
      return 'other';
    default:
      break;
  }
  const isCaseMeasure = m === '起' || m === '件' || m === '宗';
  const isPersonMeasure = m === '名' || m === '人' || m === '人次' || m === '位';
  // 一是刷单返利类，共412起: 起/宗 alone count cases; with no action named, cases that happened.
  if (verb === undefined && (m === '起' || m === '宗')) return 'cases_reported';
  if (verb === 'solve' && isCaseMeasure) return 'cases_solved';
  if (verb === 'report' && isCaseMeasure) return 'cases_reported';
  if ((verb === 'arrest' || verb === 'crackdown' || verb === 'seize') && isPersonMeasure) return 'suspects_arrested';
  if (verb === 'prosecute' && isPersonMeasure) return 'suspects_prosecuted';
  if (verb === 'dismantle' && (m === '个' || m === '伙')) return 'gangs_dismantled';
  if (verb === 'raid' && (m === '个' || m === '处')) return 'dens_destroyed';
  if (verb === 'protect' && (isPersonMeasure || m === '户' || m === '户次')) return 'people_protected';
  if (verb === 'warn' && (m === '次' || m === '条' || m === '人次' || m === '户次')) return 'warnings_issued';
  return 'other';
}

function moneyHits(text: string): { metric: Metric; priority: number; end: number }[] {
  const out: { metric: Metric; priority: number; end: number }[] = [];
  for (const { metric, priority, re } of MONEY_CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ metric, priority, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The money metric of the first window that has a cue. In the figure's own clause the strongest
 * cue wins (止付被骗资金 is intercepted money); in earlier clauses the nearest one does.
 */
function moneyMetric(ctx: Context): Metric | undefined {
  // 较前年增加9.6亿元: the size of a change, not an amount of any kind.
  if (CHANGE_BEFORE.test(ctx.local)) return 'other';
  // 被骗的18万元追回来了: an action right after the sum outweighs the loss that describes it.
  const own = moneyHits(ctx.local);
  if (own.length > 0 && own.every((h) => h.metric === 'victim_losses')) {
    const after = moneyHits(ctx.right).filter((h) => h.priority === 3 && h.metric !== 'other').sort((a, b) => a.end - b.end);
    if (after.length > 0) return after[0].metric;
  }
  const windows = [ctx.local, ctx.clause, ctx.right, ctx.sentence];
  for (const [index, w] of windows.entries()) {
    const found = moneyHits(w);
    if (found.length === 0) continue;
    if (index === 2) found.sort((a, b) => b.priority - a.priority || a.end - b.end);
    else if (index === 3) found.sort((a, b) => b.end - a.end || b.priority - a.priority);
    else found.sort((a, b) => b.priority - a.priority || b.end - a.end);
    return found[0].metric;
  }
  return undefined;
}

/** Percentages: share (占), signed change (同比上升 / 下降), else other. */
function percentMetric(ctx: Context, previous: { q: Quantity; a: Assignment } | undefined): { metric: Metric; sign: number } {
  // 同比分别上升12.5%、30.2%和41.7%: only separators since the previous percentage, so it shares its word.
  if (previous && previous.q.kind === 'percent' && /^[、和及与,，\s]*$/.test(ctx.local)) {
    return { metric: previous.a.metric, sign: previous.a.sign };
  }
  // 占比最高，达63%: a share named in the previous clause, when nothing nearer says otherwise.
  for (const w of [ctx.local, ctx.clause, ctx.sentence.slice(-16)]) {
    const up = last(hits(w, [{ group: 1, re: UP }]));
    const down = last(hits(w, [{ group: -1, re: DOWN }]));
    const share = last(hits(w, [{ group: 0, re: SHARE }]));
    const best = last([up, down, share].filter((h): h is Hit<number> => h !== undefined));
    if (!best) continue;
    if (best.group === 0) return { metric: 'share', sign: 1 };
    // 降至 / 下降到 / 增长至: the level reached, not the change.
    if (/^[至到为]/.test(w.slice(best.end)) && best.end === w.length - 1) return { metric: 'other', sign: 1 };
    return { metric: 'percent_change', sign: best.group };
  }
  if (/同比|环比/.test(ctx.clause)) return { metric: 'percent_change', sign: 1 };
  return { metric: 'other', sign: 1 };
}

/** Money cues that make a bare 3亿 money rather than a count. */
const MONEY_WORDS = /金额|资金|损失|钱款|款项|被骗|流水|挽回|止付|赃款|骗取|骗走/g;

function lastIndexOf(text: string, re: RegExp): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}

export function assignMetric(q: Quantity, ctx: Context, previous?: { q: Quantity; a: Assignment }): Assignment | null {
  switch (q.kind) {
    case 'money':
      return { metric: moneyMetric(ctx) ?? 'other', sign: 1, money: true };
    case 'percent': {
      const { metric, sign } = percentMetric(ctx, previous);
      return { metric, sign, money: false };
    }
    case 'count':
      return { metric: countMetric(q, ctx), sign: 1, money: false };
    case 'bare': {
      // 涉案金额超3亿: a money word nearer the figure than any counted noun makes it money.
      const noun = last(hits(ctx.local, NOUNS));
      const moneyWord = lastIndexOf(ctx.local, MONEY_WORDS);
      const moneyFirst = moneyWord >= 0 ? !noun || noun.group === 'people' || moneyWord >= noun.start - 1 : !noun && lastIndexOf(ctx.clause, MONEY_WORDS) >= 0;
      if (moneyFirst) {
        return { metric: moneyMetric(ctx) ?? 'other', sign: 1, money: true };
      }
      const metric = countMetric(q, ctx);
      if (metric !== 'other') return { metric, sign: 1, money: false };
      // 新增注册用户86万: a bare figure right after the noun it counts.
      const nounBefore = last(hits(ctx.local, NOUNS));
      return nounBefore && nounBefore.end === ctx.local.length ? { metric, sign: 1, money: false } : null;
    }
  }
}
