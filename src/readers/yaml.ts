// YAML with source positions. The exact path is the `yaml` package: its nodes carry positions and
// it reports every problem with its place. Cards' front matter is read by js-yaml first (faster),
// where the two are known to read alike (yaml-fast.ts).
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import { checkAliases } from "./yaml-aliases.js";
import { parseYamlFast } from "./yaml-fast.js";
import { padFlowContinuations } from "./yaml-repair.js";

export type YamlPath = readonly (string | number)[];

export interface YamlProblem {
  message: string;
  line: number;
  column: number;
}

export interface ParsedYaml {
  value: unknown;
  problems: YamlProblem[];
  /** Position of the value (or, for a missing key, of its nearest parent) at `path`. */
  locate(path: YamlPath, preferKey?: boolean): { line: number; column: number };
}

export interface YamlOptions {
  /**
   * Read as the Hugging Face Hub does (PyYAML's safe_load): a key given twice keeps its last value,
   * `<<` merge keys apply, and a quoted value or flow list whose continuation lines are not indented
   * (common in widget texts) is read, as PyYAML reads it. Off for our own files (the policy), where
   * such a slip is more likely a mistake.
   */
  hub?: boolean;
}

/** What each parser error code expected, said the way a card author would fix it. */
const EXPECTED: Record<string, string> = {
  BAD_INDENT: "expected the keys of one mapping to start at the same column",
  MULTILINE_IMPLICIT_KEY: "expected `key: value` on one line; quote a value that spans lines",
  BLOCK_AS_IMPLICIT_KEY: "expected one `key: value` per line; quote a value that contains ': '",
  BAD_SCALAR_START: "expected a value that does not start with a reserved character; quote it",
  TAB_AS_INDENT: "expected spaces for indentation, not tabs",
  DUPLICATE_KEY: "expected each key once",
  UNEXPECTED_TOKEN: "expected `key: value` lines",
};

/**
 * Parses YAML text. `lineOffset` shifts reported lines when the YAML is embedded (front matter),
 * so positions are always those of the containing file. Hub-style text goes to js-yaml first
 * (yaml-fast.ts: what the two read alike); the rest, and every problem, is read here.
 */
export function parseYaml(text: string, lineOffset = 0, opts: YamlOptions = {}): ParsedYaml {
  return (opts.hub && parseYamlFast(text, lineOffset, () => parseYamlExact(text, lineOffset, opts).locate)) || parseYamlExact(text, lineOffset, opts);
}

/** The `yaml` package's reading, with PyYAML's leniency when `opts.hub`. */
export function parseYamlExact(text: string, lineOffset = 0, opts: YamlOptions = {}): ParsedYaml {
  let lineCounter = new LineCounter();
  const parse = (t: string) => parseDocument(t, { lineCounter, prettyErrors: false, uniqueKeys: !opts.hub, merge: opts.hub === true, strict: true });
  let doc: Document = parse(text);
  if (doc.errors.length > 0 && opts.hub) {
    // PyYAML ignores indentation inside quoted values and flow collections; the `yaml` package does
    // not. Indenting those continuation lines changes no value (their leading space is folded away).
    const repaired = padFlowContinuations(text);
    if (repaired !== undefined) {
      const previous = lineCounter;
      lineCounter = new LineCounter();
      const retry = parse(repaired);
      if (retry.errors.length === 0) doc = retry;
      else lineCounter = previous;
    }
  }
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  const problems: YamlProblem[] = [...doc.errors, ...doc.warnings].map((e) => {
    const first = e.message.split("\n")[0] ?? e.message;
    const expected = EXPECTED[e.code];
    return { message: expected ? `${first.replace(/ at line \d+, column \d+:?$/, "")} (${expected})` : first, ...pos(e.pos[0]) };
  });
  // Aliases are bounded before toJS() expands them (yaml-aliases.ts says why not by its maxAliasCount).
  const aliasProblem = doc.errors.length === 0 ? checkAliases(doc) : undefined;
  if (aliasProblem) problems.push({ message: aliasProblem.message, ...pos(aliasProblem.offset) });
  let value: unknown;
  if (doc.errors.length === 0 && !aliasProblem) {
    try {
      value = doc.toJS({ maxAliasCount: -1 });
    } catch (e) {
      // toJS() still throws on what parsing accepts (`<<:` merging a scalar): a problem, never a crash.
      problems.push({ message: e instanceof Error ? e.message : String(e), ...pos(mergeKeyOffset(doc) ?? 0) });
    }
  }
  return {
    value,
    problems,
    locate(path, preferKey = false) {
      let node: unknown = doc.contents;
      let best = node as Node | null;
      let keyNode: Node | null = null;
      for (const step of path) {
        if (isMap(node)) {
          // A key given twice keeps its last value (PyYAML): point at that one.
          const pair = node.items.findLast((it) => isScalar(it.key) && String(it.key.value) === String(step));
          if (!pair) break;
          keyNode = pair.key as Node;
          node = pair.value;
        } else if (isSeq(node) && typeof step === "number") {
          keyNode = null;
          node = node.items[step];
        } else break;
        if (node && (node as Node).range) best = node as Node;
        else if (keyNode) best = keyNode;
      }
      const target = preferKey && keyNode?.range ? keyNode : best;
      return target?.range ? pos(target.range[0]) : { line: 1 + lineOffset, column: 1 };
    },
  };
}

/** Where the first `<<` merge key stands, if any. */
function mergeKeyOffset(doc: Document): number | undefined {
  let at: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === "<<" && pair.key.range) {
        at = pair.key.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return at;
}
