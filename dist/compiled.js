import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { _ as __builtin$1 } from './_builtin_fs.js';
import { _ as __builtin } from './_builtin_url.js';
import { l as loadKnowledgeBaseFromJson } from './knowledge-base.js';
import 'node:module';
import './own-data.js';

// The run-time loader: the knowledge base from its compiled artefact, one readFileSync and one
// JSON.parse. It imports no YAML parser and no zod: the artefact was validated when it was built
// (scripts/build-kb.ts; __tests__/kb/compiled.test.ts checks it equals a fresh compile).

/** rules/compiled/knowledge-base.json beside this module's rules/. */
const COMPILED_PATH = __builtin.fileURLToPath(new URL("./knowledge-base.json", import.meta.url));

let cached;

/** The knowledge base the CLI runs on; read once per process (it is read-only). */
function loadCompiledKnowledgeBase(file = COMPILED_PATH) {
  if (file === COMPILED_PATH && cached) return cached;
  const kb = loadKnowledgeBaseFromJson(JSON.parse(__builtin$1.readFileSync(file, "utf8")) );
  if (file === COMPILED_PATH) cached = kb;
  return kb;
}

export { COMPILED_PATH, loadCompiledKnowledgeBase };
