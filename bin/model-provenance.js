#!/usr/bin/env node
// The installed command. It only calls the bundled CLI (dist/cli.js, built from src/ by
// `npm run build:action`), unconditionally: an entry guard comparing argv[1] fails through npm's bin symlink.
// `license FILE` goes to its own small bundle first (src/cli/license-bin.ts): one file's license
// needs none of the rest of the CLI, which would be most of the start-up.
const args = process.argv.slice(2);
const done = args[0] === "license" && (await (await import("../dist/license-bin.js")).runLicense(args.slice(1)));
if (!done) {
  const { runCli } = await import("../dist/cli.js");
  await runCli();
}
