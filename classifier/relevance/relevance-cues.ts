/**
 * Lexical evidence for relevance, used next to the trained model: words that only telecom/network-fraud news uses,
 * the channels that make a fraud "telecom or network" fraud, and the cues of the look-alikes the contract excludes
 * (other crime, offline insurance/contract fraud, finance news, police PR).
 */

type Cue = readonly [RegExp, number];

/** Terms of art of the anti-fraud field: one of them almost settles relevance. */
const STRONG_CUES: readonly Cue[] = [
  [/电信网络诈骗|电信诈骗|网络诈骗|电诈|通讯网络诈骗|反电信网络诈骗法/, 2],
  [/反诈|涉诈|防诈|国家反诈中心|96110/, 1.5],
  [/止付|断卡|两卡|帮信|跑分|卡农|杀猪盘|刷单|安全账户|屏幕共享|共享屏幕|冒充(?:公检法|客服|领导|警察|民警|熟人)/, 1.5],
  [/诈骗窝点|诈骗团伙|诈骗集团|诈骗园区|境外诈骗|电诈园区|话务员|引流|GOIP|猫池/, 1],
];

/** Fraud vocabulary in general (also used by offline fraud, hence weaker). */
const FRAUD_WORDS = /诈骗|骗局|被骗|受骗|骗子|骗取|行骗|骗术|骗走|诈|骗/g;

/** How the scam reached the victim: what makes fraud "telecom or network" fraud. */
const CHANNEL_WORDS =
  /电话|短信|微信|QQ|qq|网络|网上|线上|APP|App|app|链接|二维码|直播|网站|群聊|视频通话|社交|抖音|快手|网页|客服|聊天|平台|下载|手机|转账/g;

/** Other crime, other news: what the contract's "not relevant" looks like. */
const NEGATIVE_CUES: readonly Cue[] = [
  [/盗窃|小偷|扒窃|偷盗|入室|盗抢|被盗|窃取财物/, 1],
  [/毒品|吸毒|贩毒|制毒|冰毒|海洛因|大麻/, 1.5],
  [/赌博|赌场|聚众赌|赌资|开设赌场/, 0.8],
  [/骗保|保险诈骗|合同诈骗|集资诈骗|贷款诈骗罪|骗取贷款|虚开.{0,4}发票|非法集资|传销/, 1.2],
  [/交通事故|酒驾|醉驾|交警|车祸|肇事|闯红灯|驾驶证/, 1],
  [/火灾|消防|溺水|地震|暴雨|台风|气温|降雨|天气/, 1],
  [/抢劫|故意伤害|杀人|斗殴|寻衅滋事|绑架/, 1],
  [/警营开放日|表彰|颁奖|先进集体|荣誉|慰问|练兵|比武|授衔|警徽/, 1],
  [/营收|净利润|同比增长|GDP|增加值|存款余额|贷款余额|上市公司|财报|股价|指数|成交额|经济/, 0.8],
  [/比赛|球队|演出|展览|文化节|旅游|马拉松|夺冠/, 0.8],
];

export const RELEVANCE_CUE_FEATURES = ['strong', 'fraudWords', 'channels', 'negative', 'strongTimesNoNegative'] as const;

function cueScore(text: string, cues: readonly Cue[]): number {
  return cues.reduce((sum, [pattern, weight]) => sum + (pattern.test(text) ? weight : 0), 0);
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** The relevance cue features, each squashed to a small range so that no single one dominates the calibration. */
export function relevanceCueFeatures(text: string): number[] {
  const strong = Math.min(cueScore(text, STRONG_CUES), 4);
  const fraudWords = Math.min(count(text, FRAUD_WORDS), 6) / 2;
  const channels = Math.min(count(text, CHANNEL_WORDS), 6) / 2;
  const negative = Math.min(cueScore(text, NEGATIVE_CUES), 4);
  return [strong, fraudWords, channels, negative, negative === 0 ? strong : 0];
}
