import { hashString } from './hash32.ts';

const CHUNK_BITS = 20;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

export interface BucketTableOptions {
  /**
   * Entries to size the head array for up front; the table still grows past it, but each growth
   * re-files every entry once (a pause of a few hundred milliseconds at tens of millions).
   * @default 65536
   */
  expectedEntries?: number;
}

/**
 * Band key → article slots, as a chained hash table in typed arrays: a head array indexed by the
 * key's hash, and entries (next, slot, 32-bit tag) in fixed-size chunks that never move. About 12
 * bytes per entry plus 4 per head; a Map of strings would need ~100 bytes per key and stops at 2^24
 * keys. Keys are not stored: an entry matches when its 32-bit tag does. A false match (two keys with
 * one tag) only adds a candidate that the same-story rule then rejects.
 */
export class BucketTable {
  private head: Int32Array;
  private readonly next: Int32Array[] = [];
  private readonly slot: Int32Array[] = [];
  private readonly tag: Uint32Array[] = [];
  private entries = 0;

  constructor(options: BucketTableOptions = {}) {
    const expected = options.expectedEntries ?? 1 << 16;
    this.head = new Int32Array(1 << Math.ceil(Math.log2(Math.max(1024, expected)))).fill(-1);
  }

  get entryCount(): number {
    return this.entries;
  }

  /** Length of the head array (buckets addressable without collision). */
  get headCount(): number {
    return this.head.length;
  }

  /** Calls `visit` with the slots filed under `key`, newest first, at most `limit`; stops when it returns true. */
  forEach(key: string, limit: number, visit: (slot: number) => boolean | void): void {
    const tag = hashString(key, 0x2545f491);
    let seen = 0;
    for (let entry = this.head[tag & (this.head.length - 1)]; entry >= 0 && seen < limit; ) {
      const chunk = entry >>> CHUNK_BITS;
      const at = entry & MASK;
      if (this.tag[chunk][at] === tag) {
        seen++;
        if (visit(this.slot[chunk][at]) === true) return;
      }
      entry = this.next[chunk][at];
    }
  }

  /** Files `slot` under `key`. */
  add(key: string, slot: number): void {
    if (this.entries >= this.head.length * 1.5) this.growHead();
    const tag = hashString(key, 0x2545f491);
    const entry = this.entries++;
    const chunk = entry >>> CHUNK_BITS;
    if (chunk === this.next.length) {
      this.next.push(new Int32Array(CHUNK));
      this.slot.push(new Int32Array(CHUNK));
      this.tag.push(new Uint32Array(CHUNK));
    }
    const at = entry & MASK;
    const bucket = tag & (this.head.length - 1);
    this.tag[chunk][at] = tag;
    this.slot[chunk][at] = slot;
    this.next[chunk][at] = this.head[bucket];
    this.head[bucket] = entry;
  }

  /** Doubles the head array and re-files the entries, oldest first so that chains stay newest first. */
  private growHead(): void {
    this.head = new Int32Array(this.head.length * 2).fill(-1);
    const mask = this.head.length - 1;
    for (let entry = 0; entry < this.entries; entry++) {
      const chunk = entry >>> CHUNK_BITS;
      const at = entry & MASK;
      const bucket = this.tag[chunk][at] & mask;
      this.next[chunk][at] = this.head[bucket];
      this.head[bucket] = entry;
    }
  }
}
