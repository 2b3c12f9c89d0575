import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { U as UsageError } from './args.js';
import { license } from './license.js';
import './_builtin_util.js';
import 'node:module';
import './_builtin_path.js';
import './workspace.js';
import './_builtin_fs.js';
import './_builtin_path_posix.js';
import './_commonjs_helpers.js';

// `model-provenance license FILE` without the rest of the CLI (a chunk of its own, dist/license-bin.js). One
// file's license needs the identifier and a file read; the checks, renderers, knowledge base and Hub
// client (about half of a start-up's time, most of it compiling code never run) are not loaded.
// The bundle's entry (bundle.ts) comes here first for `license`; anything this path does not handle as the
// full CLI would (a usage error, whose message carries the full usage text) goes to the full CLI.

/** Runs `license ARGS`; false when the full CLI must run instead (nothing was written then). */
async function runLicense(args) {
  try {
    process.exitCode = await license(args, {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      isTTY: Boolean(process.stdout.isTTY),
      cwd: process.cwd(),
    });
    return true;
  } catch (e) {
    if (e instanceof UsageError) return false;
    throw e;
  }
}

export { runLicense };
