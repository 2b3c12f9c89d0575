import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
/** Beside the bundle (scripts/build-action.ts builds it from src/cli/preread-worker.ts). */
const prereadWorker = new URL("./preread-worker.js", import.meta.url);

async function fullCli() {
  const [{ loadCompiledKnowledgeBase }, cli] = await Promise.all([import('./compiled.js'), import('./cli2.js').then(n => n.c)]);
  return { cli, deps: { knowledgeBase: () => loadCompiledKnowledgeBase(), prereadWorker } };
}

async function runCli() {
  const args = process.argv.slice(2);
  if (args[0] === "license" && (await (await import('./license-bin.js')).runLicense(args.slice(1)))) return;
  const { cli, deps } = await fullCli();
  return cli.runCli(deps);
}

/** The CLI in-process, as the bin runs it (for tests of the bundle). */
async function main(argv, io) {
  const { cli, deps } = await fullCli();
  return cli.main(argv, { ...deps, ...io });
}

export { main, runCli };
