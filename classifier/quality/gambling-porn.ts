import type { Signal } from './signal.ts';

/**
 * Advertising vocabulary of gambling and porn sites. Anti-fraud reports talk ABOUT gambling and
 * sextortion (网络赌博, 裸聊敲诈, 博彩网站), so topical words do not count here: only words that sell.
 */
const SELLING_TERMS = [
  '注册送', '注册即送', '开户送', '首存', '首充', '彩金', '返水', '洗码', '真人娱乐', '真人视讯', '电子游艺',
  '体育投注', '在线投注', '娱乐城', '葡京', '威尼斯人', '澳门银河', '太阳城', '皇冠体育', '金沙娱乐', '美女荷官',
  '百家乐', '六合彩', '时时彩', '北京赛车', '老虎机', '棋牌游戏', '捕鱼游戏', '彩票计划', '必中', '稳赚不赔',
  '成人影片', '成人视频', '色情视频', '激情视频', '福利视频', '约炮', '一夜情', '同城约会', '上门服务', '看片',
  '无码', '高清无码', '深夜福利',
];

/** Calls to action: what turns a mention into an advertisement. */
const CALLS_TO_ACTION = /(官方网址|最新网址|网址[:：]|官网[:：]|点击进入|立即注册|马上注册|免费注册|扫码下载|下载[Aa][Pp][Pp]|加微信|微信[:：]|[Qq][Qq][:：]|客服[Qq]|(?:www|m)\.[a-z0-9-]+\.[a-z]{2,}|\b[a-z0-9-]+\.(?:com|net|cc|vip|top)\b)/g;

/** Anti-fraud framing around the words: a warning, not an advert. */
const WARNING = /(警惕|谨防|切勿|不要|提醒|以[^，。]{0,10}为名|诱骗|骗局|诈骗)/;

export function gamblingPornSignal(text: string): Signal | null {
  const found = SELLING_TERMS.filter((term) => text.includes(term));
  if (found.length === 0) return null;
  const calls = text.match(CALLS_TO_ACTION)?.length ?? 0;
  // Terms that appear in sentences without any warning around them are advertising.
  const sentences = text.split(/[。！？!?\n]/);
  const unframed = found.filter((term) => sentences.some((s) => s.includes(term) && !WARNING.test(s))).length;
  const strength = unframed + Math.min(calls, 3);
  if (strength < 3 && !(found.length >= 5)) return null;
  return { name: 'gambling_porn', penalty: Math.min(0.9, 0.3 + 0.15 * strength), spam: true };
}
