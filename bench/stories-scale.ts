/**
 * Story assignment at scale: 1,000,000 synthetic fingerprints through StoryIndex.
 *
 * Fingerprints are synthesised, not computed from text (jieba a million times would measure jieba):
 * a new story gets a random MinHash signature in which ~15% of positions come from a small pool of
 * "topic" values (common domain words that are the minimum for many articles, which is what makes
 * real buckets hot); a copy takes an earlier article's signature with 20–45% of positions redrawn,
 * keeps most of its number anchors and gets a SimHash a few bits away.
 *
 *   npm run bench:stories                 1,000,000 articles
 *   npm run bench:stories -- 200000       fewer
 */
import { bandKeys, MAX_ANCHORS, MINHASH_SIZE, type Fingerprint } from '../classifier/stories/fingerprint.ts';
import { StoryIndex } from '../classifier/stories/story-index.ts';

const total = Number(process.argv[2] ?? 1_000_000);
const copyShare = 0.4;
const topicPool = 40;

let seed = 0x9e3779b9;
function rand32(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (t ^ (t >>> 14)) >>> 0;
}
const rand = () => rand32() / 4294967296;

function newStory(): Fingerprint {
  const minhash = Array.from({ length: MINHASH_SIZE }, (_, i) => (rand() < 0.15 ? (i * topicPool + Math.floor(rand() * topicPool)) >>> 0 : rand32()));
  const anchors = Array.from({ length: 2 + Math.floor(rand() * 12) }, rand32).sort((a, b) => a - b).slice(0, MAX_ANCHORS);
  const simhash = (BigInt(rand32()) << 32n) | BigInt(rand32());
  return { simhash, minhash, anchors, size: 80 + Math.floor(rand() * 300), bands: bandKeys(minhash) };
}

function copyOf(source: Fingerprint): Fingerprint {
  const redraw = 0.2 + rand() * 0.25;
  const minhash = source.minhash.map((value) => (rand() < redraw ? rand32() : value));
  const anchors = source.anchors.filter(() => rand() < 0.9);
  let simhash = source.simhash;
  for (let flips = 4 + Math.floor(rand() * 10); flips > 0; flips--) simhash ^= 1n << BigInt(Math.floor(rand() * 64));
  return { simhash, minhash, anchors, size: Math.max(40, Math.round(source.size * (0.7 + rand() * 0.4))), bands: bandKeys(minhash) };
}

const index = new StoryIndex({ expectedArticles: total });
const kept: Fingerprint[] = []; // a sample of earlier articles to copy from (keeping all would measure this array)
const keptStory: string[] = [];
const times = new Float64Array(total);
let candidates = 0;
let maxCandidates = 0;
let copies = 0;
let copiesFound = 0;
let newStories = 0;
let newStoriesMerged = 0;
const heapBefore = process.memoryUsage().heapUsed;

const started = performance.now();
for (let n = 0; n < total; n++) {
  const isCopy = kept.length > 0 && rand() < copyShare;
  const pick = isCopy ? Math.floor(rand() * kept.length) : -1;
  const fingerprint = isCopy ? copyOf(kept[pick]) : newStory();
  const id = `a${n}`;
  const t0 = performance.now();
  const story = index.add(id, fingerprint);
  times[n] = performance.now() - t0;
  candidates += index.last.candidates;
  maxCandidates = Math.max(maxCandidates, index.last.candidates);
  if (isCopy) {
    copies++;
    if (story === keptStory[pick]) copiesFound++;
  } else {
    newStories++;
    if (story !== id) newStoriesMerged++;
  }
  if (kept.length < 50_000) {
    kept.push(fingerprint);
    keptStory.push(story);
  } else if (rand() < 0.05) {
    const slot = Math.floor(rand() * kept.length);
    kept[slot] = fingerprint;
    keptStory[slot] = story;
  }
  if ((n + 1) % 200_000 === 0) {
    const window = times.subarray(n + 1 - 200_000, n + 1);
    const mean = window.reduce((a, b) => a + b, 0) / window.length;
    console.log(`  ${(n + 1).toLocaleString('en')} stored: mean ${mean.toFixed(4)} ms/article over the last 200k, rss ${mb(process.memoryUsage().rss)}`);
  }
}
const elapsed = performance.now() - started;

const sorted = Float64Array.from(times).sort();
const sum = times.reduce((a, b) => a + b, 0);
const tail = times.subarray(Math.max(0, total - 100_000));
const tailSorted = Float64Array.from(tail).sort();
const memory = process.memoryUsage();
function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(0)} MB`;
}
const stats = index.stats;
console.log(`articles ${total.toLocaleString('en')}  stories ${stats.stories.toLocaleString('en')}  stored for comparison ${stats.storedArticles.toLocaleString('en')}`);
console.log(`bucket entries ${stats.bucketEntries.toLocaleString('en')}`);
console.log(`throughput ${(total / (elapsed / 1000)).toFixed(0)} articles/s (wall, incl. synthesis)  ${(total / (sum / 1000)).toFixed(0)} articles/s (index.add only)`);
console.log(`index.add  mean ${(sum / total).toFixed(4)} ms  p50 ${sorted[Math.floor(total * 0.5)].toFixed(4)} ms  p99 ${sorted[Math.floor(total * 0.99)].toFixed(4)} ms  max ${sorted[total - 1].toFixed(2)} ms`);
console.log(`last 100k (≈1M stored)  mean ${(tail.reduce((a, b) => a + b, 0) / tail.length).toFixed(4)} ms  p99 ${tailSorted[Math.floor(tail.length * 0.99)].toFixed(4)} ms`);
console.log(`candidates per article  mean ${(candidates / total).toFixed(1)}  max ${maxCandidates}`);
console.log(`synthetic accuracy  copies joined their source's story ${(copiesFound / copies).toFixed(4)}  new stories wrongly merged ${(newStoriesMerged / newStories).toFixed(5)}`);
console.log(`memory  rss ${mb(memory.rss)}  heapUsed ${mb(memory.heapUsed)} (+${mb(memory.heapUsed - heapBefore)})  arrayBuffers ${mb(memory.arrayBuffers)}`);
