// PyYAML (the Hub's parser) reads a quoted value or a flow collection (`[a, b]`, `{a: 1}`) whose
// continuation lines start at column 1:
//
//   widget:
//   - text: "Mi Európa második
//   leghosszabb folyója?"
//
// The YAML spec and the `yaml` package require those lines to be indented past the enclosing
// block. Inside quotes and flow collections a line's leading space is folded away, so indenting
// the continuation lines gives the value PyYAML reads, with every line number kept.

interface ScanState {
  /** The open quote character, when a quoted value continues onto the next line. */
  quote: '"' | "'" | null;
  /** Nesting depth of open flow collections. */
  depth: number;
  /** Column (0-based) the continuation lines are indented to: one past the opening character. */
  padTo: number;
  /** Indentation of the line holding a block scalar indicator (`|`, `>`), while inside it. */
  blockScalar: number | null;
}

/** The text with continuation lines indented, or undefined when no line needed it. */
export function padFlowContinuations(text: string): string | undefined {
  const lines = text.split("\n");
  const state: ScanState = { quote: null, depth: 0, padTo: 0, blockScalar: null };
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = line.length - line.trimStart().length;
    const blank = line.trim() === "";
    if (state.blockScalar !== null) {
      if (blank || indent > state.blockScalar) continue;
      state.blockScalar = null;
    }
    const continuing = state.quote !== null || state.depth > 0;
    if (continuing && !blank && indent < state.padTo) {
      lines[i] = " ".repeat(state.padTo - indent) + line;
      changed = true;
    }
    scanLine(lines[i]!, continuing, state);
  }
  return changed ? lines.join("\n") : undefined;
}

/** Moves `state` over one line: quotes and flow brackets opened or closed, comments skipped. */
function scanLine(line: string, continuing: boolean, state: ScanState): void {
  const indent = line.length - line.trimStart().length;
  // Where a value may begin: a quote or bracket there opens one; elsewhere it is part of plain text.
  let tokenStart = true;
  for (let c = continuing ? 0 : indent; c < line.length; c++) {
    const ch = line[c]!;
    if (state.quote === '"') {
      if (ch === "\\") c++;
      else if (ch === '"') state.quote = null;
      continue;
    }
    if (state.quote === "'") {
      if (ch === "'" && line[c + 1] === "'") c++;
      else if (ch === "'") state.quote = null;
      continue;
    }
    if (ch === " " || ch === "\t") continue;
    if (ch === "#" && (c === 0 || /\s/.test(line[c - 1]!))) return;
    const opensAt = state.depth === 0 && !continuing;
    if (tokenStart && (ch === '"' || ch === "'")) {
      state.quote = ch;
      if (state.depth === 0) state.padTo = c + 1;
      tokenStart = false;
    } else if ((tokenStart || state.depth > 0) && (ch === "[" || ch === "{")) {
      if (state.depth === 0) state.padTo = c + 1;
      state.depth++;
      tokenStart = true;
    } else if (state.depth > 0 && (ch === "]" || ch === "}")) {
      state.depth--;
      tokenStart = false;
    } else if (state.depth > 0 && ch === ",") tokenStart = true;
    else if (ch === ":" && (c + 1 === line.length || /\s/.test(line[c + 1]!) || state.depth > 0)) tokenStart = true;
    else if ((ch === "-" || ch === "?") && tokenStart && (c + 1 === line.length || line[c + 1] === " ")) tokenStart = true;
    else if (tokenStart && opensAt && (ch === "|" || ch === ">")) {
      state.blockScalar = indent;
      return;
    } else tokenStart = false;
  }
}
