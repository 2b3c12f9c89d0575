import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { loadCompiledKnowledgeBase } from './compiled.js';
import { a as analyze$1 } from './pipeline.js';
export { R as REPORT_SCHEMA_VERSION, T as TOOL } from './pipeline.js';
export { r as readWorkspace } from './workspace.js';
export { renderJson } from './json.js';
export { r as renderMarkdown } from './markdown.js';
export { r as renderText } from './text.js';
export { renderSarif } from './sarif.js';
import './_builtin_fs.js';
import 'node:module';
import './_builtin_url.js';
import './knowledge-base.js';
import './own-data.js';
import './_builtin_path_posix.js';
import './_builtin_crypto.js';
import './governing.js';
import './_builtin_process.js';
import './_builtin_buffer.js';
import './_builtin_path.js';
import './_commonjs_helpers.js';
import './words.js';

// The package's programmatic entry (`import { analyze } from "model-provenance-check"`, bundled
// as dist/api.js): the same pure analysis the CLI and the Action run, with the knowledge base
// compiled artefact beside the bundle, and the renderers of its report.

/** The knowledge base this version ships (rules/compiled/knowledge-base.json, validated when it was built). */
function knowledgeBase() {
  return loadCompiledKnowledgeBase();
}

/** Analyses the given files (cards, license files, dataset cards) under the given or default policy. */
function analyze(input) {
  return analyze$1({ ...input, kb: input.kb ?? knowledgeBase() });
}

export { analyze, knowledgeBase };
