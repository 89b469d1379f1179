import { hashString } from './hash32.ts';

/**
 * Band key → list of stored article slots, in typed arrays so that tens of millions of entries fit in a
 * few hundred megabytes (a Map of strings would not: it tops out at 2^24 keys and ~100 bytes each).
 * Keys are identified by two independent 32-bit hashes; a false match needs both to collide (~2^-64).
 * Lists are newest first.
 */
export class BucketTable {
  private tagA: Uint32Array;
  private tagB: Uint32Array;
  private head: Int32Array;
  private used = 0;
  private next: Int32Array;
  private slot: Int32Array;
  private entries = 0;

  constructor(initialKeys = 1 << 16) {
    const capacity = 1 << Math.ceil(Math.log2(Math.max(16, initialKeys * 2)));
    this.tagA = new Uint32Array(capacity);
    this.tagB = new Uint32Array(capacity);
    this.head = new Int32Array(capacity).fill(-1);
    this.next = new Int32Array(initialKeys);
    this.slot = new Int32Array(initialKeys);
  }

  /** Number of distinct keys and of (key, slot) entries held. */
  get keyCount(): number {
    return this.used;
  }
  get entryCount(): number {
    return this.entries;
  }

  /** Calls `visit` with the slots filed under `key`, newest first, at most `limit` of them; stops early if it returns true. */
  forEach(key: string, limit: number, visit: (slot: number) => boolean | void): void {
    const position = this.find(hashString(key, 0x2545f491), hashString(key, 0x61c88647));
    if (position < 0 || this.head[position] < 0) return;
    let seen = 0;
    for (let entry = this.head[position]; entry >= 0 && seen < limit; entry = this.next[entry], seen++) {
      if (visit(this.slot[entry]) === true) return;
    }
  }

  /** Files `slot` under `key`. */
  add(key: string, slot: number): void {
    if ((this.used + 1) * 10 > this.head.length * 7) this.growTable();
    const a = hashString(key, 0x2545f491);
    const b = hashString(key, 0x61c88647);
    let position = this.find(a, b);
    if (position < 0) {
      position = ~position;
      this.tagA[position] = a;
      this.tagB[position] = b;
      this.used++;
    }
    if (this.entries === this.next.length) this.growEntries();
    const entry = this.entries++;
    this.slot[entry] = slot;
    this.next[entry] = this.head[position];
    this.head[position] = entry;
  }

  /** The table position holding (a, b), or the bitwise complement of the empty position where it would go. */
  private find(a: number, b: number): number {
    const mask = this.head.length - 1;
    for (let position = (a ^ (b << 7)) & mask; ; position = (position + 1) & mask) {
      if (this.head[position] === -1) return ~position;
      if (this.tagA[position] === a && this.tagB[position] === b) return position;
    }
  }

  private growTable(): void {
    const { tagA, tagB, head } = this;
    this.tagA = new Uint32Array(head.length * 2);
    this.tagB = new Uint32Array(head.length * 2);
    this.head = new Int32Array(head.length * 2).fill(-1);
    for (let old = 0; old < head.length; old++) {
      if (head[old] === -1) continue;
      const position = ~this.find(tagA[old], tagB[old]);
      this.tagA[position] = tagA[old];
      this.tagB[position] = tagB[old];
      this.head[position] = head[old];
    }
  }

  private growEntries(): void {
    const size = this.next.length * 2;
    const next = new Int32Array(size);
    next.set(this.next);
    this.next = next;
    const slot = new Int32Array(size);
    slot.set(this.slot);
    this.slot = slot;
  }
}
