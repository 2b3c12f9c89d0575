// Entry of the Action's bundle (dist/index.js): the only module with a top-level effect.
// The knowledge base is the compiled artefact the CLI loads too, copied beside the bundle.
import { loadCompiledKnowledgeBase } from "./kb/compiled.js";
import { run } from "./action/run.js";

// Not awaited (run() reports every error itself): the chunks dist/ loads on demand import shared
// code from this module, and a module still held in a top-level await could never hand it over.
void run(process.env, { knowledgeBase: () => loadCompiledKnowledgeBase() });
