// The CLI from source, for development (`npm start`, `npx tsx scripts/cli.ts check .`): the same
// runCli() as the installed command, reading rules/ instead of the bundle's compiled copy.
import { runCli } from "../src/cli.js";

await runCli();
