// A small open-addressing hash table from 32-bit keys to non-negative int32 values, for the input's
// bigrams (built once per identification, probed a few thousand times). Faster than a Map<number, number>.
export class U32Table {
  private readonly keys: Uint32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(expected: number) {
    let cap = 16;
    while (cap < expected * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.values = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
  }

  /** Sets key → value unless the key is present; returns false when it was. */
  add(key: number, value: number): boolean {
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      if (this.values[i] === -1) {
        this.keys[i] = key;
        this.values[i] = value;
        this.size++;
        return true;
      }
      if (this.keys[i] === key) return false;
      i = (i + 1) & this.mask;
    }
  }

  /** The value for key, or -1. */
  get(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const v = this.values[i]!;
      if (v === -1) return -1;
      if (this.keys[i] === key) return v;
      i = (i + 1) & this.mask;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== -1;
  }
}
