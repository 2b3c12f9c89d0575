// A small open-addressing hash table from 32-bit keys to the first and last positions they were added
// at, for the input's words and bigrams (built once per identification, probed a few thousand times).
// Faster than a Map<number, number>.
export class U32Table {
  private readonly keys: Uint32Array;
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(expected: number) {
    let cap = 16;
    while (cap < expected * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.first = new Int32Array(cap).fill(-1);
    this.last = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(key: number): number {
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.first[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** Records `key` at `position` (≥ 0); returns true when the key is new. */
  add(key: number, position: number): boolean {
    const i = this.slot(key);
    this.last[i] = position;
    if (this.first[i] !== -1) return false;
    this.keys[i] = key;
    this.first[i] = position;
    this.size++;
    return true;
  }

  /** The first position of `key`, or -1. */
  get(key: number): number {
    return this.first[this.slot(key)]!;
  }

  /** The last position of `key`, or -1. */
  getLast(key: number): number {
    const i = this.slot(key);
    return this.first[i] === -1 ? -1 : this.last[i]!;
  }

  has(key: number): boolean {
    return this.get(key) !== -1;
  }
}
