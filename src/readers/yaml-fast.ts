// Front matter read by js-yaml first: some 2–4× faster than the `yaml` package, which the exact path
// (yaml.ts) builds PyYAML-compatible leniency and source positions on. js-yaml's event stream
// carries offsets, so a key a finding cites is located from it, without a second parse.
//
// The fast path only takes what the two are known to read alike (tested in
// __tests__/readers/yaml-fast.test.ts against the exact path, over the generated monorepo and
// fixtures shaped like Hub cards). Everything else goes to the exact path, which alone says what a
// problem is and where: text js-yaml refuses; anchors, aliases, merge keys, tags and directives
// (bounded and merged there, as PyYAML does); tabs (the `yaml` package refuses tab indentation);
// keys that are not plain strings (`1:`, `null:`, `[a, b]:`, which the two turn into different
// property names); scalars whose core-schema type the two may resolve differently.
import { CORE_SCHEMA, EVENT_ID, constructFromEvents, parseEvents, type Event } from "js-yaml";
import type { ParsedYaml, YamlPath } from "./yaml.js";

/** Characters that start an anchor, alias or tag at a token start, a directive, or a merge key. */
const EXACT_ONLY = /(?:^|[\s[{,])[&*!]|^%|<<|\t|__proto__/m;
/**
 * A plain key that reads as a string in both (anything that is not null, a boolean or a number):
 * it starts with a letter or `_`, and is not one of the core schema's null or boolean words.
 */
const STRING_KEY = /^[A-Za-z_][^\n]*$/;
const NON_STRING_WORD = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/**
 * A plain scalar value both resolve alike: one starting with a letter, `_` or `/` (a string, or a
 * core-schema null or boolean word, which both read), `~`, a decimal number without leading
 * zeros, or one holding a character no number, null or boolean has (`7.56 +/- 2.71`, `72%`).
 * Others (`.inf`, `0x1F`, `+1`, `007`, `1:30`, `2023-01-01`) go exact.
 */
const PLAIN_ALIKE = /^(?:[A-Za-z_/]|~$|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$)|[^0-9A-Za-z+\-._:]/;

/** The exact path's locate(), on demand: for what the event stream does not place as `yaml` does. */
export type ExactLocate = () => ParsedYaml["locate"];

/**
 * The front matter read by js-yaml, or undefined when the exact path must read it (see above).
 * `exact` gives the exact path's locate() for the few places the events do not say the same.
 */
export function parseYamlFast(text: string, lineOffset: number, exact: ExactLocate): ParsedYaml | undefined {
  if (EXACT_ONLY.test(text)) return undefined;
  let events: Event[];
  let value: unknown;
  try {
    events = parseEvents(text, {});
    if (!readsAlike(events, text)) return undefined;
    const docs = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, json: true });
    if (docs.length > 1) return undefined;
    value = docs[0] ?? null;
  } catch {
    return undefined;
  }
  let exactLocate: ParsedYaml["locate"] | undefined;
  let tree: Located | undefined;
  let lines: number[] | undefined;
  const pos = (offset: number) => {
    lines ??= lineStarts(text);
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1 + lineOffset, column: offset - lines[lo]! + 1 };
  };
  return {
    value,
    problems: [],
    locate(path: YamlPath, preferKey = false) {
      tree ??= locatedTree(events, text);
      const offset = walk(tree, path, preferKey);
      if (offset !== undefined) return pos(offset);
      exactLocate ??= exact();
      return exactLocate(path, preferKey);
    },
  };
}

/** Whether every key is a plain or quoted string scalar and every plain value one both resolve alike. */
function readsAlike(events: Event[], text: string): boolean {
  // For each open collection: "m" mapping expecting a key, "v" mapping expecting a value, "s" sequence.
  const stack: ("m" | "v" | "s")[] = [];
  for (const e of events) {
    const top = stack.length - 1;
    const atKey = stack[top] === "m";
    if (e.type === EVENT_ID.SCALAR) {
      const source = e.valueStart < 0 ? "" : text.slice(e.valueStart, e.valueEnd);
      if (atKey) {
        if (e.style === 1 && (!STRING_KEY.test(source) || NON_STRING_WORD.test(source))) return false;
        if (e.style > 3) return false;
      } else if (e.style === 1 && e.valueStart >= 0 && !PLAIN_ALIKE.test(source)) return false;
      if (top >= 0) stack[top] = atKey ? "v" : stack[top] === "v" ? "m" : "s";
    } else if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) {
      if (atKey) return false;
      if (top >= 0 && stack[top] === "v") stack[top] = "m";
      stack.push(e.type === EVENT_ID.MAPPING ? "m" : "s");
    } else if (e.type === EVENT_ID.POP) {
      if (stack.length > 0) stack.pop();
    } else if (e.type === EVENT_ID.ALIAS) return false;
  }
  return true;
}

/** A node of the document with the offset `yaml` gives it, when the events say it unambiguously. */
interface Located {
  /** Offset of the node as the `yaml` package's range[0] has it; undefined: ask the exact path. */
  at: number | undefined;
  /** A mapping's entries, last of a duplicated key winning (as PyYAML and locate() do). */
  entries?: Map<string, { keyAt: number; value: Located }>;
  items?: Located[];
}

function locatedTree(events: Event[], text: string): Located {
  let i = 0;
  const node = (): Located => {
    const e = events[i++]!;
    if (e.type === EVENT_ID.SCALAR) {
      // Quoted: `yaml` starts at the quote, js-yaml inside it. Block scalars and empty values
      // (js-yaml gives no offset) are left to the exact path.
      if (e.valueStart < 0 || e.style > 3) return { at: undefined };
      return { at: e.style === 1 ? e.valueStart : e.valueStart - 1 };
    }
    if (e.type === EVENT_ID.MAPPING) {
      const entries = new Map<string, { keyAt: number; value: Located }>();
      while (events[i]!.type !== EVENT_ID.POP) {
        const k = events[i]! as Extract<Event, { type: 4 }>;
        const key = text.slice(k.valueStart, k.valueEnd);
        const keyNode = node();
        const value = node();
        // A quoted key with escapes is not its source text: such a key is not found here.
        if (k.style === 1 || !/["'\\]/.test(key)) entries.set(key, { keyAt: keyNode.at ?? -1, value });
      }
      i++;
      return { at: e.start, entries };
    }
    if (e.type === EVENT_ID.SEQUENCE) {
      const items: Located[] = [];
      while (events[i]!.type !== EVENT_ID.POP) items.push(node());
      i++;
      return { at: e.start, items };
    }
    return { at: undefined };
  };
  while (i < events.length && events[i]!.type === EVENT_ID.DOCUMENT) {
    i++;
    if (events[i]?.type === EVENT_ID.POP) return { at: undefined };
    return node();
  }
  return { at: undefined };
}

/**
 * The offset locate() gives `path`, as yaml.ts's locate() walks it: the deepest node found, its key
 * when `preferKey`; undefined when a node on the way has no offset the events can give.
 */
function walk(root: Located, path: YamlPath, preferKey: boolean): number | undefined {
  let node: Located | undefined = root;
  let best: number | undefined = root.at;
  let keyAt: number | undefined;
  for (const step of path) {
    if (node?.entries) {
      const entry = node.entries.get(String(step));
      if (!entry) {
        // Not found: the key may be quoted with escapes, which this tree does not hold.
        return undefined;
      }
      keyAt = entry.keyAt;
      node = entry.value;
    } else if (node?.items && typeof step === "number") {
      keyAt = undefined;
      node = node.items[step];
      if (!node) return undefined;
    } else break;
    if (node.at === undefined) return undefined;
    best = node.at;
  }
  if (preferKey && keyAt !== undefined) return keyAt < 0 ? undefined : keyAt;
  return best;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
