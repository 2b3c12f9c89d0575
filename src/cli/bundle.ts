// Entry of the CLI's bundle (dist/cli.js): the CLI with the compiled knowledge base copied beside
// the bundle (dist/knowledge-base.json), since rules/ is not installed. bin/model-provenance.js calls runCli().
import { loadCompiledKnowledgeBase } from "../kb/compiled.js";
import { main as mainWith, runCli as runWith, type Io } from "../cli.js";

const knowledgeBase = () => loadCompiledKnowledgeBase();
/** Beside the bundle (scripts/build-action.ts builds it from src/cli/preread-worker.ts). */
const prereadWorker = new URL("./preread-worker.js", import.meta.url);

export function runCli(): Promise<void> {
  return runWith({ knowledgeBase, prereadWorker });
}

/** The CLI in-process, as the bin runs it (for tests of the bundle). */
export function main(argv: string[], io: Io): Promise<number> {
  return mainWith(argv, { knowledgeBase, prereadWorker, ...io });
}
