// The team's reference data in ../shared (license texts no npm package ships) sits beside our
// checkouts and CI's, never beside a user's fresh clone. Tests that need it skip there with one
// visible line; CI sets MODEL_PROVENANCE_REQUIRE_SHARED=1 so that the same tests fail instead of
// skipping when the data has gone missing.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED_DIR = path.resolve(REPO, "../shared");
export const SHARED_LICENSES = path.join(SHARED_DIR, "licenses");

export const sharedPresent = existsSync(path.join(SHARED_LICENSES, "manifest.json"));
const required = process.env.CI === "true" && process.env.MODEL_PROVENANCE_REQUIRE_SHARED === "1";

/**
 * True when ../shared/licenses is there. When it is not, prints one line naming what is skipped,
 * or throws when CI requires the data (the importing test file then fails).
 */
export function needsShared(what: string): boolean {
  if (sharedPresent) return true;
  if (required) throw new Error(`MODEL_PROVENANCE_REQUIRE_SHARED=1, but ${SHARED_LICENSES}/manifest.json is missing (needed by ${what})`);
  console.warn(`skipped: ${what} needs the reference license texts in ../shared/licenses, which a fresh clone has not`);
  return false;
}
