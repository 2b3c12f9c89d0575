// localeCompare without loading ICU's collator when it cannot change the answer. The first
// localeCompare in a process loads the collation data, 15–20 ms, which is a tenth of an Action
// run. Strings made only of lowercase ASCII letters, digits, `.`, `-` and `/` (license ids, most
// paths) sort in the root and English collations exactly as their code units do, so such pairs
// are compared directly; any other pair still goes through localeCompare.
const PLAIN = /^[a-z0-9./-]*$/;

/** Same sign as `a.localeCompare(b)` under the root or an English locale. */
export function localeOrder(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
