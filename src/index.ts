// Entry of the Action's bundle (dist/index.js): the only module with a top-level effect.
// It hands run() the knowledge base compiled into the bundle, because rules/ is not beside dist/.
import rules from "virtual:model-provenance/rules";
import { loadKnowledgeBaseFromJson } from "./kb/knowledge-base.js";
import { run } from "./action/run.js";

// Not awaited (run() reports every error itself): the chunks dist/ loads on demand import shared
// code from this module, and a module still held in a top-level await could never hand it over.
void run(process.env, { knowledgeBase: () => loadKnowledgeBaseFromJson(rules) });
