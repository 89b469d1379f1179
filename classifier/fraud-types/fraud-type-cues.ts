import { FRAUD_TYPES, type FraudType } from '../contract.ts';

/**
 * Lexical evidence per fraud type, in three tiers:
 * - `exact`: the type's own name or an exact synonym (刷单返利, 杀猪盘, 假检警).
 * - `names`: the scheme's signature, named outright or nearly (the Ministry's name or the usual press synonyms, 杀猪盘, 假检警 …). The
 *   corpus rule is that a named type is a labelled type, even in a list of several, so this is near-decisive.
 * - `descriptions`: the words a victim's story uses when the name is never said (a "customer service" call about
 *   a refund for a faulty parcel is 冒充电商物流客服). Each cue counts once; weights below 1 need company.
 * The trained model adds learnt word evidence on top (see classify.ts).
 */
interface FraudTypeLexicon {
  /** The type's own name and its exact press synonyms: reliable enough that naming it almost settles it. */
  exact: RegExp;
  names: RegExp;
  descriptions: readonly (readonly [RegExp, number])[];
}

export const FRAUD_TYPE_LEXICON: Record<FraudType, FraudTypeLexicon> = {
  刷单返利: {
    exact: /刷单返利|刷单/,
    names: /刷单|刷信誉|刷好评|返利诈骗|网络兼职诈骗|兼职刷|做任务.{0,6}(?:返|佣金)|点赞.{0,6}(?:佣金|返现|赚钱)/,
    descriptions: [
      [/返利|返佣|佣金|任务群|任务单|连单|卡单|做单|接单|派单|抢单/, 0.7],
      [/兼职|日结|垫付|动动手指|足不出户|点赞|关注主播|提现|小额返现|先返/, 0.35],
    ],
  },
  虚假投资理财: {
    exact: /虚假投资理财|投资理财(?:类)?诈骗|虚假投资|理财诈骗|投资诈骗|虚假理财/,
    names: /虚假投资|投资理财(?:类)?诈骗|投资理财|理财诈骗|投资诈骗|荐股|炒股|股票群|投资平台|理财平台|虚假.{0,4}交易平台|带单|原始股|虚拟货币投资|杀猪盘.{0,10}投资/,
    descriptions: [
      [/投资|理财|股票|期货|外汇|黄金|数字货币|虚拟币|比特币|区块链|数字藏品|导师|分析师|老师.{0,4}(?:指导|带)|内幕|收益|回报|稳赚|盈利|大盘|基金|分红|博彩.{0,4}漏洞/, 0.45],
      [/高收益|高回报|稳赚不赔|翻倍|充值.{0,6}(?:投资|平台)|无法提现|提现失败|出金|入金|保本/, 0.6],
    ],
  },
  虚假网络贷款: {
    exact: /虚假网络贷款|虚假贷款|网贷诈骗|贷款(?:类)?诈骗(?!罪)|虚假网贷|虚假借贷/,
    names: /虚假贷款|虚假网络贷款|网贷诈骗|贷款诈骗(?!罪)|贷款类诈骗|贷款APP|贷款app|贷款平台|虚假网贷|下款|放款/,
    descriptions: [
      [/贷款|网贷|借款|低息|无抵押|免息|秒批|额度|借钱/, 0.6],
      [/解冻费|保证金|手续费|验资|流水|银行卡号.{0,4}(?:错误|填错)|账户冻结|会员费|刷流水|包装费/, 0.45],
    ],
  },
  冒充电商物流客服: {
    exact: /冒充电商物流客服|冒充(?:电商|物流|快递|网店|购物平台|平台)?客服|假冒(?:电商|物流|快递)?客服|冒充快递员/,
    names: /冒充(?:电商|物流|快递|购物平台|网店|平台|航空公司)?客服|自称.{0,8}客服|客服.{0,24}(?:退款|理赔|赔偿|退货)|(?:退款|理赔|赔偿|退货).{0,24}客服|航班.{0,8}(?:取消|延误).{0,20}(?:理赔|改签|退票)|机票退改签|假冒(?:电商|物流|快递)?客服|冒充电商|冒充快递|假冒速递|假冒快递|快递.{0,6}(?:丢失|理赔)|丢件|百万保障|退款诈骗|理赔诈骗/,
    descriptions: [
      [/客服|快递|速递|包裹|物流|退款|退货|理赔|赔偿|网购|淘宝|拼多多|京东|电商|商品.{0,4}(?:质量|问题)|店铺|订单|派送|签收/, 0.5],
      [/双倍|三倍|质量问题|不合格|召回|会员.{0,4}(?:取消|关闭)|取消.{0,6}(?:会员|自动续费|分期)|误设|扣费|退票|改签|航班.{0,6}取消|地址.{0,4}(?:有误|不详)/, 0.6],
    ],
  },
  冒充公检法: {
    exact: /冒充公检法|假冒公检法|公检法诈骗|假检警|冒充(?:警察|民警|公安|检察官|法官|警官)/,
    names: /冒充公检法|假冒公检法|公检法诈骗|假检警|冒充(?:大使馆|使馆|领事馆|使领馆)|假警察|假公安|冒充(?:警察|民警|公安|检察官|法官|警官|司法)|通缉令|逮捕令|资产清查|安全账户|涉嫌洗钱|洗钱案/,
    descriptions: [
      [/公安局|警官|检察院|法院|检察官|警察|大使馆|领事馆|使馆|涉嫌|犯罪|保密|通缉|拘捕|冻结.{0,4}(?:资产|账户)|配合调查|身份证.{0,6}(?:冒用|被盗用)|视频.{0,4}笔录|监管账户/, 0.45],
      [/医保卡.{0,6}(?:异常|违规)|转接|调查|传唤/, 0.3],
    ],
  },
  虚假征信: {
    exact: /虚假征信|征信修复|修复征信|注销校园贷|征信诈骗|消除不良征信/,
    names: /征信|修复.{0,4}信用|信用修复|注销.{0,8}(?:校园贷|学生贷|账户|网贷)|消除.{0,6}(?:不良|逾期)记录|关闭.{0,6}(?:借贷|白条|金条|花呗)/,
    descriptions: [[/校园贷|学生贷|信用记录|逾期|不良记录|影响.{0,4}信用|信用分/, 0.6]],
  },
  虚假购物服务: {
    exact: /虚假购物|虚假服务|购物诈骗|网购诈骗|虚假网购/,
    names: /虚假购物|虚假服务|购物诈骗|网购诈骗|私下交易|代考|包过|网购.{0,6}(?:被骗|骗局)|付款后.{0,10}(?:拉黑|未发货|没有发货)|迟迟.{0,4}(?:不|未)发货|假冒.{0,4}商品|虚假中介|虚假.{0,4}(?:办证|代办)/,
    descriptions: [
      [/低价|特价|二手|闲鱼|门票|演唱会|定金|订金|预售|发货|微商|办证|代办|高仿|口罩|宠物|保健品|转让|代购|中介|签证|民宿|酒店|房源|直播间|抢购|运费|特效药|劣质|保洁|家政|上门服务|正品|卖家/, 0.45],
      [/拉黑|不发货|没收到|收到.{0,4}(?:假货|劣质)|货不对板|以次充好|付款|下单|购买|买/, 0.3],
    ],
  },
  冒充领导熟人: {
    exact: /冒充领导熟人|冒充(?:领导|熟人|老板|亲友|亲属|亲戚|同学|老同学|老师|班主任|校长|子女|孙子|战友|朋友)|假冒(?:领导|老板|熟人|亲友)|猜猜我是谁/,
    names: /冒充(?:领导|熟人|老板|亲友|亲属|亲戚|同学|老师|班主任|校长|子女|孙子|战友|朋友)|假冒(?:领导|老板|熟人|亲友)|猜猜我是谁|领导.{0,10}(?:转账|汇款|借钱)|老板.{0,10}(?:转账|汇款)/,
    descriptions: [
      [/领导|老板|熟人|老同学|同学|亲戚|亲属|舅舅|侄子|外甥|孙子|战友|班主任|校长|局长|处长|董事长|总经理|换了.{0,4}号|新号|加.{0,4}QQ|好友申请/, 0.5],
      [/财务|会计|出纳|家长群|工作群|借钱|周转|出事/, 0.4],
    ],
  },
  网络游戏虚假交易: {
    exact: /网络游戏虚假交易|游戏(?:账号|装备|币|皮肤)?(?:虚假)?交易诈骗|游戏诈骗/,
    names: /游戏账号|游戏装备|游戏外挂|防沉迷|游戏.{0,6}解封|(?:免费|赠送|领取).{0,4}皮肤|游戏币|游戏皮肤|游戏.{0,8}(?:交易|买卖|充值|代练)|买卖.{0,4}账号|账号交易|满级账号|代练/,
    descriptions: [[/游戏|皮肤|装备|点券|王者荣耀|和平精英|原神|英雄联盟|账号|充值|玩家/, 0.45]],
  },
  网络婚恋交友: {
    exact: /网络婚恋交友|杀猪盘|婚恋交友|网恋诈骗|交友诈骗|婚恋诈骗|网络交友诈骗/,
    names: /杀猪盘|网恋|婚恋|交友诈骗|婚恋交友|交友软件|交友平台|相亲网站|婚介|爱情骗局|感情骗局|情感诈骗/,
    descriptions: [
      [/交友|相亲|男友|女友|男朋友|女朋友|恋爱|恋人|网友|对象|结婚|感情|甜言蜜语|嘘寒问暖|高富帅|白富美|老公|老婆|外国军官|维和/, 0.5],
    ],
  },
  其他: {
    exact: /裸聊敲诈|裸聊|中奖诈骗|慈善诈骗|冒充(?:社保|医保|军人|部队|明星|电力|供电|基金会)|AI换脸|钓鱼短信|钓鱼网站/,
    names: /裸聊|中奖诈骗|网络赌博诈骗|赌博诈骗|基金会.{0,6}(?:助学金|补助)|到付件|祈福|消灾|改运|算命|数据标注|幸运观众|招生指标|内部指标|签约.{0,4}(?:主播|网红)|钓鱼(?:网站|短信|链接)|假冒银行短信|虚假中奖|冒充(?:社保|医保|军人|部队|明星|电力|供电|交警|ETC)|ETC.{0,6}(?:认证|失效|过期)|爱心捐助|慈善诈骗|粉丝.{0,4}群|AI换脸|声音合成|钓鱼短信|积分兑换|兑换积分/,
    descriptions: [
      [/中奖|彩票|抽奖|慈善|捐款|捐助|追星|敲诈|大师|风水|押金|网赌|赌博|招生|入学|网红|主播|ETC|etc|医保|社保|养老金|退税|补贴|电费|停电|交通违法|部队|军人|采购|换脸|福利|助农/, 0.5],
      [/博彩|赌博网站|网赌|红包|抢购.{0,4}名额|快递.{0,4}(?:到付|代收)|认证|资格/, 0.3],
    ],
  },
};

export interface FraudTypeCueScore {
  /** The type's own name (or an exact synonym) appears. */
  exact: boolean;
  /** The scheme's signature appears (its name, or a defining phrase such as 安全账户, 丢件理赔). */
  named: boolean;
  /** Sum of the descriptive cues present. */
  described: number;
}

/** Lexical evidence per fraud type. */
export function scoreFraudTypeCues(text: string): Record<FraudType, FraudTypeCueScore> {
  const scores = {} as Record<FraudType, FraudTypeCueScore>;
  for (const type of FRAUD_TYPES) {
    const { exact, names, descriptions } = FRAUD_TYPE_LEXICON[type];
    const isExact = exact.test(text);
    scores[type] = {
      exact: isExact,
      named: isExact || names.test(text),
      described: descriptions.reduce((sum, [pattern, weight]) => sum + (pattern.test(text) ? weight : 0), 0),
    };
  }
  return scores;
}

/** Lexicon-only decision, used before a model is trained. */
export function lexicalFraudType(score: FraudTypeCueScore): boolean {
  return score.named || score.described >= 1;
}
