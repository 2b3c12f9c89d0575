// Where a card's YAML front matter is, found as the Hub finds it: `---` on the first non-blank line
// (the Hub's pattern allows blank lines and spaces before it), closed by the next `---` (or `...`) line.
import type { InputProblem } from "../facts/types.js";

export interface FrontMatter {
  /** The YAML between the fences; undefined when the card has none. */
  yaml?: string | undefined;
  /** Line number (1-based) of the opening `---`: the YAML's first line is the next one. */
  openLine: number;
  /** Offset where the card's body starts. */
  bodyStart: number;
}

const OPEN = /^(?:[ \t]*\n)*[ \t]*---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;
/** A first line that reads as metadata (`license: mit`, `- x`), not prose after a thematic break. */
const LOOKS_LIKE_YAML = /^\s*(?:[\w"'][^:\n]*:(?:\s|$)|- |#)/;

/**
 * Splits the front matter from the body. An opening `---` that is never closed is a problem when
 * what follows reads as metadata; before prose it is a Markdown rule, and the card has no metadata.
 */
export function splitFrontMatter(text: string, file: string, problems: InputProblem[]): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { openLine: 0, bodyStart: 0 };
  const openLine = lineCount(open[0]);
  const rest = text.slice(open[0].length);
  const close = closingFence(rest);
  if (!close) {
    if (LOOKS_LIKE_YAML.test(rest.split("\n").find((l) => l.trim() !== "") ?? "")) {
      problems.push({
        messageId: "unterminated",
        message: `front matter opened with '---' on line ${openLine} is never closed; expected a '---' line after the metadata`,
        location: { file, line: openLine, column: 1 },
      });
    }
    return { openLine: 0, bodyStart: 0 };
  }
  return { yaml: rest.slice(0, close.index), openLine, bodyStart: open[0].length + close.index + close[0].length };
}

/**
 * The closing fence. The Hub's pattern needs a line break of its own before it, so a `---` right
 * after the opening one is a YAML document marker inside the front matter (`---\n---\nlicense: mit\n---`)
 * when a later fence closes the block.
 */
function closingFence(rest: string): { index: number; 0: string } | undefined {
  const close = CLOSE.exec(rest);
  if (!close || close.index !== 0) return close ?? undefined;
  const next = rest.indexOf("\n") + 1;
  const later = next > 0 ? CLOSE.exec(rest.slice(next)) : null;
  return later ? { index: next + later.index, 0: later[0] } : close;
}

function lineCount(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
