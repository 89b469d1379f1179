/**
 * The words around a numeral that make it a quantity: money units and currencies, measure words
 * of counts, and approximation markers. Longest words first where one is a prefix of another.
 */
import type { StatUnit } from '../contract.ts';

export interface MoneyUnit {
  word: string;
  /** Multiplier to yuan (or the currency's base unit). */
  factor: number;
  /** Undefined means the caller's default currency for bare 元. */
  currency?: StatUnit;
  /** The unit is a different word when followed by one of these (元旦, 元素). */
  rejectNext?: RegExp;
}

export const MONEY_UNITS: readonly MoneyUnit[] = [
  { word: '元人民币', factor: 1, currency: 'CNY' },
  { word: '人民币', factor: 1, currency: 'CNY' },
  { word: '美元', factor: 1, currency: 'USD' },
  { word: '美金', factor: 1, currency: 'USD' },
  { word: '港元', factor: 1, currency: 'HKD' },
  { word: '港币', factor: 1, currency: 'HKD' },
  { word: '元港币', factor: 1, currency: 'HKD' },
  { word: '新台币', factor: 1, currency: 'TWD' },
  { word: '台币', factor: 1, currency: 'TWD' },
  { word: '澳门元', factor: 1, currency: 'MOP' },
  { word: '澳门币', factor: 1, currency: 'MOP' },
  { word: '澳币', factor: 1, currency: 'MOP' },
  { word: '块钱', factor: 1 },
  { word: '元', factor: 1, rejectNext: /[旦素宵首帅老年代月]/ },
];

/** Currency names written before the figure (人民币1.2亿元, 新台币3000万元) or after 元 (元人民币). */
export const MONEY_PREFIXES: readonly { word: string; currency: StatUnit }[] = [
  { word: '人民币', currency: 'CNY' },
  { word: '新台币', currency: 'TWD' },
  { word: '台币', currency: 'TWD' },
  { word: '港币', currency: 'HKD' },
  { word: '港元', currency: 'HKD' },
  { word: '港币', currency: 'HKD' },
  { word: '澳门元', currency: 'MOP' },
  { word: '澳门币', currency: 'MOP' },
  { word: '美元', currency: 'USD' },
];

/**
 * Currency symbols before the figure. A bare $ is left out on purpose: it is HKD in Hong Kong
 * papers and USD in mainland ones, and the text alone does not say which.
 */
export const CURRENCY_SYMBOLS: readonly { word: string; currency: StatUnit }[] = [
  { word: 'HK$', currency: 'HKD' },
  { word: 'US$', currency: 'USD' },
  { word: 'NT$', currency: 'TWD' },
  { word: 'MOP$', currency: 'MOP' },
  { word: '¥', currency: 'CNY' },
  { word: '￥', currency: 'CNY' },
];

export interface CountUnit {
  word: string;
  /** The measure word is part of another word when the next characters match (部门, 处置, 起诉). */
  rejectNext?: RegExp;
}

/**
 * Time spans and ages are not counted things: 3个月, 24小时, 5年, 60岁 never match a unit below.
 * Neither are kinds (5类诈骗): 类 is deliberately absent.
 */
export const COUNT_UNITS: readonly CountUnit[] = [
  { word: '人次' },
  { word: '户次' },
  { word: '起', rejectNext: /^(?:诉|草|点|步|始|因|源|飞|码|价)/ },
  { word: '件', rejectNext: /^(?:事)/ },
  { word: '宗', rejectNext: /^(?:旨|教|族)/ },
  { word: '名', rejectNext: /^(?:义|称|单|下|誉|牌|字|额|片|次|列|人)/ },
  { word: '人', rejectNext: /^(?:民|员|口|士|大|工|才|身|心|格|脸|物|均|人)/ },
  { word: '个', rejectNext: /^(?:月|小时|工作日|星期|礼拜|钟头|半月|季度|年头|别|性|百分点)/ },
  { word: '张', rejectNext: /^(?:某|姓)/ },
  { word: '次', rejectNext: /^(?:日|年|月|要|数)/ },
  { word: '条', rejectNext: /^(?:例|款|件|理|龙|规)/ },
  { word: '家', rejectNext: /^(?:庭|属|中|里|乡|长|人|门|园)/ },
  { word: '户', rejectNext: /^(?:籍|口|外)/ },
  { word: '款', rejectNext: /^(?:项|式)/ },
  { word: '部', rejectNext: /^(?:门|署|分|委|队|长|级|位|局|属)/ },
  { word: '台', rejectNext: /^(?:湾|币|北|南|中|州|风|阶|上|下)/ },
  { word: '笔', rejectNext: /^(?:录|者|记)/ },
  { word: '处', rejectNext: /^(?:置|理|罚|长|以|在|于|分|境|置)/ },
  { word: '伙', rejectNext: /^(?:伴|食)/ },
  { word: '通', rejectNext: /^[\u4e00-\u9fff]/ },
  { word: '份', rejectNext: /^(?:额|子)/ },
  { word: '场', rejectNext: /^(?:所|景|地|合|面)/ },
  { word: '批', rejectNext: /^(?:准|评|捕|次)/ },
  { word: '套', rejectNext: /^(?:路|餐|取|现)/ },
  { word: '位', rejectNext: /^(?:于|置|数|列)/ },
  { word: '所', rejectNext: /^(?:以|有|得|在|属|谓|长)/ },
  { word: '项', rejectNext: /^(?:目)/ },
  { word: '单', rejectNext: /^(?:位|独|纯)/ },
  { word: '枚' },
  { word: '本', rejectNext: /^(?:地|人|案|次|市|省|县|区|月|年|身|着|科|来|土|届|轮|部|质|金|息|报|网|外|国|村|院|单位|领)/ },
  { word: '辆' },
  { word: '部' },
];

/** Approximation words written before the figure; longest first. */
export const PREFIX_APPROX: readonly string[] = [
  '超过', '将近', '接近', '大约', '不少于', '至少', '不下', '不足', '不到', '近乎', '约', '近', '逾', '超', '过',
];

/** Approximation words after the unit: 3000元左右, 1000人以上. */
export const SUFFIX_APPROX_AFTER_UNIT: readonly string[] = ['左右', '以上', '上下', '之多', '余'];
