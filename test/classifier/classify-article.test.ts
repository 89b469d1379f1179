import { describe, expect, it } from 'vitest';
import { classifyArticle, MODEL_VERSION } from '../../classifier/classify.ts';
import { FRAUD_TYPES } from '../../classifier/contract.ts';
import { TOPICS } from '../../classifier/topics.ts';

describe('classifyArticle relevance', () => {
  it.each([
    ['a telecom-fraud arrest', '宜昌警方捣毁一刷单诈骗窝点 抓获11人', '宜昌市公安局侦破一起网络刷单返利诈骗案，抓获犯罪嫌疑人11名。受害人周女士在短视频平台看到“点赞关注领佣金”广告后被拉入任务群，被骗18.6万元。'],
    ['a stop-payment story', '民警紧急止付 保住市民20万元', '接到国家反诈中心预警后，民警立即联系银行对涉案账户紧急止付，成功拦截被骗资金20万元。'],
  ])('keeps %s', (_b, title, body) => {
    const result = classifyArticle({ title, body });
    expect(result.relevant).toBe(true);
    expect(result.relevanceScore).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['a bicycle theft', '成都警方破获系列盗窃电动车案', '成都市武侯区多个小区接连发生电动自行车被盗案件。民警在城中村将张某某抓获，当场查获被盗电动车7辆。'],
    ['a drugs case', '警方破获一起贩毒案 缴获冰毒2公斤', '市公安局禁毒支队破获一起贩毒案，抓获犯罪嫌疑人3名，缴获冰毒2公斤。'],
    ['finance news full of 亿元', '前三季度金融业增加值同比增长7.1%', '全市金融业实现增加值3905.6亿元，同比增长7.1%，本外币存款余额14.2万亿元，贷款余额9.8万亿元。'],
    ['an offline insurance fraud', '伪造交通事故骗保 3人被判刑', '被告人故意制造交通事故，伪造理赔材料，骗取保险金12万元，法院以保险诈骗罪判处三人有期徒刑。'],
    ['a police open day', '警营开放日 市民走进公安局', '市公安局举办警营开放日活动，200余名市民参观了指挥中心，观看了警犬表演和警务技能展示。'],
  ])('drops %s', (_b, title, body) => {
    const result = classifyArticle({ title, body });
    expect(result.relevant).toBe(false);
    expect(result.fraudTypes).toEqual([]);
    expect(result.topics).toEqual([]);
  });

  it('keeps an article wrapped in gambling-site page chrome', () => {
    const result = classifyArticle({
      title: '冒充公检法诈骗又出新花样',
      body: '澳门葡京在线 真人娱乐 注册送彩金\n近日，市民李女士接到自称公安局警官的电话，称其涉嫌洗钱，要求把钱转入安全账户配合调查。民警及时劝阻，避免损失30万元。\n彩票 足球投注 首存优惠',
    });
    expect(result.relevant).toBe(true);
  });
});

describe('classifyArticle fraud types from descriptions', () => {
  it.each([
    ['a refund for a faulty parcel', '“客服”来电说快递有质量问题', '张女士接到自称网店客服的电话，称她购买的衣服质量不合格，可以办理双倍赔偿退款，随后引导她下载软件共享屏幕，被骗4万元。', '冒充电商物流客服'],
    ['杀猪盘', '“完美男友”原是骗子', '李女士在交友软件上结识一名“成功人士”，两人确立恋爱关系后，对方诱导她在平台充值，这是典型的“杀猪盘”，李女士被骗67万元。', '网络婚恋交友'],
    ['a fake boss on QQ', '“老板”让会计转账', '某公司会计收到QQ好友申请，对方头像和名字与老板一致，称正在开会，要求她立即向一个账户转账20万元。', '冒充领导熟人'],
    ['a task-rebate scheme', '点赞就能赚佣金？', '近日，市民王先生在短视频平台看到“点赞关注领佣金”的兼职广告，添加对方后被拉入任务群。前几单做任务很快返还了佣金，随后对方要求他垫付资金做“连单任务”，称完成后连本带利返还。王先生先后转账5次，共计5万元，对方却以操作失误为由拒绝提现，他这才发现被骗。', '刷单返利'],
  ])('recognises %s', (_b, title, body, type) => {
    const result = classifyArticle({ title, body });
    expect(result.relevant).toBe(true);
    expect(result.fraudTypes).toContain(type);
  });
});

describe('classifyArticle output', () => {
  it('uses only contract labels and a score in [0, 1]', () => {
    const result = classifyArticle({ title: '反诈宣传进社区', body: '民警向居民讲解刷单返利、冒充客服等常见骗局，提醒下载国家反诈中心APP。' });
    expect(result.relevanceScore).toBeGreaterThanOrEqual(0);
    expect(result.relevanceScore).toBeLessThanOrEqual(1);
    for (const t of result.fraudTypes) expect(FRAUD_TYPES).toContain(t);
    for (const t of result.topics) expect(TOPICS.map((x) => x.label)).toContain(t);
  });

  it('exposes the model version', () => {
    expect(MODEL_VERSION).toMatch(/\S+/);
  });

  it('defines the eight topics with one-line definitions', () => {
    expect(TOPICS.map((t) => t.label)).toEqual(['打击破案', '起诉审判', '拦截止付', '宣传防范', '受害案例', '法规机制', '跨境打击', '洗钱两卡']);
    for (const t of TOPICS) expect(t.definition).not.toContain('\n');
  });
});
