// Reference texts for the identification tests: every SPDX license text (npm spdx-license-list) and
// every model license in ../shared/licenses, with the fingerprint key each must be identified as.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { loadBuildInputs, type ReferenceText } from "../../src/identify/build.js";
import { fingerprintIndex } from "../../src/identify/fingerprints.js";
import { normalise } from "../../src/identify/normalise.js";

import { REPO, SHARED_LICENSES, sharedPresent } from "../shared.js";

export { REPO, SHARED_LICENSES };
export const RULES = path.join(REPO, "rules");

let inputs: ReturnType<typeof loadBuildInputs> | undefined;

export function buildInputs(): ReturnType<typeof loadBuildInputs> {
  return (inputs ??= loadBuildInputs({ sharedDir: SHARED_LICENSES, rulesDir: RULES }));
}

export interface Reference extends ReferenceText {
  /** The key identifyLicense must return for this text. */
  key: string;
  model: boolean;
}

/** All reference texts with their expected keys (the key of the fingerprint of their normalised text). */
export function references(): Reference[] {
  const index = fingerprintIndex();
  return buildInputs().texts.map((t) => {
    const sha = createHash("sha256").update(normalise(t.text).text, "utf8").digest("hex");
    const variant = index.byHash.get(sha);
    if (!variant) throw new Error(`${t.id}: no fingerprint for its text; run npm run build:fingerprints`);
    return { ...t, key: index.licenses[variant.license]!.key, model: t.origin === "shared" };
  });
}

/** The text of one reference, by SPDX id or Hub id (Hub ids need ../shared/licenses). */
export function textOf(id: string): string {
  if (!sharedPresent) {
    const spdx = createRequire(import.meta.url)("spdx-license-list/full") as Record<string, { licenseText: string }>;
    const text = spdx[id]?.licenseText;
    if (text === undefined) throw new Error(`no SPDX text ${id}, and ../shared/licenses is absent`);
    return text;
  }
  const t = buildInputs().texts.find((r) => r.id === id);
  if (!t) throw new Error(`no reference text ${id}`);
  return t.text;
}
