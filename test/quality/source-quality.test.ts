import { describe, expect, it } from 'vitest';
import { summariseSourceQuality } from '../../classifier/quality/source-quality.ts';

const clean = { spam: false, score: 1, signals: [] };
const stuffed = { spam: true, score: 0.3, signals: ['keyword_stuffing'] };
const spun = { spam: true, score: 0.2, signals: ['synonym_spun', 'keyword_stuffing'] };

describe('summariseSourceQuality', () => {
  it.each([
    ['no articles yet', [], { articles: 0, spamShare: 0, meanScore: 1, spamSource: false }],
    ['a clean police site', [clean, clean, clean, clean, clean, clean], { spamShare: 0, meanScore: 1, spamSource: false }],
    ['a spam site (most pages stuffed or spun)', [stuffed, spun, stuffed, clean, spun], { spamShare: 0.8, spamSource: true }],
    ['too few articles to judge the site', [stuffed, spun], { spamShare: 1, spamSource: false }],
  ])('%s', (_name, qualities, expected) => {
    expect(summariseSourceQuality(qualities)).toMatchObject(expected);
  });

  it('counts signals, most frequent first', () => {
    expect(summariseSourceQuality([stuffed, spun, clean]).signals).toEqual([
      { name: 'keyword_stuffing', count: 2 },
      { name: 'synonym_spun', count: 1 },
    ]);
  });
});
