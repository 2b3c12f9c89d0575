#!/usr/bin/env node
// The installed command. It only calls the bundled CLI (dist/cli.js, built from src/ by
// `npm run build:action`), unconditionally: an entry guard comparing argv[1] fails through npm's bin symlink.
// dist/cli.js loads nothing itself: `license FILE` runs from its own small chunk, other commands load the CLI.
const { runCli } = await import("../dist/cli.js");
await runCli();
