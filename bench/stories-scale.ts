/**
 * Story assignment at scale: 1,000,000 synthetic fingerprints through StoryIndex.
 *
 * Fingerprints come from bench/synthetic-fingerprints.ts (synthesised, not computed from text: jieba a million
 * times would measure jieba); ~40% of articles are edited copies of an earlier one.
 *
 *   npm run bench:stories                 1,000,000 articles
 *   npm run bench:stories -- 200000       fewer
 */
import type { Fingerprint } from '../classifier/stories/fingerprint.ts';
import { StoryIndex } from '../classifier/stories/story-index.ts';
import { COPY_SHARE, createSynthesiser } from './synthetic-fingerprints.ts';

const total = Number(process.argv[2] ?? 1_000_000);
const { rand, newStory, copyOf } = createSynthesiser();

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
  const isCopy = kept.length > 0 && rand() < COPY_SHARE;
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
