import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../classifier/region/gazetteer.ts';
import { resolveRegion } from '../../classifier/region/resolve-region.ts';
import { REGIONS } from '../../classifier/contract.ts';

describe('gazetteer', () => {
  it.each([
    ['宜昌', '湖北'], ['襄阳', '湖北'], ['鄂州', '湖北'], ['昆山', '江苏'], ['义乌', '浙江'], ['延吉', '吉林'],
    ['吉林', '吉林'], ['海淀', '北京'], ['浦东', '上海'], ['东莞', '广东'], ['库尔勒', '新疆'], ['格尔木', '青海'],
    ['日喀则', '西藏'], ['满洲里', '内蒙古'], ['三亚', '海南'], ['万州', '重庆'], ['西昌', '四川'], ['遵义', '贵州'],
    ['瑞丽', '云南'], ['榆林', '陕西'], ['敦煌', '甘肃'], ['中卫', '宁夏'], ['旺角', '香港'], ['氹仔', '澳门'],
    ['高雄', '台湾'], ['开封市', '河南'], ['石家庄', '河北'], ['大同', '山西'], ['大连', '辽宁'], ['大庆', '黑龙江'],
    ['晋江', '福建'], ['赣州', '江西'], ['临沂', '山东'], ['郴州', '湖南'], ['桂林', '广西'], ['阜阳', '安徽'],
    ['滨海新区', '天津'], ['广西壮族自治区', '广西'], ['内蒙古自治区', '内蒙古'],
  ])('maps %s to %s', (name, region) => {
    expect(GAZETTEER.get(name)?.regions).toEqual([region]);
  });

  it.each([['朝阳', ['北京', '辽宁']], ['通州', ['北京', '江苏']]])('lists %s under both of its regions', (name, regions) => {
    expect(GAZETTEER.get(name)?.regions).toEqual(regions);
  });

  it.each(['开封', '东方', '安康', '长治', '来宾', '中山'])('does not count the everyday word %s as a place without its suffix', (word) => {
    expect(GAZETTEER.has(word)).toBe(false);
  });

  it('covers every province-level region', () => {
    const covered = new Set([...GAZETTEER.values()].flatMap((entry) => entry.regions));
    expect(REGIONS.filter((r) => r !== '全国' && !covered.has(r))).toEqual([]);
  });
});

describe('resolveRegion', () => {
  it.each([
    ['a prefecture city in the title', '宜昌警方捣毁一刷单诈骗窝点', '近日，市公安局伍家岗区分局侦破一起案件。', '湖北'],
    ['a county-level city alone', '昆山一男子轻信“征信修复”被骗', '市民王先生接到自称客服的电话。', '江苏'],
    ['the province named in the body only', '一老人险被冒充公检法诈骗', '近日，湖北省鄂州市一名老人接到电话。', '湖北'],
    ['the lead over a passing mention later', '义乌警方破获一起网络诈骗案', '义乌市公安局日前破获一起案件。\n嫌疑人曾在广州、深圳等地活动。', '浙江'],
    ['the victim\'s city over the fake caller\'s city', '杭州老人险被骗', '杭州市拱墅区一老人接到自称上海市公安局警官的电话。', '浙江'],
    ['national figures from the Ministry', '公安部：今年以来破获电诈案件26万起', '公安部新闻发布会介绍，全国公安机关共破获电信网络诈骗案件26.3万起。', '全国'],
    ['the Supreme Procuratorate\'s national data', '最高检发布帮信罪典型案例', '最高人民检察院日前发布典型案例，全国检察机关共起诉11万人。', '全国'],
    ['a local story with an app plug', '鄂州警方提醒：下载国家反诈中心APP', '鄂州市公安局民警走进社区，指导居民下载国家反诈中心APP。', '湖北'],
    ['a foreign story', '柬埔寨警方突击搜查西港一园区', '柬埔寨国家警察总署对西哈努克省一处园区开展搜查，控制外籍人员230余人。', null],
    ['a Chinese agency acting abroad', '云南警方从缅北押回60名电诈嫌疑人', '云南省公安厅日前从缅甸押解回国60名嫌疑人。', '云南'],
    ['no place at all', '警惕刷单诈骗', '凡是刷单都是诈骗。', null],
    ['Traditional Chinese from Taiwan', '臺中警方破獲詐騙機房', '臺中市警察局破獲一處詐騙機房。', '台湾'],
    ['Hong Kong', '警方拘捕三名涉嫌電話騙案男子', '香港警方昨日在旺角拘捕三名男子。', '香港'],
    ['Jilin city counts for Jilin province', '吉林市警方侦破一起网络诈骗案', '吉林市公安局船营分局破获一起案件。', '吉林'],
    ['an unambiguous place over a shared one', '朝阳警方破获电诈案', '辽宁省朝阳市公安局日前破获一起案件。', '辽宁'],
  ])('resolves %s', (_behaviour, title, body, expected) => {
    expect(resolveRegion({ title, body })).toBe(expected);
  });
});
