// Entry of the CLI's bundle (dist/cli.js): the CLI with the compiled knowledge base copied beside
// the bundle (dist/knowledge-base.json), since rules/ is not installed. bin/model-provenance.js calls runCli().
// The entry itself loads nothing: `license FILE` runs from its own small chunk (license-bin.ts), which
// needs none of the rest of the CLI (the checks, renderers, knowledge base: most of a start-up);
// every other command, and a `license` call it leaves to the full CLI, loads the CLI.
import type { Io } from "../cli.js";

/** Beside the bundle (scripts/build-action.ts builds it from src/cli/preread-worker.ts). */
const prereadWorker = new URL("./preread-worker.js", import.meta.url);

async function fullCli() {
  const [{ loadCompiledKnowledgeBase }, cli] = await Promise.all([import("../kb/compiled.js"), import("../cli.js")]);
  return { cli, deps: { knowledgeBase: () => loadCompiledKnowledgeBase(), prereadWorker } };
}

export async function runCli(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "license" && (await (await import("./license-bin.js")).runLicense(args.slice(1)))) return;
  const { cli, deps } = await fullCli();
  return cli.runCli(deps);
}

/** The CLI in-process, as the bin runs it (for tests of the bundle). */
export async function main(argv: string[], io: Io): Promise<number> {
  const { cli, deps } = await fullCli();
  return cli.main(argv, { ...deps, ...io });
}
