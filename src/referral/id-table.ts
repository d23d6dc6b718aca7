/**
 * An open-addressing hash table from string ids to item indices, kept in two typed arrays
 * sized once: no rehashing as it grows and nothing for the garbage collector to trace, where a
 * million-entry `Map` rehashes about twenty times and its tables are traced at every collection.
 */

/** FNV-1a over the UTF-16 code units, then murmur3's finaliser so the low bits are well mixed. */
function hashId(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Item indices by id, for up to `size` items whose id is `keyOf(index)`. */
export class IdTable {
  private readonly mask: number;
  /** Per cell, side by side (one cache line): the item index + 1 (0 = empty) and the id's hash. */
  private readonly cells: Int32Array;

  constructor(private readonly keyOf: (index: number) => string, size: number) {
    let capacity = 16;
    while (capacity < size * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.cells = new Int32Array(capacity * 2);
  }

  /** Adds item `index` under its id; returns the index of an earlier item with the same id (not added), or −1. */
  add(index: number): number {
    const key = this.keyOf(index);
    const h = hashId(key);
    let p = h & this.mask;
    for (let cell = this.cells[2 * p]!; cell !== 0; cell = this.cells[2 * p]!) {
      if (this.cells[2 * p + 1] === h && this.keyOf(cell - 1) === key) return cell - 1;
      p = (p + 1) & this.mask;
    }
    this.cells[2 * p] = index + 1;
    this.cells[2 * p + 1] = h;
    return -1;
  }

  /** The index of the item with id `key`, or −1. */
  get(key: string): number {
    const h = hashId(key);
    let p = h & this.mask;
    for (let cell = this.cells[2 * p]!; cell !== 0; cell = this.cells[2 * p]!) {
      if (this.cells[2 * p + 1] === h && this.keyOf(cell - 1) === key) return cell - 1;
      p = (p + 1) & this.mask;
    }
    return -1;
  }
}
