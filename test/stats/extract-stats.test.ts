import { describe, expect, it } from 'vitest';
import type { Metric, Stat, StatUnit } from '../../classifier/contract.ts';
import { extractStats } from '../../classifier/stats/extract-stats.ts';

/** [text, a substring of the expected span, metric, value, unit, approx] */
type Focused = [text: string, span: string, metric: Metric, value: number, unit: StatUnit, approx: boolean];

function find(stats: Stat[], span: string): Stat | undefined {
  return stats.find((s) => s.span === span) ?? stats.find((s) => s.span.includes(span) || span.includes(s.span));
}

function checkFocused([text, span, metric, value, unit, approx]: Focused, defaultCurrency?: 'CNY' | 'HKD' | 'TWD' | 'MOP'): void {
  const stats = extractStats(text, defaultCurrency ? { defaultCurrency } : {});
  const stat = find(stats, span);
  expect(stat, `no stat for ${span} in ${JSON.stringify(stats.map((s) => s.span))}`).toBeDefined();
  expect({ metric: stat!.metric, value: stat!.value, unit: stat!.unit, approx: stat!.approx }).toEqual({ metric, value, unit, approx });
  expect(text.slice(stat!.start, stat!.end)).toBe(stat!.span);
}

const NORMALISATION: Focused[] = [
  ['涉案金额6.9亿元。', '6.9亿元', 'amount_involved', 690_000_000, 'CNY', false],
  ['涉案金额70万元。', '70万元', 'amount_involved', 700_000, 'CNY', false],
  ['破获案件三千余起。', '三千余起', 'cases_solved', 3000, 'count', true],
  ['涉案金额一千二百万元。', '一千二百万元', 'amount_involved', 12_000_000, 'CNY', false],
  ['抓获犯罪嫌疑人1.2万名。', '1.2万名', 'suspects_arrested', 12_000, 'count', false],
  ['抓获犯罪嫌疑人两千六百名。', '两千六百名', 'suspects_arrested', 2600, 'count', false],
  ['打掉犯罪团伙十余个。', '十余个', 'gangs_dismantled', 10, 'count', true],
  ['劝阻群众上万人次。', '上万人次', 'people_protected', 10_000, 'count', true],
  ['抓获犯罪嫌疑人数百名。', '数百名', 'suspects_arrested', 100, 'count', true],
  ['冻结涉案资金１２００万元。', '１２００万元', 'funds_intercepted', 12_000_000, 'CNY', false],
  ['破获案件1,234起。', '1,234起', 'cases_solved', 1234, 'count', false],
  ['涉案金额3亿5000万元。', '3亿5000万元', 'amount_involved', 350_000_000, 'CNY', false],
  ['被骗金额从3至5万元不等。', '3至5万元', 'victim_losses', 30_000, 'CNY', true],
  ['破获案件1000到2000起。', '1000到2000起', 'cases_solved', 1000, 'count', true],
  ['被骗3-5万元。', '3-5万元', 'victim_losses', 30_000, 'CNY', true],
  ['被骗三四万元。', '三四万元', 'victim_losses', 30_000, 'CNY', true],
  ['挽回损失近3万元。', '近3万元', 'losses_recovered', 30_000, 'CNY', true],
  ['挽回损失约3万元。', '约3万元', 'losses_recovered', 30_000, 'CNY', true],
  ['涉案金额超过1亿元。', '超过1亿元', 'amount_involved', 100_000_000, 'CNY', true],
  ['涉案金额逾3亿元。', '逾3亿元', 'amount_involved', 300_000_000, 'CNY', true],
  ['涉案金额超3亿元。', '超3亿元', 'amount_involved', 300_000_000, 'CNY', true],
  ['涉案金额过亿元。', '过亿元', 'amount_involved', 100_000_000, 'CNY', true],
  ['涉案金额达1.2亿余元。', '1.2亿余元', 'amount_involved', 120_000_000, 'CNY', true],
  ['涉案金额3万多元。', '3万多元', 'amount_involved', 30_000, 'CNY', true],
  ['被骗3000元左右。', '3000元左右', 'victim_losses', 3000, 'CNY', true],
  ['抓获嫌疑人1000人以上。', '1000人以上', 'suspects_arrested', 1000, 'count', true],
  ['涉案金额达上万元。', '上万元', 'amount_involved', 10_000, 'CNY', true],
  ['被骗数万元。', '数万元', 'victim_losses', 10_000, 'CNY', true],
  ['被骗十几万元。', '十几万元', 'victim_losses', 100_000, 'CNY', true],
  ['涉案金额人民币1.2亿元。', '1.2亿元', 'amount_involved', 120_000_000, 'CNY', false],
  ['涉案金额1.2亿元人民币。', '1.2亿元人民币', 'amount_involved', 120_000_000, 'CNY', false],
  ['涉案金额1.2万人民币。', '1.2万人民币', 'amount_involved', 12_000, 'CNY', false],
  ['涉案金额2100万美元。', '2100万美元', 'amount_involved', 21_000_000, 'USD', false],
  ['被骗500万港元。', '500万港元', 'victim_losses', 5_000_000, 'HKD', false],
  ['被骗港币500万元。', '港币500万元', 'victim_losses', 5_000_000, 'HKD', false],
  ['被骗新台币3000万元。', '新台币3000万元', 'victim_losses', 30_000_000, 'TWD', false],
  ['被骗3000万元新台币。', '3000万元新台币', 'victim_losses', 30_000_000, 'TWD', false],
  ['被骗台币300万元。', '台币300万元', 'victim_losses', 3_000_000, 'TWD', false],
  ['涉及金额约1,530万澳门元。', '1,530万澳门元', 'amount_involved', 15_300_000, 'MOP', true],
  ['被骗5000块钱。', '5000块钱', 'victim_losses', 5000, 'CNY', false],
  ['电诈发案数同比下降5.82%。', '5.82%', 'percent_change', -5.82, 'percent', false],
  ['破案数上升16.33%。', '16.33%', 'percent_change', 16.33, 'percent', false],
  ['刷单类案件占32.13%。', '32.13%', 'share', 32.13, 'percent', false],
  ['损失同比下降百分之八。', '百分之八', 'percent_change', -8, 'percent', false],
  ['发案数同比下降三成。', '三成', 'percent_change', -30, 'percent', false],
  ['外省籍嫌疑人约占七成。', '七成', 'share', 70, 'percent', true],
  ['破案率同比提升6.2个百分点。', '6.2个百分点', 'percent_change', 6.2, 'percent', false],
  ['损失同比减少１２．５％。', '１２．５％', 'percent_change', -12.5, 'percent', false],
  ['发案数环比降低9.3%。', '9.3%', 'percent_change', -9.3, 'percent', false],
  ['止付金额同比增长31%。', '31%', 'percent_change', 31, 'percent', false],
  ['诈骗案按年上升12.2%。', '12.2%', 'percent_change', 12.2, 'percent', false],
  ['发案数跌幅33.3%。', '33.3%', 'percent_change', -33.3, 'percent', false],
  ['电诈案件1.2万起，同比下降近两成。', '两成', 'percent_change', -20, 'percent', true],
  ['拦截诈骗电话10万+次。', '10万+次', 'calls_blocked', 100_000, 'count', true],
  ['冻结涉案资金二百六十万元。', '二百六十万元', 'funds_intercepted', 2_600_000, 'CNY', false],
  ['冻结资金一亿二千万元。', '一亿二千万元', 'funds_intercepted', 120_000_000, 'CNY', false],
  ['返还被骗资金三亿四千万元。', '三亿四千万元', 'losses_recovered', 340_000_000, 'CNY', false],
  ['涉案金额2.8亿余元。', '2.8亿余元', 'amount_involved', 280_000_000, 'CNY', true],
  ['打掉团伙870余个。', '870余个', 'gangs_dismantled', 870, 'count', true],
  ['抓获犯罪嫌疑人30多名。', '30多名', 'suspects_arrested', 30, 'count', true],
  ['涉案金额超3亿，警方正在追查。', '超3亿', 'amount_involved', 300_000_000, 'CNY', true],
  ['抓获犯罪嫌疑人3.1万，同比上升。', '3.1万', 'suspects_arrested', 31_000, 'count', false],
  ['涉案资金流水超120亿元。', '120亿元', 'amount_involved', 12_000_000_000, 'CNY', true],
  ['存款千萬元全被騙光。', '千萬元', 'victim_losses', 10_000_000, 'CNY', false],
  ['被騙HK$3,000。', 'HK$3,000', 'victim_losses', 3000, 'HKD', false],
  ['損失HK$300萬。', 'HK$300萬', 'victim_losses', 3_000_000, 'HKD', false],
  ['被骗￥5000。', '￥5000', 'victim_losses', 5000, 'CNY', false],
  ['被骗US$12,000。', 'US$12,000', 'victim_losses', 12_000, 'USD', false],
  ['财损NT$150万元。', 'NT$150万元', 'victim_losses', 1_500_000, 'TWD', false],
  ['涉诈App下架数同比增长1.2倍。', '1.2倍', 'percent_change', 120, 'percent', false],
  ['抓获人数同比上升百分之二十。', '百分之二十', 'percent_change', 20, 'percent', false],
  ['涉案金额10余万元。', '10余万元', 'amount_involved', 100_000, 'CNY', true],
  ['涉案金额近千万元。', '近千万元', 'amount_involved', 10_000_000, 'CNY', true],
  ['抓获犯罪嫌疑人百余人。', '百余人', 'suspects_arrested', 100, 'count', true],
  ['破获案件上百起。', '上百起', 'cases_solved', 100, 'count', true],
];

const METRIC_CUES: Focused[] = [
  ['全市共破获电信网络诈骗案件412起。', '412起', 'cases_solved', 412, 'count', false],
  ['警方侦破诈骗案件58起。', '58起', 'cases_solved', 58, 'count', false],
  ['共侦办电诈案件230件。', '230件', 'cases_solved', 230, 'count', false],
  ['破获123起电信诈骗案件。', '123起', 'cases_solved', 123, 'count', false],
  ['全市共接报电信网络诈骗警情1036起。', '1036起', 'cases_reported', 1036, 'count', false],
  ['今年以来共立案电诈案件2100起。', '2100起', 'cases_reported', 2100, 'count', false],
  ['全省发案1.2万起。', '1.2万起', 'cases_reported', 12_000, 'count', false],
  ['刷单返利类诈骗298起，占比28.8%。', '298起', 'cases_reported', 298, 'count', false],
  ['抓获犯罪嫌疑人587名。', '587名', 'suspects_arrested', 587, 'count', false],
  ['抓获23名电信网络诈骗犯罪嫌疑人。', '23名', 'suspects_arrested', 23, 'count', false],
  ['刑拘犯罪嫌疑人45人。', '45人', 'suspects_arrested', 45, 'count', false],
  ['警方抓获45人。', '45人', 'suspects_arrested', 45, 'count', false],
  ['从境外押解犯罪嫌疑人68名回国。', '68名', 'suspects_arrested', 68, 'count', false],
  ['警方拘捕12名男子。', '12名', 'suspects_arrested', 12, 'count', false],
  ['查处违法犯罪嫌疑人44万余名。', '44万余名', 'suspects_arrested', 440_000, 'count', true],
  ['抓获两名犯罪嫌疑人。', '两名', 'suspects_arrested', 2, 'count', false],
  ['全省检察机关共起诉电信网络诈骗犯罪4万余人。', '4万余人', 'suspects_prosecuted', 40_000, 'count', true],
  ['提起公诉被告人320名。', '320名', 'suspects_prosecuted', 320, 'count', false],
  ['31名被告人被判处有期徒刑。', '31名', 'suspects_prosecuted', 31, 'count', false],
  ['法院判处被告人418人。', '418人', 'suspects_prosecuted', 418, 'count', false],
  ['打掉犯罪团伙45个。', '45个', 'gangs_dismantled', 45, 'count', false],
  ['摧毁诈骗集团3个。', '3个', 'gangs_dismantled', 3, 'count', false],
  ['打掉5个诈骗团伙。', '5个', 'gangs_dismantled', 5, 'count', false],
  ['捣毁诈骗窝点30个。', '30个', 'dens_destroyed', 30, 'count', false],
  ['在境外设立窝点3处。', '3处', 'dens_destroyed', 3, 'count', false],
  ['捣毁窝点12处。', '12处', 'dens_destroyed', 12, 'count', false],
  ['涉案金额1.2亿元。', '1.2亿元', 'amount_involved', 120_000_000, 'CNY', false],
  ['涉案资金达3000万元。', '3000万元', 'amount_involved', 30_000_000, 'CNY', false],
  ['帮助转移资金3000余万元。', '3000余万元', 'amount_involved', 30_000_000, 'CNY', true],
  ['止付冻结涉案资金12亿元。', '12亿元', 'funds_intercepted', 1_200_000_000, 'CNY', false],
  ['紧急止付被骗资金300万元。', '300万元', 'funds_intercepted', 3_000_000, 'CNY', false],
  ['紧急拦截涉案资金3288亿元。', '3288亿元', 'funds_intercepted', 328_800_000_000, 'CNY', false],
  ['成功为老人保住30万元养老钱。', '30万元', 'funds_intercepted', 300_000, 'CNY', false],
  ['为群众挽回经济损失1.2亿元。', '1.2亿元', 'losses_recovered', 120_000_000, 'CNY', false],
  ['返还被骗资金7.3亿元。', '7.3亿元', 'losses_recovered', 730_000_000, 'CNY', false],
  ['追赃挽损5600余万元。', '5600余万元', 'losses_recovered', 56_000_000, 'CNY', true],
  ['避免群众损失9.6亿元。', '9.6亿元', 'losses_recovered', 960_000_000, 'CNY', false],
  ['此次领回31万元。', '31万元', 'losses_recovered', 310_000, 'CNY', false],
  ['王女士被骗12万元。', '12万元', 'victim_losses', 120_000, 'CNY', false],
  ['王女士先后转账12万元。', '12万元', 'victim_losses', 120_000, 'CNY', false],
  ['造成群众损失1860万元。', '1860万元', 'victim_losses', 18_600_000, 'CNY', false],
  ['他已累计损失四十三万元。', '四十三万元', 'victim_losses', 430_000, 'CNY', false],
  ['成功劝阻群众2.3万人次。', '2.3万人次', 'people_protected', 23_000, 'count', false],
  ['成功劝阻1200余人。', '1200余人', 'people_protected', 1200, 'count', true],
  ['避免1.2万名群众受骗。', '1.2万名', 'people_protected', 12_000, 'count', false],
  ['电话劝阻8200余人次。', '8200余人次', 'people_protected', 8200, 'count', true],
  ['推送预警指令386万条。', '386万条', 'warnings_issued', 3_860_000, 'count', false],
  ['发送预警短信126万条。', '126万条', 'warnings_issued', 1_260_000, 'count', false],
  ['拨打预警电话41.3万次。', '41.3万次', 'warnings_issued', 413_000, 'count', false],
  ['下发预警线索4.6万条。', '4.6万条', 'warnings_issued', 46_000, 'count', false],
  ['拦截诈骗电话1.2亿次。', '1.2亿次', 'calls_blocked', 120_000_000, 'count', false],
  ['拦截诈骗短信3.4亿条。', '3.4亿条', 'sms_blocked', 340_000_000, 'count', false],
  ['封堵涉诈网址域名210万个。', '210万个', 'sites_blocked', 2_100_000, 'count', false],
  ['处置涉诈域名280万个。', '280万个', 'sites_blocked', 2_800_000, 'count', false],
  ['处置涉诈App 5000余款。', '5000余款', 'apps_removed', 5000, 'count', true],
  ['下架涉诈小程序620个。', '620个', 'apps_removed', 620, 'count', false],
  ['冻结涉案账户5000余个。', '5000余个', 'accounts_frozen', 5000, 'count', true],
  ['冻结涉诈账户2.8万户。', '2.8万户', 'accounts_frozen', 28_000, 'count', false],
  ['清理涉诈QQ、微信账号23万个。', '23万个', 'accounts_frozen', 230_000, 'count', false],
  ['关停涉诈电话卡3万张。', '3万张', 'cards_disposed', 30_000, 'count', false],
  ['处置涉诈银行卡1.6万张。', '1.6万张', 'cards_disposed', 16_000, 'count', false],
  ['查处涉诈电话卡2.3万张。', '2.3万张', 'cards_disposed', 23_000, 'count', false],
  ['现场查获银行卡90余张。', '90余张', 'other', 90, 'count', true],
  ['开展反诈宣传活动3600余场。', '3600余场', 'other', 3600, 'count', true],
  ['发放宣传资料120万份。', '120万份', 'other', 1_200_000, 'count', false],
  ['并处罚金200万元。', '200万元', 'other', 2_000_000, 'CNY', false],
  ['非法获利40余万元。', '40余万元', 'other', 400_000, 'CNY', true],
  ['出动警力3200余人次。', '3200余人次', 'other', 3200, 'count', true],
  ['排查可疑账户11.4万户。', '11.4万户', 'other', 114_000, 'count', false],
  ['惩戒失信人员35万名。', '35万名', 'other', 350_000, 'count', false],
  ['较前年增加9.6亿元。', '9.6亿元', 'other', 960_000_000, 'CNY', false],
  ['较去年同期减少31宗。', '31宗', 'other', 31, 'count', false],
  ['使用比例降至12%。', '12%', 'other', 12, 'percent', false],
  ['新增注册用户86万。', '86万', 'other', 860_000, 'count', false],
  ['招募人员60余名。', '60余名', 'other', 60, 'count', true],
  ['被告人徐某等7人组成洗钱团伙。', '7人', 'suspects_prosecuted', 7, 'count', false],
  ['查扣人头帐户存折57本。', '57本', 'other', 57, 'count', false],
  ['查扣现金新台币386万元。', '386万元', 'other', 3_860_000, 'TWD', false],
  ['涉及损失2.1亿元。', '2.1亿元', 'victim_losses', 210_000_000, 'CNY', false],
  ['民警上门见面劝阻2300余人次。', '2300余人次', 'people_protected', 2300, 'count', true],
  ['贷款还没到手，倒先搭进去2.8万元。', '2.8万元', 'victim_losses', 28_000, 'CNY', false],
  ['司警拘捕3名內地男子。', '3名', 'suspects_arrested', 3, 'count', false],
  ['扣押冻结涉案资金一亿二千万元。', '一亿二千万元', 'funds_intercepted', 120_000_000, 'CNY', false],
  ['一是刷单返利类，共412起，损失986万元。', '412起', 'cases_reported', 412, 'count', false],
  ['一是刷单返利类，共412起，损失986万元。', '986万元', 'victim_losses', 9_860_000, 'CNY', false],
  ['反诈骗协调中心全年接获查询3.5万宗。', '3.5万宗', 'other', 35_000, 'count', false],
  ['被骗的18万元追回来了！', '18万元', 'losses_recovered', 180_000, 'CNY', false],
  ['扣押的涉案资金为2300万元。', '2300万元', 'other', 23_000_000, 'CNY', false],
  ['全省处置涉诈App3100余款。', '3100余款', 'apps_removed', 3100, 'count', true],
  ['协助有关部门下架仿冒APP160余款。', '160余款', 'apps_removed', 160, 'count', true],
  ['冻结的涉案银行账户有800余个。', '800余个', 'accounts_frozen', 800, 'count', true],
  ['抓获的犯罪嫌疑人达到57名。', '57名', 'suspects_arrested', 57, 'count', false],
  ['15名犯罪嫌疑人已被依法采取刑事强制措施。', '15名', 'suspects_arrested', 15, 'count', false],
  ['上半年批捕电诈犯罪嫌疑人1900余人。', '1900余人', 'suspects_arrested', 1900, 'count', true],
  ['该诈骗团伙成员多达50余人，分工明确。', '50余人', 'other', 50, 'count', true],
  ['针对1.5万名重点人员开展见面劝阻。', '1.5万名', 'people_protected', 15_000, 'count', false],
  ['年龄在20至40岁之间的占比最高，达63%。', '63%', 'share', 63, 'percent', false],
  ['全县累计发生电诈案件156起，造成损失608万元，同比分别下降18%和25%。', '25%', 'percent_change', -25, 'percent', false],
  ['全县累计发生电诈案件156起，造成损失608万元，同比分别下降18%和25%。', '156起', 'cases_reported', 156, 'count', false],
  ['通报称，该市全年破获电诈案件数量同比增加1200起，增长率为35%。', '1200起', 'other', 1200, 'count', false],
  ['共计冻结涉案资金人民币8000余万元，其中已返还受害人1500万元。', '1500万元', 'losses_recovered', 15_000_000, 'CNY', false],
  ['帮助转移的诈骗资金高达11亿元。', '11亿元', 'amount_involved', 1_100_000_000, 'CNY', false],
];

const LISTS_AND_DISTANCE: Focused[] = [
  ['侦破案件2.3万起、打掉团伙870余个、抓获嫌疑人3.1万名，同比分别上升12.5%、30.2%和41.7%。', '870余个', 'gangs_dismantled', 870, 'count', true],
  ['侦破案件2.3万起、打掉团伙870余个、抓获嫌疑人3.1万名，同比分别上升12.5%、30.2%和41.7%。', '3.1万名', 'suspects_arrested', 31_000, 'count', false],
  ['侦破案件2.3万起、打掉团伙870余个、抓获嫌疑人3.1万名，同比分别上升12.5%、30.2%和41.7%。', '30.2%', 'percent_change', 30.2, 'percent', false],
  ['侦破案件2.3万起、打掉团伙870余个、抓获嫌疑人3.1万名，同比分别上升12.5%、30.2%和41.7%。', '41.7%', 'percent_change', 41.7, 'percent', false],
  ['发案数、损失金额同比分别下降9.3%和17.8%。', '17.8%', 'percent_change', -17.8, 'percent', false],
  ['同比上升12.5%、下降3%。', '3%', 'percent_change', -3, 'percent', false],
  ['拦截诈骗电话1.2亿次、诈骗短信3.4亿条。', '3.4亿条', 'sms_blocked', 340_000_000, 'count', false],
  ['拦截诈骗电话1.2亿次、诈骗短信3.4亿条。', '1.2亿次', 'calls_blocked', 120_000_000, 'count', false],
  ['查处涉诈银行卡1.6万张、电话卡2.3万张。', '2.3万张', 'cards_disposed', 23_000, 'count', false],
  ['共封堵涉诈网址域名12.7万个，处置涉诈App 4300余款，同比分别增长108%和97%。', '97%', 'percent_change', 97, 'percent', false],
  ['打掉5个团伙、抓获30名嫌疑人。', '30名', 'suspects_arrested', 30, 'count', false],
  ['破获案件1200起，抓获犯罪嫌疑人300名，其中主犯12名。', '12名', 'suspects_arrested', 12, 'count', false],
  ['成功打掉为电诈团伙提供“两卡”、洗钱服务的犯罪团伙，数量达63个。', '63个', 'gangs_dismantled', 63, 'count', false],
  ['同时抓获了一批涉案人员，共计528名。', '528名', 'suspects_arrested', 528, 'count', false],
  ['并对涉案资金采取了冻结措施，金额共6300余万元。', '6300余万元', 'funds_intercepted', 63_000_000, 'CNY', true],
  ['网上购物骗案最为常见，共9,852宗。', '9,852宗', 'cases_reported', 9852, 'count', false],
  ['其中刷单类案件3000起。破获案件1.2万起，其中现案37起。', '37起', 'cases_solved', 37, 'count', false],
  ['全省电诈案件立案数同比下降23.6%，破案数同比上升14.8%。', '14.8%', 'percent_change', 14.8, 'percent', false],
  ['全省电诈案件立案数同比下降23.6%，破案数同比上升14.8%。', '23.6%', 'percent_change', -23.6, 'percent', false],
  ['60岁以上老年人占比38%。', '38%', 'share', 38, 'percent', false],
  ['三类案件占全部案件的62.5%。', '62.5%', 'share', 62.5, 'percent', false],
  ['让她先后向指定账户转账5笔，共计5.36万元。', '5.36万元', 'victim_losses', 53_600, 'CNY', false],
  ['让她先后向指定账户转账5笔，共计5.36万元。', '5笔', 'other', 5, 'count', false],
  ['追缴违法所得2630万元发还被害人。', '2630万元', 'losses_recovered', 26_300_000, 'CNY', false],
  ['共排查可疑账户11.4万户，冻结涉诈账户2.8万户。', '2.8万户', 'accounts_frozen', 28_000, 'count', false],
];

const TRADITIONAL: Focused[] = [
  ['警方拘捕3,500人涉及詐騙罪行。', '3,500人', 'suspects_arrested', 3500, 'count', false],
  ['詐騙案涉及金額約91億元。', '91億元', 'amount_involved', 9_100_000_000, 'HKD', true],
  ['全年錄得詐騙案44,480宗，按年上升12.2%。', '44,480宗', 'cases_reported', 44_480, 'count', false],
  ['全年錄得詐騙案44,480宗，按年上升12.2%。', '12.2%', 'percent_change', 12.2, 'percent', false],
  ['成功攔截的款項約7.3億元。', '7.3億元', 'funds_intercepted', 730_000_000, 'HKD', true],
  ['成功勸阻1,100名市民免墮騙局。', '1,100名', 'people_protected', 1100, 'count', false],
  ['並凍結2,600個涉詐銀行戶口。', '2,600個', 'accounts_frozen', 2600, 'count', false],
  ['佔整體罪案49.3%。', '49.3%', 'share', 49.3, 'percent', false],
  ['共破獲詐騙案件1萬2,506件。', '1萬2,506件', 'cases_solved', 12_506, 'count', false],
  ['查獲詐騙集團1,132個。', '1,132個', 'gangs_dismantled', 1132, 'count', false],
  ['財損金額達新台幣222億元。', '222億元', 'victim_losses', 22_200_000_000, 'TWD', false],
  ['攔阻金額達新台幣22.9億元。', '22.9億元', 'funds_intercepted', 2_290_000_000, 'TWD', false],
  ['跌幅33.3%，涉及金額約1,530萬澳門元。', '33.3%', 'percent_change', -33.3, 'percent', false],
  ['損失金額上升至12億元。', '12億元', 'victim_losses', 1_200_000_000, 'HKD', false],
  ['挽回損失兩千萬元。', '兩千萬元', 'losses_recovered', 20_000_000, 'HKD', false],
  ['攔截詐騙電話1.2萬次。', '1.2萬次', 'calls_blocked', 12_000, 'count', false],
  ['攔截詐騙簡訊3萬則，封鎖詐騙網站8,000餘個。', '8,000餘個', 'sites_blocked', 8000, 'count', true],
  ['查獲車手逾萬人。', '逾萬人', 'suspects_arrested', 10_000, 'count', true],
  ['涉款約18億元。', '18億元', 'amount_involved', 1_800_000_000, 'HKD', true],
  ['搗毀詐騙窩點5個。', '5個', 'dens_destroyed', 5, 'count', false],
  ['打掉詐騙團夥12個。', '12個', 'gangs_dismantled', 12, 'count', false],
];

describe('extractStats normalises values, units and approximations', () => {
  it.each(NORMALISATION)('%s → %s', (...row) => checkFocused(row));
});

describe('extractStats assigns metrics from verbs and nouns', () => {
  it.each(METRIC_CUES)('%s → %s', (...row) => checkFocused(row));
});

describe('extractStats handles lists sharing a verb and verbs far from numbers', () => {
  it.each(LISTS_AND_DISTANCE)('%s → %s', (...row) => checkFocused(row));
});

describe('extractStats reads Traditional text (Hong Kong, Taiwan, Macao)', () => {
  it.each(TRADITIONAL)('%s → %s', (...row) => checkFocused(row, row[0].includes('新台幣') ? 'TWD' : 'HKD'));
});

const NEGATIVES: [label: string, text: string][] = [
  ['years', '2023年全省公安机关开展专项行动。'],
  ['a year range', '2021年至2023年间，该团伙持续作案。'],
  ['Chinese-numeral years', '二〇二四年，全省开展反诈宣传。'],
  ['dates', '2024年3月5日，民警接到报警。'],
  ['month ranges', '今年1-10月，全市开展打击行动。'],
  ['ISO dates', '发布日期 2024-06-12，记者获悉。'],
  ['clock times', '当日10时30分许，民警赶到现场。'],
  ['colon times', '晚上21:45，李女士接到电话。'],
  ['hotline 96110', '如有疑问请拨打96110咨询。'],
  ['hotline 110', '遇到诈骗请立即拨打110报警。'],
  ['area-code phone numbers', '咨询电话：0574-87654321。'],
  ['mobile numbers', '对方留下手机号13812345678让她联系。'],
  ['HK hotline', '可致電防騙易熱線18222查詢。'],
  ['ages', '家住西陵区的李婆婆（72岁）来到银行。'],
  ['age ranges', '18至22周岁的占比较高'],
  ['durations in months', '连续18个月保持下降态势。'],
  ['durations in hours', '民警24小时值守。'],
  ['prison terms', '被判处有期徒刑十五年。'],
  ['page views', '浏览次数：2316'],
  ['read counters', '阅读 3.2万次'],
  ['popularity counters', '人气：5888'],
  ['ordinals of cases', '这是今年第3起同类案件。'],
  ['ordinals of articles', '依据《反电信网络诈骗法》第三十八条规定。'],
  ['ordinal ranks', '该市反诈工作排名全省第一名。'],
  ['numbers inside URLs', '详见 https://www.gov.cn/2024/12345/art_1229_5830021.html 。'],
  ['www URLs', '访问www.12321.cn举报。'],
  ['ICP numbers', '浙ICP备05012345号-1 浙公网安备 33040202000123号'],
  ['copyright lines', '版权所有 © 2024 某某市公安局 联系电话：0573-82063110'],
  ['determiner one', '一名男子接到一个陌生电话。'],
  ['one case as an article', '民警破获一起电信诈骗案。'],
  ['small counts without a cue', '她两次前往银行，三次拨打电话。'],
  ['idiom 千万', '千万不要轻信陌生来电。'],
  ['lone scale words', '反诈宣传走进万家。'],
  ['5G and versions', '利用5G网络和iOS 17系统漏洞。'],
  ['model numbers', '查获GOIP设备型号GP-1600。'],
  ['app versions', '民警指导群众下载App2.0版本。'],
  ['e-mail addresses', '举报邮箱 fanzha2024@163.com'],
  ['percentages of nothing in chrome', '字号：大 中 小 分享到：微博 100%'],
  ['small Chinese counts of foiled frauds', '柜员两天内连续识破三起电信诈骗。'],
  ['place words with 本', '本市3本地居民'],
  ['kinds of fraud', '这5类诈骗最常见。'],
  ['ratios that are not changes', '发案数是去年的2倍。'],
  ['app counters', '点赞 128  在看 36  阅读 1.2万'],
];

describe('extractStats ignores numbers that are not statistics', () => {
  it.each(NEGATIVES)('ignores %s', (_label, text) => {
    expect(extractStats(text)).toEqual([]);
  });
});

describe('extractStats on long report-style paragraphs', () => {
  it('reads every figure of a provincial annual report, once, with its meaning', () => {
    const text =
      '2024年，全省公安机关共侦破电信网络诈骗案件2.38万起，抓获犯罪嫌疑人3.12万名，打掉犯罪团伙1160余个，同比分别上升18.6%、22.4%和35.1%。' +
      '全年立案数同比下降16.33%，群众财产损失同比下降21.7%。全省反诈中心推送预警指令386万条，见面劝阻142万人次，紧急止付涉案资金48.6亿元，为群众挽回经济损失12.3亿元。' +
      '省公安厅提醒，如接到可疑电话，请及时拨打96110咨询。';
    const got = extractStats(text).map((s) => [s.metric, s.value, s.unit]);
    expect(got).toEqual([
      ['cases_solved', 23_800, 'count'],
      ['suspects_arrested', 31_200, 'count'],
      ['gangs_dismantled', 1160, 'count'],
      ['percent_change', 18.6, 'percent'],
      ['percent_change', 22.4, 'percent'],
      ['percent_change', 35.1, 'percent'],
      ['percent_change', -16.33, 'percent'],
      ['percent_change', -21.7, 'percent'],
      ['warnings_issued', 3_860_000, 'count'],
      ['people_protected', 1_420_000, 'count'],
      ['funds_intercepted', 4_860_000_000, 'CNY'],
      ['losses_recovered', 1_230_000_000, 'CNY'],
    ]);
  });

  it('reads a national figures paragraph with blocking counts', () => {
    const text =
      '国家反诈中心会同相关部门紧急拦截涉案资金3288亿元，累计见面劝阻1389万人次，拦截诈骗电话27.5亿次、诈骗短信22.8亿条，处置涉诈域名网址836.4万个。';
    expect(extractStats(text).map((s) => s.metric)).toEqual([
      'funds_intercepted', 'people_protected', 'calls_blocked', 'sms_blocked', 'sites_blocked',
    ]);
  });

  it('reads a victim story: losses, transfers and frozen money, not ages, times or hotlines', () => {
    const text =
      '11月20日上午10时许，65岁的王女士接到自称“公安局”民警的电话，称其涉嫌洗钱。王女士先后3次向对方转账共计48.5万元。' +
      '发现被骗后，她拨打110报警，民警紧急止付冻结资金12万元。';
    expect(extractStats(text).map((s) => [s.metric, s.value, s.unit])).toEqual([
      ['other', 3, 'count'],
      ['victim_losses', 485_000, 'CNY'],
      ['funds_intercepted', 120_000, 'CNY'],
    ]);
  });

  it('reads a Hong Kong police summary in Traditional characters with HKD', () => {
    const text = '去年警方共拘捕逾2,000名傀儡戶口持有人，並凍結2,600個涉詐銀行戶口，涉款約18億元。電話騙案共錄得3,100宗，較前年下跌8%。';
    expect(extractStats(text, { defaultCurrency: 'HKD' }).map((s) => [s.metric, s.value, s.unit, s.approx])).toEqual([
      ['suspects_arrested', 2000, 'count', true],
      ['accounts_frozen', 2600, 'count', false],
      ['amount_involved', 1_800_000_000, 'HKD', true],
      ['cases_reported', 3100, 'count', false],
      ['percent_change', -8, 'percent', false],
    ]);
  });

  it('reads a monthly city report mixing cases, shares and interceptions', () => {
    const text =
      '10月，全市共接报电信网络诈骗警情1036起，环比下降8.7%；破获电诈案件412起，抓获犯罪嫌疑人587名。从发案类型看，刷单返利类诈骗298起，占比28.8%。当月止付冻结资金3270万元。' +
      '发布时间：2024-11-08 09:30 浏览次数：2316';
    expect(extractStats(text).map((s) => [s.metric, s.value])).toEqual([
      ['cases_reported', 1036],
      ['percent_change', -8.7],
      ['cases_solved', 412],
      ['suspects_arrested', 587],
      ['cases_reported', 298],
      ['share', 28.8],
      ['funds_intercepted', 32_700_000],
    ]);
  });
});

describe('extractStats spans and offsets', () => {
  it('gives spans that are exact substrings at UTF-16 offsets, also after astral characters', () => {
    const text = '😀𠮷 通报：涉案金额6.9亿元，抓获犯罪嫌疑人１２名。';
    const stats = extractStats(text);
    expect(stats).toHaveLength(2);
    for (const s of stats) expect(text.slice(s.start, s.end)).toBe(s.span);
    expect(stats[0].span).toBe('6.9亿元');
    expect(stats[1].span).toBe('１２名');
  });

  it('reads bare 元 in the caller’s default currency', () => {
    expect(extractStats('被骗300萬元。', { defaultCurrency: 'HKD' })[0].unit).toBe('HKD');
    expect(extractStats('被騙300萬元。', { defaultCurrency: 'TWD' })[0].unit).toBe('TWD');
    expect(extractStats('被骗300万元。', { defaultCurrency: 'MOP' })[0].unit).toBe('MOP');
    expect(extractStats('被骗300万元。')[0].unit).toBe('CNY');
    expect(extractStats('被骗300万美元。', { defaultCurrency: 'HKD' })[0].unit).toBe('USD');
  });
});

describe('extractStats stays bounded on hostile input', () => {
  it('returns for a megabyte of digits', () => {
    expect(Array.isArray(extractStats('1234567890'.repeat(100_000)))).toBe(true);
  });

  it('returns for a megabyte of Chinese with numerals everywhere', () => {
    const text = '破获案件一千二百起抓获嫌疑人三千余名涉案金额六点九亿元同比上升百分之十二'.repeat(30_000);
    const stats = extractStats(text);
    expect(stats.length).toBeGreaterThan(0);
  });

  it('returns for a megabyte of digits with units and separators', () => {
    expect(Array.isArray(extractStats('1,234,567.89万元至'.repeat(60_000)))).toBe(true);
    expect(Array.isArray(extractStats(`${'9'.repeat(500_000)}万元${'一'.repeat(500_000)}起`))).toBe(true);
  });

  it('returns an empty list for empty or non-string input', () => {
    expect(extractStats('')).toEqual([]);
    expect(extractStats(undefined as unknown as string)).toEqual([]);
  });
});
