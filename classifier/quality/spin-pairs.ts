/**
 * Word substitutions that article spinners make to disguise a copied report: a common word of police
 * and news writing replaced by an unusual synonym, so that search engines see "new" text.
 *
 * Written from knowledge of spun Chinese web copy ("伪原创"). `odd` says how improbable the substitute
 * is in a clean police or news report: 3 — almost never written by a person in this register
 * (白叟, 先容, 凝结资金); 2 — possible but rare; 1 — an ordinary synonym that only counts in bulk.
 */
export interface SpinPair {
  /** The word a clean report uses. */
  common: string;
  /** What spinners put in its place. */
  spun: string;
  odd: 1 | 2 | 3;
}

const RAW: [common: string, spun: string, odd: 1 | 2 | 3][] = [
  ['诈骗', '欺诈', 1],
  ['诈骗', '诓骗', 3],
  ['诈骗', '讹骗', 3],
  ['骗子', '骗徒', 2],
  ['民警', '差人', 3],
  ['民警', '警员', 2],
  ['民警', '警务人员', 2],
  ['警方', '警察方面', 3],
  ['公安机关', '公安构造', 3],
  ['公安机关', '公安机构', 2],
  ['犯罪嫌疑人', '违法嫌疑人', 3],
  ['犯罪嫌疑人', '作案嫌疑人', 2],
  ['受害人', '被害者', 2],
  ['群众', '大众', 2],
  ['群众', '民众', 1],
  ['群众', '公众', 1],
  ['积极', '踊跃', 2],
  ['广大', '宽广', 3],
  ['广大', '宽大', 3],
  ['提醒', '提点', 3],
  ['资金', '资财', 3],
  ['资金', '资本', 2],
  ['账户', '户头', 2],
  ['冻结', '凝结', 3],
  ['冻结', '冰封', 3],
  ['止付', '中止支出', 3],
  ['及时', '适时', 2],
  ['及时', '实时', 1],
  ['立即', '当即', 1],
  ['损失', '丧失', 2],
  ['案件', '案子', 2],
  ['抓获', '擒获', 2],
  ['抓获', '捕获', 2],
  ['团伙', '帮派', 2],
  ['打击', '冲击', 3],
  ['防范', '防备', 2],
  ['宣传', '宣扬', 2],
  ['安全', '平安', 1],
  ['发现', '发觉', 2],
  ['告诉', '奉告', 3],
  ['对方', '敌方', 3],
  ['平台', '途径', 2],
  ['陌生', '生疏', 3],
  ['陌生', '目生', 3],
  ['链接', '衔接', 3],
  ['链接', '联接', 3],
  ['快递', '速递', 2],
  ['投资', '出资', 2],
  ['高额', '高昂', 2],
  ['回报', '报答', 3],
  ['保证金', '确保金', 3],
  ['验证码', '检验码', 3],
  ['验证码', '认证码', 2],
  ['老人', '白叟', 3],
  ['老年人', '白叟', 3],
  ['介绍', '先容', 3],
  ['介绍', '引见', 3],
  ['记者', '笔者', 2],
  ['严重', '深重', 3],
  ['非法', '不合法', 2],
  ['公民', '国民', 2],
  ['手机', '手提电话', 3],
  ['银行卡', '银行卡片', 3],
  ['客服', '客户服务人员', 2],
  ['退款', '退钱', 2],
  ['转账', '转帐', 1],
  ['工作', '作业', 2],
  ['开展', '打开', 2],
  ['提高', '进步', 2],
  ['意识', '认识', 1],
  ['成功', '顺利', 1],
  ['迅速', '敏捷', 2],
  ['挽回', '挽救', 1],
  ['多名', '多位', 1],
  ['期间', '时刻', 2],
  ['有效', '有用', 2],
  ['目前', '现在', 1],
  ['近日', '近来', 1],
  ['表示', '表明', 1],
  ['了解', '知道', 1],
  ['网络', '网路', 2],
  ['短信', '短消息', 2],
];

export const SPIN_PAIRS: readonly SpinPair[] = RAW.map(([common, spun, odd]) => ({ common, spun, odd }));

/** Spun forms, longest first, so that a longer substitute wins over a shorter one it contains. */
export const SPUN_FORMS: readonly SpinPair[] = [...SPIN_PAIRS].sort((a, b) => b.spun.length - a.spun.length);
