// The run-time loader: the knowledge base from its compiled artefact, one readFileSync and one
// JSON.parse. It imports no YAML parser and no zod: the artefact was validated when it was built
// (scripts/build-kb.ts; __tests__/kb/compiled.test.ts checks it equals a fresh compile).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadKnowledgeBaseFromJson, type CompiledKnowledgeBase, type KnowledgeBase } from "./knowledge-base.js";

/** rules/compiled/knowledge-base.json beside this module's rules/. */
export const COMPILED_PATH = fileURLToPath(new URL("../../rules/compiled/knowledge-base.json", import.meta.url));

let cached: KnowledgeBase | undefined;

/** The knowledge base the CLI runs on; read once per process (it is read-only). */
export function loadCompiledKnowledgeBase(file: string = COMPILED_PATH): KnowledgeBase {
  if (file === COMPILED_PATH && cached) return cached;
  const kb = loadKnowledgeBaseFromJson(JSON.parse(readFileSync(file, "utf8")) as CompiledKnowledgeBase);
  if (file === COMPILED_PATH) cached = kb;
  return kb;
}
