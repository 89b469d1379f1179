import { describe, expect, it } from 'vitest';
import { chooseCanonical, type StoryCopy } from '../../classifier/stories/choose-canonical.ts';

const copy = (id: string, change: Partial<StoryCopy> = {}): StoryCopy => ({ id, quality: { spam: false, score: 1 }, ...change });

describe('chooseCanonical', () => {
  it.each<[string, StoryCopy[], string | undefined]>([
    ['no copies', [], undefined],
    ['a clean copy over an earlier spam copy', [copy('spam', { quality: { spam: true, score: 0.2 }, publishedAt: '2024-11-18T08:00:00+08:00' }), copy('clean', { publishedAt: '2024-11-19T08:00:00+08:00' })], 'clean'],
    ['the police site over an earlier portal', [copy('portal', { source: 'news.sina.com.cn', publishedAt: '2024-11-18T08:00:00+08:00' }), copy('police', { source: 'gaj.yichang.gov.cn', publishedAt: '2024-11-18T10:00:00+08:00' })], 'police'],
    ['the earliest of equal publishers', [copy('late', { publishedAt: '2024-11-19T08:00:00+08:00' }), copy('early', { publishedAt: '2024-11-18T08:00:00+08:00' }), copy('undated')], 'early'],
    ['the fullest of simultaneous copies', [copy('brief', { length: 300 }), copy('full', { length: 900 })], 'full'],
    ['input order when nothing else differs', [copy('first'), copy('second')], 'first'],
    ['a spam copy when every copy is spam', [copy('a', { quality: { spam: true, score: 0.1 } }), copy('b', { quality: { spam: true, score: 0.3 } })], 'b'],
  ])('%s', (_name, copies, expected) => {
    expect(chooseCanonical(copies)?.id).toBe(expected);
  });
});
