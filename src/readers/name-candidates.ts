// Which of a few thousand known names (rules/ datasets, licenses, models) can stand in a piece of a
// card: one pass over the text instead of one search per name. A name's match (namePattern in
// model-card.ts) starts where no word character, `/` or `-` precedes it, with the name's first
// characters as written up to ASCII case. So the text's first three characters (ASCII lower-cased)
// at every such place are collected, and only names whose first characters are among them are
// searched. Names that do not start with plain ASCII are always searched: nothing is ruled out
// that could match.

export interface Named {
  name: string;
  id: string;
}

/** Longest prefix indexed: long enough to rule most names out, short enough for every name. */
const KEY = 3;

interface Index<T extends Named> {
  /** List positions of the names by their lower-cased first 1..3 characters. */
  byKey: Map<string, number[]>;
  /** Names that cannot be ruled out by their first characters. */
  always: number[];
  names: readonly T[];
}

const indexes = new WeakMap<readonly Named[], Index<Named>>();

function indexOf<T extends Named>(names: readonly T[]): Index<T> {
  const cached = indexes.get(names);
  if (cached) return cached as Index<T>;
  const index: Index<T> = { byKey: new Map(), always: [], names };
  names.forEach(({ name }, i) => {
    // Up to the first separator: namePattern makes `-`, `_` and space optional there.
    const head = /^[\x21-\x7e]+?(?=[-_ ]|$)/.exec(name)?.[0] ?? "";
    if (head === "" || /^[-_]/.test(name)) return void index.always.push(i);
    const key = head.slice(0, KEY).toLowerCase();
    index.byKey.set(key, [...(index.byKey.get(key) ?? []), i]);
  });
  indexes.set(names, index as Index<Named>);
  return index;
}

/** True where the character code is \w, `/` or `-` (what namePattern's lookbehind refuses). */
function joins(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 47 || c === 45;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The names of `names` that may occur in `text`, in the list's order (so hits keep their order). */
export function candidatesIn<T extends Named>(text: string, names: readonly T[]): T[] {
  const index = indexOf(names);
  const picked = new Set<number>(index.always);
  const seen = new Set<string>();
  for (let p = 0; p < text.length; p++) {
    if (p > 0 && joins(text.charCodeAt(p - 1))) continue;
    let key = "";
    for (let k = 0; k < KEY && p + k < text.length; k++) {
      key += String.fromCharCode(lowerAscii(text.charCodeAt(p + k)));
      if (seen.has(key)) continue;
      seen.add(key);
      for (const i of index.byKey.get(key) ?? []) picked.add(i);
    }
  }
  return [...picked].sort((a, b) => a - b).map((i) => index.names[i]!);
}
