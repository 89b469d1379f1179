import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BANDS,
  bandKeys,
  fingerprintText,
  hammingDistance,
  isSameStory,
  MINHASH_SIZE,
  numberAnchors,
  numberPairKeys,
} from '../../classifier/stories/fingerprint.ts';
import { normaliseForStory } from '../../classifier/stories/normalise-text.ts';
import { decideSameStory, type Comparison } from '../../classifier/stories/same-story-rule.ts';

const originals = new URL('../fixtures/stories-eval/originals/', import.meta.url);
const original = (name: string) => readFileSync(new URL(`${name}.txt`, originals), 'utf8');

describe('hammingDistance', () => {
  it.each([
    [0n, 0n, 0],
    [0b1011n, 0b0001n, 2],
    [0xffffffffffffffffn, 0n, 64],
    [1n << 63n, 0n, 1],
    [-1n, 0xffffffffffffffffn, 0], // a signed bigint from PostgreSQL is the same 64 bits
    [0x0f0f0f0f0f0f0f0fn, 0xf0f0f0f0f0f0f0f0n, 64],
  ])('counts the differing bits of %s and %s as %i', (a, b, bits) => {
    expect(hammingDistance(a, b)).toBe(bits);
  });
});

describe('normaliseForStory', () => {
  it.each([
    ['traditional becomes simplified', '警方破獲詐騙集團', '警方破获诈骗集团'],
    ['full-width digits and letters fold', 'ＡＰＰ下载１２３', 'app下载123'],
    ['pinyin glosses inside words go', '诈（zhà）骗(piàn)分子', '诈骗分子'],
    ['spun synonyms map back to the common word', '宽广大众踊跃参与', '广大群众积极参与'],
    ['punctuation becomes space, decimals stay whole', '冻结6.9亿元，挽回1,200万', '冻结6_9亿元 挽回1_200万'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseForStory(input)).toBe(expected);
  });
});

describe('numberAnchors', () => {
  it('keeps multi-digit numbers with their multiplier and drops single digits', () => {
    const anchors = numberAnchors(normaliseForStory('抓获3人，冻结1.2万元，涉案28万元，共2笔，1.2亿元'));
    expect(anchors).toHaveLength(3); // 1_2万, 28万, 1_2亿
    expect([...anchors].sort((a, b) => a - b)).toEqual(anchors);
  });
});

describe('numberPairKeys', () => {
  it('keys pairs of distinctive numbers only: no single digits, no short counts, no years', () => {
    const keys = numberPairKeys(normaliseForStory('2024年11月15日，抓获3人，其中12人，冻结1.2万元，涉案28万元，银行卡160余张'));
    expect(keys).toHaveLength(3); // 1_2万, 28万, 160: three pairs
    for (const key of keys) expect(key).toMatch(/^n:[0-9a-f]+:[0-9a-f]+$/);
  });

  it('leaves hotlines out: 110 and 96110 are in half of all reports', () => {
    expect(numberPairKeys(normaliseForStory('如遇可疑情况请拨打110或96110反诈专线，也可拨打12381咨询。'))).toEqual([]);
  });

  it('gives a brief and its full report a shared key when they state the same figures', () => {
    const brief = numberPairKeys(normaliseForStory('某地检察院对14名被告人提起公诉，该团伙转移资金2.3亿元，非法获利300余万元。'));
    const full = numberPairKeys(normaliseForStory('经查，该团伙收购银行卡160余张，为境外诈骗团伙转移资金2.3亿元，其中被骗资金1860余万元，非法获利300余万元。'));
    expect(brief.some((key) => full.includes(key))).toBe(true);
  });
});

describe('fingerprintText', () => {
  const text = original('hubei-yichang-zhifu');

  it('gives a full MinHash signature and one band key per band', () => {
    const fingerprint = fingerprintText(text);
    expect(fingerprint.minhash).toHaveLength(MINHASH_SIZE);
    expect(fingerprint.bands.filter((key) => key.startsWith('b'))).toHaveLength(BANDS);
    expect(fingerprint.bands[0]).toMatch(/^b0:[0-9a-f]{12}$/);
    // Then one key per pair of its distinctive numbers (the smallest NUMBER_KEY_SOURCES hashes).
    expect(fingerprint.bands.slice(BANDS)).toEqual(numberPairKeys(normaliseForStory(text)));
    expect(fingerprint.size).toBeGreaterThan(50);
  });

  it('is deterministic and survives JSON (minhash, size and anchors are plain numbers)', () => {
    const fingerprint = fingerprintText(text);
    const { simhash, ...rest } = fingerprint;
    const restored = { ...JSON.parse(JSON.stringify(rest)), simhash: BigInt(simhash.toString()) };
    expect(isSameStory(fingerprint, restored)).toBe(true);
    expect(fingerprintText(text)).toEqual(fingerprint);
    expect(bandKeys(restored.minhash)).toEqual(fingerprint.bands.slice(0, BANDS));
  });

  it('gives verbatim copies (other punctuation, spacing, characters) the same SimHash and unrelated stories a distant one', () => {
    const a = fingerprintText(text);
    const b = fingerprintText(text.replace(/，/g, ', ').replace(/。/g, '.\n').replace('诈骗', '詐騙'));
    const c = fingerprintText(original('shaanxi-xian-youxi'));
    expect(hammingDistance(a.simhash, b.simhash)).toBeLessThanOrEqual(3);
    expect(hammingDistance(a.simhash, c.simhash)).toBeGreaterThan(10);
  });

  it('gives an empty text no band keys, so it never joins a story', () => {
    const empty = fingerprintText('，。 ');
    expect(empty.bands).toEqual([]);
    expect(isSameStory(empty, fingerprintText('，。'))).toBe(false);
  });
});

describe('isSameStory', () => {
  const paragraphs = (name: string) => original(name).trim().split('\n');
  const cases: [string, string, string, boolean][] = [
    ['a copy with a new headline and the last paragraph cut', original('hubei-yichang-zhifu'),
      ['宜昌：老人险被骗28万 民警紧急止付', ...paragraphs('hubei-yichang-zhifu').slice(1, -1)].join('\n'), true],
    ['a brief of the first two paragraphs', original('zhejiang-wenzhou-liangka'), paragraphs('zhejiang-wenzhou-liangka').slice(0, 2).join('\n'), true],
    ['the traditional original and its simplified republication', original('taiwan-taichung'),
      original('taiwan-taichung').replace(/臺/g, '台').replace('詐騙', '诈骗').replace('凍結', '冻结'), true],
    ['a spun copy', original('fujian-quanzhou-shazhupan'),
      original('fujian-quanzhou-shazhupan').replace(/群众/g, '大众').replace(/诈骗/g, '欺诈').replace(/广大/g, '宽广').replace(/投资/g, '出资').replace(/提醒/g, '提点'), true],
    ['two provinces\' annual figures written on one template', original('henan-province-annual'), original('guangxi-province-annual'), false],
    ['two cities\' 止付 reports with shared sentences', original('hubei-yichang-zhifu'), original('jiangsu-wuxi-zhifu'), false],
    ['two 刷单 victims', original('shandong-qingdao-shuadan'), original('sichuan-chengdu-shuadan'), false],
    ['two 冒充公检法 cases', original('beijing-chaoyang-gongjianfa'), original('shanghai-pudong-gongjianfa'), false],
  ];
  it.each(cases)('%s → %s', (_name, a, b, same) => {
    expect(isSameStory(fingerprintText(a), fingerprintText(b))).toBe(same);
    expect(isSameStory(fingerprintText(b), fingerprintText(a))).toBe(same);
  });

  it('holds for every pair of hand-written originals: all different stories', () => {
    const names = readdirSync(originals).filter((f) => f.endsWith('.txt'));
    const fingerprints = names.map((name) => fingerprintText(readFileSync(new URL(name, originals), 'utf8')));
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) expect(isSameStory(fingerprints[i], fingerprints[j]), `${names[i]} ~ ${names[j]}`).toBe(false);
    }
  });
});

describe('decideSameStory', () => {
  const base: Comparison = { jaccard: 0, sizeA: 200, sizeB: 200, simhashBits: 30, anchorsA: 0, anchorsB: 0, sharedAnchors: 0 };
  it.each<[string, Partial<Comparison>, boolean]>([
    ['near-identical SimHash', { simhashBits: 2 }, true],
    ['high Jaccard', { jaccard: 0.55 }, true],
    ['low Jaccard, no anchors', { jaccard: 0.2 }, false],
    ['trimmed copy: small set contained in the large one', { jaccard: 0.35, sizeB: 90 }, true],
    ['containment from a headline-sized text does not count', { jaccard: 0.15, sizeB: 20 }, false],
    ['high Jaccard but the numbers disagree', { jaccard: 0.55, anchorsA: 12, anchorsB: 12, sharedAnchors: 2 }, false],
    ['moderate Jaccard and the numbers agree', { jaccard: 0.25, anchorsA: 8, anchorsB: 6, sharedAnchors: 5 }, true],
    ['a headline-only text never matches', { jaccard: 1, sizeA: 0 }, false],
  ])('%s → %s', (_name, change, same) => {
    expect(decideSameStory({ ...base, ...change })).toBe(same);
  });
});
