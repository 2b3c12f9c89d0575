// rules/licenses/fingerprints.json is generated; it must equal a fresh build from the same inputs, so
// it never drifts from the normaliser, the reference texts or the license catalogue.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildFingerprints, serialiseFingerprints } from "../../src/identify/build.js";
import { needsShared } from "../shared.js";
import { buildInputs, RULES } from "./references.js";

describe("fingerprints.json", () => {
  it.skipIf(!needsShared("fingerprints-fresh.test.ts: the fresh build of fingerprints.json"))("equals a fresh build (run npm run build:fingerprints after changing the normaliser, texts or catalogue)", () => {
    const fresh = serialiseFingerprints(buildFingerprints(buildInputs()));
    const committed = readFileSync(path.join(RULES, "licenses/fingerprints.json"), "utf8");
    // Compare line by line so a failure names the license that drifted instead of printing the file.
    const a = committed.split("\n");
    const b = fresh.split("\n");
    const drifted = b.map((line, i) => (line === a[i] ? null : (line.match(/^\{"key":"([^"]+)"/)?.[1] ?? `line ${i + 1}`))).filter((x) => x !== null);
    expect(drifted.slice(0, 10)).toEqual([]);
    expect(a.length).toBe(b.length);
  });

  it("holds no license text: outside the vocabulary (one word list), no run of 20 words (license names are shorter)", () => {
    const committed = readFileSync(path.join(RULES, "licenses/fingerprints.json"), "utf8");
    const body = committed.replace(/"vocabulary":"[^"]*"/, "");
    expect(body.match(/(?:[A-Za-z']+[ ,.;:]+){20}/g) ?? []).toEqual([]);
  });
});
