// Guards over the registry: unique ids, complete metadata, every message exercised by the docs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHECKS } from "../../src/checks/index.js";

describe("check registry", () => {
  it("has unique kebab-case ids", () => {
    const ids = CHECKS.map((c) => c.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("includes every check the product promises", () => {
    const ids = CHECKS.map((c) => c.meta.id);
    for (const id of [
      "license-exceeds-data-rights",
      "license-missing",
      "license-mismatch",
      "license-unrecognized",
      "training-data-undisclosed",
      "dataset-unknown",
      "base-model-terms-violated",
      "attribution-missing",
      "card-malformed",
      "policy-invalid",
      "waiver-expired",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("gives every check a description, docs and at least one message", () => {
    for (const c of CHECKS) {
      expect(c.meta.description.length).toBeGreaterThan(20);
      expect(c.meta.docs.length).toBeGreaterThan(20);
      expect(Object.keys(c.meta.messages).length).toBeGreaterThan(0);
    }
  });

  it("documents every check in docs/checks.md", () => {
    const docs = readFileSync(new URL("../../docs/checks.md", import.meta.url), "utf8");
    for (const c of CHECKS) expect(docs).toContain(`## ${c.meta.id}`);
  });

  it("has a test that names each check", () => {
    const tests = ["license-exceeds-data-rights", "license-basics", "lineage-and-data", "input-and-policy"]
      .map((f) => readFileSync(new URL(`./${f}.test.ts`, import.meta.url), "utf8"))
      .join("\n");
    for (const c of CHECKS) expect(tests).toContain(c.meta.id);
  });
});

describe("tool version", () => {
  it("matches package.json, so reports name the version that produced them", async () => {
    const { TOOL } = await import("../../src/version.js");
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { name: string; version: string };
    expect(TOOL).toEqual({ name: pkg.name, version: pkg.version });
  });
});
