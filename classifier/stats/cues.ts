/**
 * The words that tell what a quantity measures, grouped by role: verbs (what was done),
 * nouns (to what), money cues, and percent directions. All in Simplified Chinese: the working
 * text has the Traditional characters of these words already mapped (see working-text.ts).
 */
import type { Metric } from '../contract.ts';

export type VerbGroup =
  | 'solve' | 'report' | 'arrest' | 'prosecute' | 'dismantle' | 'raid'
  | 'block' | 'protect' | 'warn' | 'seize' | 'crackdown' | 'commit' | 'neutral';

export type NounGroup =
  | 'case' | 'suspect' | 'gang' | 'den' | 'call' | 'sms' | 'site' | 'app' | 'account' | 'card'
  | 'warning' | 'people' | 'police' | 'defendant' | 'inquiry';

/** Longest alternatives first inside each group; the regexes are run on short windows only. */
export const VERBS: readonly { group: VerbGroup; re: RegExp }[] = [
  { group: 'solve', re: /破获|侦破|侦办|破案|告破|破掉|查破/g },
  { group: 'report', re: /立案|发案|接报|受理|接警|报案|发生|接到报警|录得|记录/g },
  { group: 'arrest', re: /抓获|抓捕|刑拘|刑事拘留|拘留|逮捕|缉捕|缉拿|归案|落网|拘捕|押解|带回|打击处理|控制|移交|遣返|批捕|批准逮捕|强制措施|抓|拘/g },
  /** 查处 counts people (arrests) and disposes of cards and accounts. */
  { group: 'crackdown', re: /查处/g },
  /** Seized objects (查获银行卡90张) are evidence, not disposed cards. */
  { group: 'seize', re: /查获|缴获|扣押|查扣|收缴|起获|搜出/g },
  { group: 'commit', re: /作案|实施诈骗|出售|出租|出借|借款/g },
  /** Verbs after which a count is none of the metrics (惩戒失信人员, 排查可疑账户, 受理审查起诉). */
  { group: 'neutral', re: /惩戒|约谈|训诫|帮教|劝返|招募|排查|核查|筛查|受理审查起诉|涉及|遍及|覆盖/g },
  { group: 'prosecute', re: /审查起诉|提起公诉|起诉|公诉|判处|判决|审结|宣判|定罪|获刑|判刑/g },
  { group: 'dismantle', re: /打掉|摧毁|打垮|端掉|铲除|瓦解/g },
  { group: 'raid', re: /捣毁|端掉|查封/g },
  { group: 'block', re: /拦截|封堵|阻断|屏蔽|处置|关停|下架|封停|封禁|清理|停机|注销|冻结|止付|核查处置|堵截|拦阻|识破|拦下/g },
  { group: 'protect', re: /劝阻|避免|免于|免遭|挽救|保护|未受骗|成功拦阻|守护/g },
  { group: 'warn', re: /预警|推送|发送|提醒|提示|下发|发出|走访|回访/g },
];

export const NOUNS: readonly { group: NounGroup; re: RegExp }[] = [
  { group: 'warning', re: /预警信息|预警指令|预警短信|预警电话|预警线索|预警数据|防诈短信|提醒短信|提示短信|闪信|警示/g },
  { group: 'gang', re: /团伙|犯罪集团|诈骗集团|集团/g },
  { group: 'den', re: /窝点|据点|工作室|窝/g },
  { group: 'site', re: /网站|网址|域名|(?<![A-Za-z])IP地址|(?<![A-Za-z])IP(?![A-Za-z])|链接|网页/g },
  { group: 'app', re: /App|APP|app|应用程序|应用|软件|小程序/g },
  { group: 'card', re: /电话卡|手机卡|物联网卡|银行卡|两卡|卡/g },
  { group: 'account', re: /账户|帐户|账号|帐号|户口|支付账户|微信号|QQ号/g },
  { group: 'call', re: /电话|来电|通话|呼叫/g },
  { group: 'sms', re: /短信|信息(?!网络)|简讯|短讯/g },
  { group: 'case', re: /案件|案子|警情|骗案|案|诈骗/g },
  { group: 'suspect', re: /犯罪嫌疑人|嫌疑人|嫌犯|疑犯|犯罪分子|涉案人员|涉诈人员|违法犯罪人员|犯罪人员|骗徒|骗子|车手|犯嫌|团伙成员/g },
  /** Defendants are counted when charged or tried: suspects_prosecuted. */
  { group: 'defendant', re: /被告人|被告/g },
  /** Consultations and reports from the public are not cases (接获查询3.5万宗). */
  { group: 'inquiry', re: /查询|咨询|求助|举报|投诉|问询/g },
  { group: 'police', re: /民警|警力|辅警|警员|记者|工作人员|干警|检察官/g },
  { group: 'people', re: /群众|受害人|受害者|被害人|市民|民众|居民|老人|学生|事主|用户|网民|企业|商户/g },
];

/** Money metrics by priority: what was done to money wins over whose money it was. */
export const MONEY_CUES: readonly { metric: Metric; priority: number; re: RegExp }[] = [
  { metric: 'funds_intercepted', priority: 3, re: /止付|冻结|拦截|阻断|截停|保护(?:群众|客户)?资金|紧急止付|保住|守住|拦阻|堵截/g },
  { metric: 'losses_recovered', priority: 3, re: /挽回|返还|追回|追缴|退赔|发还|挽损|追赃|退还|避免|减少损失|返赃|领回/g },
  { metric: 'amount_involved', priority: 2, re: /涉案(?!损失)|涉及金额|涉及资金|涉及(?!损失)|涉款|流水|涉诈资金|诈骗金额|诈骗资金|案值|涉资|交易金额|非法资金|赃款|洗钱|转移资金/g },
  { metric: 'victim_losses', priority: 1, re: /被骗|损失|财损|骗走|骗取|被诈骗|转账|汇款|汇入|转入|转给|充值|投入|受骗|骗了|诈骗|搭进去|赔进去|打了水漂/g },
  /** Seized cash is evidence, neither intercepted nor recovered; an action, so as strong as 冻结. */
  { metric: 'other', priority: 3, re: /查扣|扣押(?!冻结)|缴获|查获|收缴|起获/g },
  { metric: 'other', priority: 0, re: /罚金|罚款|奖励|奖金|获利|收益|盈利|赚|利润|违法所得|佣金|报酬|工资|好处费|借款|借了/g },
];

/** Percent directions. 降至 / 下降到 name a level, not a change; they are handled before these. */
export const UP = /同比上升|同比增长|上升|增长|增加|提升|提高|上涨|增幅|升高|攀升|增/g;
export const DOWN = /同比下降|同比减少|下降|减少|降低|下滑|回落|降幅|下跌|跌幅|跌|减|降/g;
export const SHARE = /占比|占|比重|比例|份额/g;
