import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bandKeys, fingerprintText, MINHASH_SIZE, type Fingerprint } from '../../classifier/stories/fingerprint.ts';
import { clusterTexts, StoryIndex } from '../../classifier/stories/story-index.ts';

const original = (name: string) => readFileSync(new URL(`../fixtures/stories-eval/originals/${name}.txt`, import.meta.url), 'utf8');
const paragraphs = (name: string) => original(name).trim().split('\n');

describe('clusterTexts', () => {
  it('gives copies the id of the first article of their story, in input order', () => {
    const result = clusterTexts([
      { id: 'yichang', text: original('hubei-yichang-zhifu') },
      { id: 'wuxi', text: original('jiangsu-wuxi-zhifu') },
      { id: 'yichang-copy', text: ['宜昌民警紧急止付保住28万元', ...paragraphs('hubei-yichang-zhifu').slice(1, 3)].join('\n') },
      { id: 'wuxi-spun', text: original('jiangsu-wuxi-zhifu').replace(/诈骗/g, '欺诈').replace(/民警/g, '警员').replace(/资金/g, '资财') },
      { id: 'henan', text: original('henan-province-annual') },
      { id: 'guangxi', text: original('guangxi-province-annual') },
    ]);
    expect(result).toEqual([
      { id: 'yichang', story: 'yichang' },
      { id: 'wuxi', story: 'wuxi' },
      { id: 'yichang-copy', story: 'yichang' },
      { id: 'wuxi-spun', story: 'wuxi' },
      { id: 'henan', story: 'henan' },
      { id: 'guangxi', story: 'guangxi' },
    ]);
  });

  it('keeps empty and headline-only texts as stories of their own', () => {
    const result = clusterTexts([
      { id: 'a', text: '' },
      { id: 'b', text: '' },
      { id: 'c', text: '警方提醒' },
      { id: 'd', text: '警方提醒' },
    ]);
    expect(result.map((r) => r.story)).toEqual(['a', 'b', 'c', 'd']);
  });
});

/** A synthetic fingerprint: a random signature, or `source` with `redraw` of its positions redrawn. */
function synthetic(rand: () => number, source?: Fingerprint, redraw = 0.3): Fingerprint {
  const random32 = () => Math.floor(rand() * 2 ** 32);
  const minhash = source ? source.minhash.map((v) => (rand() < redraw ? random32() : v)) : Array.from({ length: MINHASH_SIZE }, random32);
  return { simhash: BigInt(random32()), minhash, bands: bandKeys(minhash), size: 150, anchors: source?.anchors ?? [] };
}

function seeded(seed: number): () => number {
  return () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

describe('StoryIndex', () => {
  it('finds the story of a near copy among many stored articles through its band keys', () => {
    const rand = seeded(7);
    const index = new StoryIndex();
    const stored = Array.from({ length: 5000 }, () => synthetic(rand));
    stored.forEach((fingerprint, i) => expect(index.add(`s${i}`, fingerprint)).toBe(`s${i}`));
    for (const i of [0, 1234, 4999]) {
      expect(index.add(`copy-of-${i}`, synthetic(rand, stored[i], 0.3))).toBe(`s${i}`);
      // Sub-linear: only articles that share a band key are compared.
      expect(index.last.candidates).toBeLessThan(10);
    }
    expect(index.stats.stories).toBe(5000);
  });

  it('bounds the comparisons when one bucket is hot', () => {
    const rand = seeded(11);
    const index = new StoryIndex({ maxPerBucket: 16 });
    const hot = synthetic(rand);
    // 500 different stories that all share the first band (the same two minimum values).
    for (let i = 0; i < 500; i++) {
      const fingerprint = synthetic(rand);
      fingerprint.minhash[0] = hot.minhash[0];
      fingerprint.minhash[1] = hot.minhash[1];
      fingerprint.bands = bandKeys(fingerprint.minhash);
      index.add(`h${i}`, fingerprint);
    }
    index.add('probe', hot);
    expect(index.last.candidates).toBeLessThanOrEqual(16);
  });

  it('does not store a copy that brings no new band key', () => {
    const index = new StoryIndex();
    const fingerprint = fingerprintText(original('yunnan-kunming-xuanchuan'));
    index.add('first', fingerprint);
    expect(index.add('again', { ...fingerprint })).toBe('first');
    expect(index.stats).toMatchObject({ articles: 2, stories: 1, storedArticles: 1 });
  });
});

describe('StoryIndex merges', () => {
  it('merges two earlier stories when a later article joins both and they do not contradict each other', () => {
    const rand = seeded(3);
    const full = synthetic(rand);
    const redrawn = (from: number, to: number): Fingerprint => {
      const minhash = full.minhash.map((v, i) => (i >= from && i < to ? Math.floor(rand() * 2 ** 32) : v));
      return { ...full, simhash: BigInt(Math.floor(rand() * 2 ** 32)), minhash, bands: bandKeys(minhash) };
    };
    const index = new StoryIndex();
    // Two copies that agree with the full text on 38 of 64 positions but with each other on only 12.
    expect(index.add('first', redrawn(0, 26))).toBe('first');
    expect(index.add('second', redrawn(38, 64))).toBe('second');
    expect(index.add('full', full)).toBe('first');
    expect(index.last.merged).toEqual(['second']);
  });

  it('merges stories whose copies share few words but all of the figures (a brief and a heavily spun copy)', () => {
    const rand = seeded(5);
    const full = synthetic(rand);
    const anchors = [11, 22, 33, 44];
    const redrawn = (from: number, to: number): Fingerprint => {
      const minhash = full.minhash.map((v, i) => (i >= from && i < to ? Math.floor(rand() * 2 ** 32) : v));
      return { ...full, simhash: BigInt(Math.floor(rand() * 2 ** 32)), minhash, bands: bandKeys(minhash), anchors };
    };
    const index = new StoryIndex();
    // Each agrees with the full text on 24 of 64 positions, with each other on none: only the figures tie them.
    expect(index.add('brief', redrawn(24, 64))).toBe('brief');
    const spunMinhash = full.minhash.map((v, i) => (i < 40 ? (v ^ 0x5a5a5a5a) >>> 0 : v));
    expect(index.add('spun', { ...full, simhash: 1n, minhash: spunMinhash, bands: bandKeys(spunMinhash), anchors })).toBe('spun');
    expect(index.add('full', { ...full, anchors })).toBe('brief');
    expect(index.last.merged).toEqual(['spun']);
  });

  it('files an original under a key its spun copy already holds, so a loose rewrite arriving later still finds it', () => {
    const rand = seeded(9);
    const anchors = [11, 22, 33, 44];
    const original = { ...synthetic(rand), anchors };
    const keep = (positions: (i: number) => boolean): Fingerprint => {
      const minhash = original.minhash.map((v, i) => (positions(i) ? v : Math.floor(rand() * 2 ** 32)));
      return { ...original, simhash: BigInt(Math.floor(rand() * 2 ** 32)), minhash, bands: bandKeys(minhash) };
    };
    // The spun copy agrees with the original on 40 of 64 positions (band 0 among them); the rewrite on 14,
    // of which only band 0 is a whole band, and with the spun copy on band 0 alone.
    const spun = keep((i) => i < 2 || i >= 26);
    const rewrite = keep((i) => i < 2 || (i % 2 === 1 && i < 26));
    const index = new StoryIndex();
    expect(index.add('spun', spun)).toBe('spun');
    expect(index.add('original', original)).toBe('spun');
    expect(index.add('rewrite', rewrite)).toBe('spun');
  });

  it('keeps two different stories apart when a round-up article contains both', () => {
    const roundup = `${original('hubei-yichang-zhifu')}\n${original('jiangsu-wuxi-zhifu')}`;
    const result = clusterTexts([
      { id: 'yichang', text: original('hubei-yichang-zhifu') },
      { id: 'wuxi', text: original('jiangsu-wuxi-zhifu') },
      { id: 'roundup', text: roundup },
    ]);
    expect(result.find((r) => r.id === 'yichang')!.story).not.toBe(result.find((r) => r.id === 'wuxi')!.story);
  });
});
