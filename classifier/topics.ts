/**
 * The topics analysts filter by (/work/briefs/topics.md): the label, a one-line definition shared by the API and
 * the export, and the lexical cues that detect it. A topic is emitted when its cues' weights, each counted once,
 * reach TOPIC_THRESHOLD; the trained model can add evidence on top (see classify.ts).
 */
export const TOPICS = [
  { label: '打击破案', definition: 'enforcement: cases solved, suspects arrested, gangs dismantled, dens raided, campaigns\' results' },
  { label: '起诉审判', definition: 'prosecution and trials: indictments, court hearings, sentences, judgments, typical cases released by procuratorates/courts' },
  { label: '拦截止付', definition: 'interception: stop-payment and freezing of funds, blocked calls/SMS/sites/apps, early warnings reaching victims, money returned' },
  { label: '宣传防范', definition: 'prevention and publicity: campaigns, tips, lectures, 反诈进校园/社区, app promotion, alerts about a new scam' },
  { label: '受害案例', definition: 'a victim\'s story: how a named/described person was defrauded (or nearly), amounts lost' },
  { label: '法规机制', definition: 'laws, regulations and mechanisms: 反电信网络诈骗法, judicial interpretations, inter-agency cooperation, industry governance' },
  { label: '跨境打击', definition: 'cross-border: overseas dens (Myanmar, Cambodia …), repatriation, international police cooperation' },
  { label: '洗钱两卡', definition: 'money laundering and "two cards": 两卡, 断卡, 跑分, 卡农, 帮信罪, 掩饰隐瞒犯罪所得' },
] as const satisfies readonly { label: string; definition: string }[];

export type Topic = (typeof TOPICS)[number]['label'];
export const TOPIC_LABELS: readonly Topic[] = TOPICS.map((topic) => topic.label);

export const TOPIC_THRESHOLD = 1;

/** Lexical cues per topic: [pattern, weight]. Weights below 1 need company. */
export const TOPIC_CUES: Record<Topic, readonly (readonly [RegExp, number])[]> = {
  打击破案: [
    [/破获|侦破|捣毁|打掉|摧毁|抓获|缉拿|落网|收网|归案|抓捕|拘捕|瓦解|端掉|截获|声押/, 1],
    [/刑事拘留|刑拘|采取刑事强制措施|依法处理|专项行动|集中收网|战果/, 0.6],
    [/犯罪嫌疑人|团伙|窝点|专案组/, 0.4],
  ],
  起诉审判: [
    [/提起公诉|审查起诉|起诉|判处|宣判|开庭|庭审|一审|二审|判决|有期徒刑|公诉|审理|裁定|量刑/, 1],
    [/检察院|法院|检察官|法官|罚金|批准逮捕|批捕|典型案例/, 0.5],
  ],
  拦截止付: [
    [/止付|冻结|拦截|劝阻|挽回|资金返还|返还|追回|阻断|封堵|封锁|拦下|截停|截住|免遭|预警|成功阻止|及时阻止|避免.{0,6}损失|保住|发还/, 1],
    [/96110|及时赶到|上门|见面劝|紧急|识别/, 0.4],
  ],
  宣传防范: [
    [/宣传|宣讲|进校园|进社区|进企业|进农村|讲座|防骗|提醒|防范|警示|揭秘|反诈课|知识竞赛|倡议/, 1],
    [/国家反诈中心APP|反诈APP|下载|注册|提高警惕|谨防|切勿|不轻信|不转账|三不一多|守好.{0,3}钱袋子/, 0.5],
  ],
  受害案例: [
    [/被骗|受骗|上当|骗走|损失|被诈骗/, 1],
    [/[某][某]?|女士|先生|大爷|阿姨|老人|市民|事主|受害人|一名|小[王李张刘陈杨赵黄周吴]/, 0.3],
    [/报警|报案|才发现|意识到|恍然大悟/, 0.5],
  ],
  法规机制: [
    [/反电信网络诈骗法|司法解释|立法|条例|法律|规定|办法|意见|通知|施行|实施|出台|机制|联席会议|监管|治理|制度|协作|联动|联合/, 1],
  ],
  跨境打击: [
    [/缅北|缅甸|柬埔寨|老挝|菲律宾|泰国|妙瓦底|越南|阿联酋|迪拜|境外|跨境|遣返|劝返|押解回国|引渡|国际(?:执法)?合作|国际刑警|偷渡|出境/, 1],
  ],
  洗钱两卡: [
    [/两卡|断卡|跑分|卡农|帮信|帮助信息网络犯罪活动|掩饰[、,，]?隐瞒|洗钱|走账|车手|傀儡户口|取款人|物联网卡|沉睡卡|出租出借|出售.{0,6}(?:银行卡|电话卡|账户)|收购.{0,6}(?:银行卡|电话卡)/, 1],
    [/银行卡|电话卡|对公账户|收款码|USDT|虚拟币|取现|取款|转账通道|转移.{0,4}(?:款项|赃款|资金)/, 0.4],
  ],
};

export interface TopicCueScore {
  /** A full-weight cue is present (破获, 判处, 止付 …). */
  strong: boolean;
  /** Sum of all cue weights present. */
  total: number;
}

/** Lexical topic evidence (each cue counted once). */
export function scoreTopicCues(text: string): Record<Topic, TopicCueScore> {
  const scores = {} as Record<Topic, TopicCueScore>;
  for (const label of TOPIC_LABELS) {
    let strong = false;
    let total = 0;
    for (const [pattern, weight] of TOPIC_CUES[label]) {
      if (!pattern.test(text)) continue;
      total += weight;
      if (weight >= 1) strong = true;
    }
    scores[label] = { strong, total };
  }
  return scores;
}
