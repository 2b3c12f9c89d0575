// The team's reference data (../shared beside the checkout) is not part of a clone: a script that
// needs it says so and exits 2 instead of failing with a stack trace.
import { existsSync } from "node:fs";
import path from "node:path";

/** `dir` when it holds `marker`; otherwise prints what is missing and exits 2. */
export function requireSharedDir(dir: string, marker: string, script: string): string {
  if (existsSync(path.join(dir, marker))) return dir;
  process.stderr.write(
    `${script}: ${path.join(dir, marker)} not found. This script needs the team's reference data (../shared beside the ` +
      `repository, or pass --shared DIR); a fresh clone does not have it.\n`,
  );
  process.exit(2);
}
