// Entry of the CLI's bundle (dist/cli.js): the CLI with the knowledge base compiled into the
// bundle, since rules/ is not installed beside it. bin/model-provenance.js calls runCli().
import rules from "virtual:model-provenance/rules";
import { loadKnowledgeBaseFromJson } from "../kb/knowledge-base.js";
import { main as mainWith, runCli as runWith, type Io } from "../cli.js";

const knowledgeBase = () => loadKnowledgeBaseFromJson(rules);

export function runCli(): Promise<void> {
  return runWith({ knowledgeBase });
}

/** The CLI in-process, as the bin runs it (for tests of the bundle). */
export function main(argv: string[], io: Io): Promise<number> {
  return mainWith(argv, { knowledgeBase, ...io });
}
