/**
 * Quantities that look like figures but measure nothing: page counters (浏览 1234次), hotlines
 * (拨打96110), ordinals (第3起), and small Chinese numerals used as articles (一名男子, 两次).
 * Years, dates, clock times, ages and durations never reach here: they have no unit the scanner
 * accepts (年 月 日 时 分 岁 个月 …), and URLs and page chrome are masked in the working text.
 */
import type { Metric } from '../contract.ts';
import type { Quantity } from './scan-quantities.ts';

const COUNTER = /浏览|阅读|点击|人气|访问|评论|点赞|转发|收藏|播放|关注|粉丝|下载量|在线/;
const HOTLINES = new Set([110, 96110, 12110, 12321, 12381, 12345, 12306, 10086, 10010, 10000, 95588, 120, 119, 122]);
const HOTLINE_CUE = /拨打|致电|热线|专线|电话|号码|短号|报警/;

/** Whether a quantity, whatever its metric, is not a statistic. `before` is the text just before it. */
export function isNotAStatistic(q: Quantity, before: string, metric: Metric): boolean {
  if (COUNTER.test(before.slice(-8))) return true;
  if (q.kind !== 'percent' && HOTLINES.has(q.value) && !q.approx && HOTLINE_CUE.test(before.slice(-6))) return true;
  if (/第\s*$/.test(before)) return true;
  // 一名男子, 一起案件, 两次: a determiner, not a figure.
  if (q.kind === 'count' && q.chineseOnly && q.value === 1 && !q.approx) return true;
  // Small Chinese counts are kept only when a cue says what they measure (抓获两名嫌疑人).
  if (q.kind === 'count' && q.chineseOnly && q.value < 10 && !q.approx && metric === 'other') return true;
  return false;
}
