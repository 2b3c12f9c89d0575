// One pass over a text for every known name at once: a character trie of the names (each
// separator `-`, `_` or space optional, as cards write "LAION-2B-en", "LAION2B en", "laion_2b_en"),
// walked from each word start. Most word starts fail on their first character, so the cost is one
// map lookup per word, whatever the number of names; the per-name regular expressions this
// replaces cost one scan of the card per name (2,700 dataset names).

export interface NamedEntry {
  name: string;
  id: string;
  /** What the name is of ("dataset", "model"), when one matcher holds several kinds. */
  kind?: string | undefined;
}

export interface NameHit {
  /** The words as the text writes them. */
  text: string;
  /** The entry's name that matched. */
  name: string;
  id: string;
  kind?: string | undefined;
  start: number;
  end: number;
}

interface Node {
  next: Map<string, Node>;
  /** Reached through an optional separator: the name had `-`, `_` or a space here. */
  sep?: Node | undefined;
  ends?: NamedEntry[] | undefined;
}

const SEPARATOR = /[-_ ]/;
const WORD = /[\p{L}\p{N}_]/u;

/** Short all-capital names (C4, WIT, SAM) match only as written: in lower case they are words. */
function caseSensitive(name: string): boolean {
  return name.length <= 4 && name === name.toUpperCase();
}

export class NameMatcher {
  private readonly root: Node = { next: new Map() };

  constructor(entries: readonly NamedEntry[]) {
    for (const e of entries) if (e.name.length >= 2) this.add(e);
  }

  private add(e: NamedEntry): void {
    let node = this.root;
    const name = caseSensitive(e.name) ? e.name : e.name.toLowerCase();
    for (const ch of name) {
      if (SEPARATOR.test(ch)) {
        node.sep ??= { next: new Map() };
        node = node.sep;
        continue;
      }
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    (node.ends ??= []).push(e);
  }

  /**
   * Every known name in `text` standing as whole words, longest first at each place, never one
   * inside a longer one ("The Stack v2" is not also "The Stack"). In text order.
   */
  find(text: string): NameHit[] {
    const lower = text.toLowerCase();
    // Lower-casing changes the length of a few characters (İ); then positions are found on the text itself.
    const folded = lower.length === text.length ? lower : text;
    const hits: NameHit[] = [];
    let coveredTo = 0;
    for (let i = 0; i < text.length; i++) {
      if (!startsWord(text, i)) continue;
      const hit = this.longestAt(text, folded, i);
      if (!hit || hit.start < coveredTo) continue;
      hits.push(hit);
      coveredTo = hit.end;
      i = hit.end - 1;
    }
    return hits;
  }

  private longestAt(text: string, folded: string, start: number): NameHit | undefined {
    const best: Best = { end: -1, entry: undefined };
    this.walk(this.root, text, folded, start, start, best);
    if (!best.entry) return undefined;
    return { text: text.slice(start, best.end), name: best.entry.name, id: best.entry.id, kind: best.entry.kind, start, end: best.end };
  }

  /** Follows the trie from `node` at text position `i`, keeping the longest name that ends on a word boundary. */
  private walk(node: Node, text: string, folded: string, start: number, i: number, best: Best): void {
    if (node.ends && i > best.end && endsWord(text, i)) {
      const entry = node.ends.find((e) => !caseSensitive(e.name) || sameCase(text, start, i, e.name));
      if (entry) {
        best.end = i;
        best.entry = entry;
      }
    }
    if (i >= text.length) return;
    const c = folded[i]!;
    const exact = text[i]!;
    // Case-sensitive names are stored as written: the exact character is tried as well as the folded one.
    const child = node.next.get(c);
    if (child) this.walk(child, text, folded, start, i + 1, best);
    if (exact !== c) {
      const upper = node.next.get(exact);
      if (upper) this.walk(upper, text, folded, start, i + 1, best);
    }
    if (node.sep) this.walk(node.sep, text, folded, start, SEPARATOR.test(exact) ? i + 1 : i, best);
  }
}

interface Best {
  end: number;
  entry: NamedEntry | undefined;
}

function sameCase(text: string, start: number, end: number, name: string): boolean {
  return text.slice(start, end).replace(/[-_ ]/g, "") === name.replace(/[-_ ]/g, "");
}

/** A name starts where no word character, `/` or `-` comes before (not inside "org/name" or "pre-name"). */
function startsWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  return !(isWordCode(text, i - 1, before) || before === 0x2f || before === 0x2d);
}

/** A letter, digit or `_`, ASCII tested without a regular expression (this runs on every character). */
function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  return WORD.test(text[i]!);
}

/** A name ends before a non-word character, but not before `-` or a dotted suffix ("c4.en" is not "C4"). */
function endsWord(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const after = text.charCodeAt(i);
  if (isWordCode(text, i, after) || after === 0x2d) return false;
  return !(after === 0x2e && i + 1 < text.length && isWordCode(text, i + 1, text.charCodeAt(i + 1)));
}
