// `model-provenance license FILE` without the rest of the CLI (a chunk of its own, dist/license-bin.js). One
// file's license needs the identifier and a file read; the checks, renderers, knowledge base and Hub
// client (about half of a start-up's time, most of it compiling code never run) are not loaded.
// The bundle's entry (bundle.ts) comes here first for `license`; anything this path does not handle as the
// full CLI would (a usage error, whose message carries the full usage text) goes to the full CLI.
import { UsageError } from "./args.js";
import { license } from "./license.js";

/** Runs `license ARGS`; false when the full CLI must run instead (nothing was written then). */
export async function runLicense(args: string[]): Promise<boolean> {
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
