// YAML with source positions. We use the `yaml` package, not js-yaml: js-yaml reports no positions
// for keys and values, and every finding must name the line it is about.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

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

/**
 * Parses YAML text. `lineOffset` shifts reported lines when the YAML is embedded (front matter),
 * so positions are always those of the containing file.
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  const problems: YamlProblem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    message: e.message.split("\n")[0] ?? e.message,
    ...pos(e.pos[0]),
  }));
  const value = doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  return {
    value,
    problems,
    locate(path, preferKey = false) {
      let node: unknown = doc.contents;
      let best = node as Node | null;
      let keyNode: Node | null = null;
      for (const step of path) {
        if (isMap(node)) {
          const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(step));
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
