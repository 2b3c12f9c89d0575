#!/usr/bin/env node
// The installed command. It only calls the bundled CLI (dist/cli.js, built from src/ by
// `npm run build:action`), unconditionally: an entry guard comparing argv[1] fails through npm's bin symlink.
import { runCli } from "../dist/cli.js";

await runCli();
