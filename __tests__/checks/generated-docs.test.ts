import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checksMarkdown, schemaJson } from "../../scripts/build-docs.js";

describe("generated docs", () => {
  it("docs/checks.md matches the registry (run npm run build:docs)", () => {
    expect(readFileSync(new URL("../../docs/checks.md", import.meta.url), "utf8")).toBe(checksMarkdown());
  });
  it("the policy JSON Schema matches the zod schema (run npm run build:docs)", () => {
    expect(readFileSync(new URL("../../schema/model-provenance.schema.json", import.meta.url), "utf8")).toBe(schemaJson());
  });
});
