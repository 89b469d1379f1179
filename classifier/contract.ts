/**
 * The labels and shapes of ../shared/spec/analysis-contract.md, in one place.
 * Every part of fanzha (worker, database, CLI, export, tests) uses these strings exactly.
 */

export const FRAUD_TYPES = [
  '刷单返利',
  '虚假投资理财',
  '虚假网络贷款',
  '冒充电商物流客服',
  '冒充公检法',
  '虚假征信',
  '虚假购物服务',
  '冒充领导熟人',
  '网络游戏虚假交易',
  '网络婚恋交友',
  '其他',
] as const;
export type FraudType = (typeof FRAUD_TYPES)[number];

/** Province-level regions by short name, plus 全国 for national figures. */
export const REGIONS = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏',
  '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '广西',
  '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏',
  '新疆', '香港', '澳门', '台湾', '全国',
] as const;
export type Region = (typeof REGIONS)[number];

export const METRICS = [
  'cases_solved',
  'cases_reported',
  'suspects_arrested',
  'suspects_prosecuted',
  'gangs_dismantled',
  'dens_destroyed',
  'amount_involved',
  'funds_intercepted',
  'losses_recovered',
  'victim_losses',
  'people_protected',
  'warnings_issued',
  'calls_blocked',
  'sms_blocked',
  'sites_blocked',
  'apps_removed',
  'accounts_frozen',
  'cards_disposed',
  'percent_change',
  'share',
  'other',
] as const;
export type Metric = (typeof METRICS)[number];

export const STAT_UNITS = ['CNY', 'HKD', 'TWD', 'MOP', 'USD', 'count', 'percent'] as const;
export type StatUnit = (typeof STAT_UNITS)[number];

export interface Stat {
  /** What is counted. */
  metric: Metric;
  /** Normalised: yuan for money, a plain count, a signed percent. */
  value: number;
  unit: StatUnit;
  /** 余 多 近 约 超过 逾 上万 … */
  approx: boolean;
  /** Exact substring of the analysed text, e.g. "6.9亿元". */
  span: string;
  /** UTF-16 offsets of span in the analysed text. */
  start: number;
  end: number;
}

/** Source-quality verdict (spam sites, spun copies, keyword stuffing). */
export interface Quality {
  spam: boolean;
  /** 0 (certainly spam) … 1 (clean). */
  score: number;
  /** Names of the signals that fired, e.g. "keyword_stuffing". */
  signals: string[];
}

/** The object `fanzha analyze` prints for one article. */
export interface AnalysisResult {
  relevant: boolean;
  relevanceScore: number;
  fraudTypes: FraudType[];
  topics: string[];
  region: Region | null;
  stats: Stat[];
  title?: string;
  publishedAt?: string;
  quality: Quality;
}
