import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessQuality } from '../../classifier/quality/assess-quality.ts';
import { chromeRatio } from '../../classifier/quality/page-chrome.ts';
import { scriptCounts } from '../../classifier/quality/machine-conversion.ts';

const originalsDir = new URL('../fixtures/stories-eval/originals/', import.meta.url);
const cleanReports = readdirSync(originalsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => {
    const [title, ...body] = readFileSync(new URL(name, originalsDir), 'utf8').trim().split('\n');
    return { name, title, body: body.join('\n') };
  });
const report = (name: string) => cleanReports.find((r) => r.name === `${name}.txt`)!;

describe('assessQuality on clean police and court reports', () => {
  it.each(cleanReports.map((r) => [r.name, r] as const))('%s: no signal, not spam, score 1', (_name, r) => {
    expect(assessQuality({ title: r.title, body: r.body })).toEqual({ spam: false, score: 1, signals: [] });
  });

  it('does not flag a report that warns about gambling-site scams (百家乐, 博彩, 网址)', () => {
    expect(assessQuality(report('hunan-changsha-dubo')).spam).toBe(false);
  });

  it('does not flag a report that names its own newspaper or police account several times', () => {
    const body = `${report('jiangsu-wuxi-zhifu').body}\n记者从无锡市公安局获悉，无锡市公安局反诈中心今年已止付资金3.2亿元。无锡市公安局提醒市民关注“无锡公安”公众号。`;
    expect(assessQuality({ body, sourceName: '无锡市公安局', url: 'https://gaj.wuxi.gov.cn/doc/2024/11/20/1.shtml' }).spam).toBe(false);
  });
});

const yichang = report('hubei-yichang-zhifu');
const stuffed = yichang.body
  .split('。')
  .map((sentence, i) => (i % 2 === 0 && sentence ? `${sentence}（鑫旺资讯网）` : sentence))
  .join('。');
const spun = report('fujian-quanzhou-shazhupan').body
  .replace(/诈骗/g, '欺诈')
  .replace(/群众/g, '大众')
  .replace(/广大/g, '宽广')
  .replace(/投资/g, '出资')
  .replace(/提醒/g, '提点')
  .replace(/平台/g, '途径')
  .replace(/资金/g, '资财');
const gambling = `${yichang.body}\n【推荐】澳门葡京娱乐城官方网址：www.pj8899.com，注册即送38元彩金，真人百家乐、体育投注24小时在线，加微信：pj8899kf。`;
const glossed = yichang.body.replace(/诈骗/g, '诈（zhà）骗').replace(/民警/g, '民（mín）警').replace(/资金/g, '资（zī）金');
const mixed = yichang.body
  .split('\n')
  .map((p, i) => (i % 2 ? p.replace(/[诈骗资转账冻结银行为张现经过这终于]/g, (c) => ({ 诈: '詐', 骗: '騙', 资: '資', 转: '轉', 账: '賬', 冻: '凍', 结: '結', 银: '銀', 行: '行', 为: '為', 张: '張', 现: '現', 经: '經', 过: '過', 这: '這', 终: '終', 于: '於' })[c] ?? c) : p))
  .join('\n');
const chrome = ['首页 > 新闻中心 > 警务动态', '当前位置：首页', yichang.body.split('\n')[0], '责任编辑：王磊', '分享到：', '上一篇：我市开展消防演练', '下一篇：交警提醒雨天慢行', '版权所有：宜昌市公安局 鄂ICP备12345678号', '关于我们 | 联系我们 | 网站地图', '扫一扫关注我们', '点击排行', '相关阅读'].join('\n');

describe('each quality signal fires on its own case', () => {
  it.each([
    ['keyword_stuffing', { body: stuffed }, true],
    ['keyword_stuffing', { body: yichang.body.replace(/宜昌/g, '宜昌速达头条'), sourceName: '速达头条' }, true],
    ['keyword_stuffing', { body: yichang.body.replace(/。/g, '，详见kx988.com。'), url: 'http://www.kx988.com/1.html' }, true],
    ['synonym_spun', { body: spun }, true],
    ['gambling_porn', { body: gambling }, true],
    ['pinyin_annotation', { body: glossed }, true],
    ['mixed_script', { body: mixed }, true],
    ['page_chrome', { body: chrome }, false],
  ])('%s', (signal, input, spam) => {
    const quality = assessQuality(input);
    expect(quality.signals).toContain(signal);
    expect(quality.spam).toBe(spam);
    expect(quality.score).toBeLessThan(spam ? 0.5 : 1);
  });
});

describe('quality details', () => {
  it('scores fall within [0, 1] and spam never above 0.45', () => {
    const quality = assessQuality({ body: `${stuffed}\n${gambling}\n${glossed}` });
    expect(quality.spam).toBe(true);
    expect(quality.score).toBeGreaterThanOrEqual(0);
    expect(quality.score).toBeLessThanOrEqual(0.45);
  });

  it.each([
    ['simplified text', '警方破获诈骗集团，冻结资金', { traditional: 0, simplified: 7 }],
    ['traditional text', '警方破獲詐騙集團，凍結資金', { traditional: 7, simplified: 0 }],
  ])('scriptCounts: %s', (_name, text, counts) => {
    expect(scriptCounts(text)).toEqual(counts);
  });

  it('keeps a plain traditional (Taiwan, Hong Kong) report clean: one script is not mixed', () => {
    expect(assessQuality(report('taiwan-taichung')).signals).not.toContain('mixed_script');
    expect(assessQuality(report('hongkong-police')).signals).not.toContain('mixed_script');
  });

  it('measures page chrome as a share of the characters', () => {
    expect(chromeRatio(yichang.body)).toBe(0);
    expect(chromeRatio(chrome)).toBeGreaterThan(0.3);
  });
});
