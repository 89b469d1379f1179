import { BucketTable } from './bucket-table.ts';
import { BANDS, fingerprintText, hammingDistance, MAX_ANCHORS, MINHASH_SIZE, sharedAnchors, type Fingerprint } from './fingerprint.ts';
import { decideSameStory, mayMerge, REPRESENTATIVE_JACCARD } from './same-story-rule.ts';

export interface StoryIndexOptions {
  /**
   * How many of the newest articles per bucket are compared. Bounds the work per article when a
   * bucket grows hot (boilerplate that many stories share).
   * @default 64
   */
  maxPerBucket?: number;
  /**
   * Articles the index is expected to hold, to size its tables up front and avoid growth pauses.
   * @default 10000
   */
  expectedArticles?: number;
}

/** What the last `add` cost, for benchmarks and for spotting hot buckets. */
export interface AddStats {
  /** Stored articles compared with the new one. */
  candidates: number;
  /** Story ids merged into the returned story by this add (they no longer exist). */
  merged: string[];
}

/**
 * Story assignment for a stream of articles, in memory. Each stored article is filed under its band
 * keys; a new article is compared (MinHash Jaccard / containment) only with the articles that share
 * a key, so the cost per article does not grow with the number stored.
 *
 * A story's id is the id of its first article. A copy that adds no new band key to its story is not
 * stored at all: every key it has already leads to a close copy in the story.
 */
export class StoryIndex {
  private readonly maxPerBucket: number;
  private readonly buckets: BucketTable;
  private readonly storyIds: string[] = [];
  private storyOf = new Int32Array(1024);
  private sizes = new Int32Array(1024);
  private simhashes = new BigUint64Array(1024);
  /**
   * The low 16 bits of each stored MinHash value (b-bit MinHash): half the memory, and two unequal
   * values collide with probability 2^-16, which moves a Jaccard estimate by less than 0.0001.
   */
  private minhashes = new Uint16Array(1024 * MINHASH_SIZE);
  private readonly probe = new Uint16Array(MINHASH_SIZE);
  private anchorCounts = new Uint8Array(1024);
  private anchors = new Uint32Array(1024 * MAX_ANCHORS);
  private stored = 0;
  private articles = 0;
  /** Generation stamps instead of a Set per lookup: slot s was seen in this lookup iff seenAt[s] === lookup. */
  private seenAt = new Int32Array(1024);
  /** Union–find over stories: parent[s] === s for a live story; merged stories point to their survivor. */
  private parent = new Int32Array(1024);
  private lookup = 0;
  readonly last: AddStats = { candidates: 0, merged: [] };

  constructor(options: StoryIndexOptions = {}) {
    this.maxPerBucket = options.maxPerBucket ?? 64;
    const expected = options.expectedArticles ?? 10_000;
    this.buckets = new BucketTable({ expectedEntries: expected * BANDS });
  }

  /** Articles added, stories found, articles kept for comparison, bucket entries. */
  get stats() {
    return {
      articles: this.articles,
      stories: this.storyIds.length,
      storedArticles: this.stored,
      bucketEntries: this.buckets.entryCount,
    };
  }

  /**
   * Assigns the article to the story of its most similar stored copy, or to a new story; returns the
   * story id. When the article also matches other stories that are compatible with that one (a brief
   * and a spun copy that arrived before their full original), those stories are merged into the
   * earliest of them: `last.merged` lists the story ids that ceased to exist, so a caller that stored
   * them can repoint their articles.
   */
  add(id: string, fingerprint: Fingerprint): string {
    this.articles++;
    const lookup = ++this.lookup;
    // Best matching stored article per matched story, as parallel lists (few entries, no allocation churn).
    const roots: number[] = [];
    const bestSlot: number[] = [];
    const bestJaccard: number[] = [];
    let candidates = 0;
    for (let i = 0; i < MINHASH_SIZE; i++) this.probe[i] = fingerprint.minhash[i] & 0xffff;
    for (const key of fingerprint.bands) {
      this.buckets.forEach(key, this.maxPerBucket, (slot) => {
        if (this.seenAt[slot] === lookup) return;
        this.seenAt[slot] = lookup;
        candidates++;
        const jaccard = this.jaccardWith(slot);
        if (!this.sameStory(slot, jaccard, fingerprint)) return;
        const root = this.find(this.storyOf[slot]);
        const at = roots.indexOf(root);
        if (at < 0) {
          roots.push(root);
          bestSlot.push(slot);
          bestJaccard.push(jaccard);
        } else if (jaccard > bestJaccard[at]) {
          bestSlot[at] = slot;
          bestJaccard[at] = jaccard;
        }
      });
    }
    this.last.candidates = candidates;
    this.last.merged = [];

    let story: number;
    if (roots.length === 0) {
      story = this.newStory(id);
    } else {
      let main = 0;
      for (let i = 1; i < roots.length; i++) if (bestJaccard[i] > bestJaccard[main]) main = i;
      story = roots[main];
      // Merge the other matched stories that do not contradict the main one (a round-up article that
      // contains two different stories matches both, but those two are vetoed or unrelated).
      for (let i = 0; i < roots.length; i++) {
        if (i === main || !this.compatible(bestSlot[i], bestSlot[main])) continue;
        const [keep, drop] = roots[i] < story ? [roots[i], story] : [story, roots[i]];
        this.parent[drop] = keep;
        this.last.merged.push(this.storyIds[drop]);
        story = keep;
      }
    }

    // A key that already leads to a close copy in this story adds nothing.
    const newKeys = roots.length > 0 ? fingerprint.bands.filter((key) => !this.keyLeadsTo(key, story)) : fingerprint.bands;
    if (newKeys.length > 0) {
      const slot = this.store(story, fingerprint);
      for (const key of newKeys) this.buckets.add(key, slot);
    }
    return this.storyIds[story];
  }

  /** The current id of a story, following merges. */
  private find(story: number): number {
    while (this.parent[story] !== story) {
      this.parent[story] = this.parent[this.parent[story]];
      story = this.parent[story];
    }
    return story;
  }

  private newStory(id: string): number {
    const story = this.storyIds.push(id) - 1;
    if (story === this.parent.length) {
      const parent = new Int32Array(this.parent.length * 2);
      parent.set(this.parent);
      this.parent = parent;
    }
    this.parent[story] = story;
    return story;
  }

  /** Whether two stored articles may be one story: their numbers do not contradict and their words overlap. */
  private compatible(a: number, b: number): boolean {
    let equal = 0;
    for (let i = 0; i < MINHASH_SIZE; i++) if (this.minhashes[a * MINHASH_SIZE + i] === this.minhashes[b * MINHASH_SIZE + i]) equal++;
    const countA = this.anchorCounts[a];
    const countB = this.anchorCounts[b];
    const shared = sharedAnchors(
      this.anchors.subarray(a * MAX_ANCHORS, a * MAX_ANCHORS + countA), countA,
      this.anchors.subarray(b * MAX_ANCHORS, b * MAX_ANCHORS + countB), countB,
    );
    return mayMerge(equal / MINHASH_SIZE, countA, countB, shared);
  }

  private jaccardWith(slot: number): number {
    const base = slot * MINHASH_SIZE;
    let equal = 0;
    for (let i = 0; i < MINHASH_SIZE; i++) if (this.minhashes[base + i] === this.probe[i]) equal++;
    return equal / MINHASH_SIZE;
  }

  private sameStory(slot: number, jaccard: number, fingerprint: Fingerprint): boolean {
    const count = this.anchorCounts[slot];
    const stored = this.anchors.subarray(slot * MAX_ANCHORS, slot * MAX_ANCHORS + count);
    return decideSameStory({
      jaccard,
      sizeA: this.sizes[slot],
      sizeB: fingerprint.size,
      simhashBits: hammingDistance(this.simhashes[slot], BigInt.asUintN(64, fingerprint.simhash)),
      anchorsA: count,
      anchorsB: fingerprint.anchors.length,
      sharedAnchors: sharedAnchors(stored, count, fingerprint.anchors, fingerprint.anchors.length),
    });
  }

  /** Whether the key already leads to a stored copy of this story that is close to the probed article. */
  private keyLeadsTo(key: string, story: number): boolean {
    let found = false;
    this.buckets.forEach(key, this.maxPerBucket, (slot) => {
      found = this.find(this.storyOf[slot]) === story && this.jaccardWith(slot) >= REPRESENTATIVE_JACCARD;
      return found;
    });
    return found;
  }

  private store(story: number, fingerprint: Fingerprint): number {
    const slot = this.stored++;
    if (slot === this.storyOf.length) this.grow();
    this.storyOf[slot] = story;
    this.sizes[slot] = fingerprint.size;
    this.simhashes[slot] = BigInt.asUintN(64, fingerprint.simhash);
    this.minhashes.set(this.probe, slot * MINHASH_SIZE);
    const anchors = fingerprint.anchors.slice(0, MAX_ANCHORS);
    this.anchorCounts[slot] = anchors.length;
    this.anchors.set(anchors, slot * MAX_ANCHORS);
    return slot;
  }

  private grow(): void {
    const size = this.storyOf.length * 2;
    this.storyOf = extend(this.storyOf, new Int32Array(size));
    this.sizes = extend(this.sizes, new Int32Array(size));
    this.seenAt = extend(this.seenAt, new Int32Array(size));
    this.simhashes = extend(this.simhashes, new BigUint64Array(size));
    this.minhashes = extend(this.minhashes, new Uint16Array(size * MINHASH_SIZE));
    this.anchorCounts = extend(this.anchorCounts, new Uint8Array(size));
    this.anchors = extend(this.anchors, new Uint32Array(size * MAX_ANCHORS));
  }
}

function extend<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array | BigUint64Array>(from: T, to: T): T {
  (to as Int32Array).set(from as Int32Array);
  return to;
}

/**
 * Story ids for a batch of texts, in input order. A story is named after its first article; when a
 * later article joins two stories, the later story's articles take the earlier story's id.
 */
export function clusterTexts(items: { id: string; text: string }[]): { id: string; story: string }[] {
  const index = new StoryIndex();
  const mergedInto = new Map<string, string>();
  const assigned = items.map(({ id, text }) => {
    const story = index.add(id, fingerprintText(text));
    for (const merged of index.last.merged) mergedInto.set(merged, story);
    return story;
  });
  const resolve = (story: string): string => {
    for (let next = mergedInto.get(story); next !== undefined; next = mergedInto.get(story)) story = next;
    return story;
  };
  return items.map(({ id }, i) => ({ id, story: resolve(assigned[i]) }));
}
