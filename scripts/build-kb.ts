// Compiles rules/ (YAML entries and imported catalogues, validated by loadRules) into the one
// artefact the CLI and the Action load at start-up: rules/compiled/knowledge-base.json.
// `npm run build:kb` writes it; __tests__/kb/compiled.test.ts checks it equals a fresh compile.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { COMPILED_FILE, compileKnowledgeBase, DEFAULT_RULES_DIR, KnowledgeBaseError, loadRules } from "../src/kb/load.js";

/** The artefact's text: one entry per line, so a change to rules/ is a readable diff. */
export function compiledText(rulesDir: string = DEFAULT_RULES_DIR): string {
  const compiled = compileKnowledgeBase(loadRules(rulesDir));
  const lines = (items: unknown[]) => `[\n${items.map((e) => JSON.stringify(e)).join(",\n")}\n]`;
  const sections = Object.entries(compiled).map(([kind, value]) => {
    if (Array.isArray(value)) return `${JSON.stringify(kind)}: ${lines(value)}`;
    if (kind === "imported") {
      const packed = value as NonNullable<typeof compiled.imported>;
      return `"imported": {\n"catalogues": ${lines(packed.catalogues)},\n"rows": ${lines(packed.rows)}\n}`;
    }
    return `${JSON.stringify(kind)}: ${JSON.stringify(value)}`;
  });
  return `{\n${sections.join(",\n")}\n}\n`;
}

if (process.argv[1]?.endsWith("build-kb.ts")) {
  try {
    const file = path.join(DEFAULT_RULES_DIR, COMPILED_FILE);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, compiledText());
    console.log(`wrote rules/${COMPILED_FILE}`);
  } catch (e) {
    if (!(e instanceof KnowledgeBaseError)) throw e;
    console.error(e.message);
    process.exitCode = 1;
  }
}
