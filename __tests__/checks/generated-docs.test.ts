import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checksMarkdown, reportSchemaJson, schemaJson } from "../../scripts/build-docs.js";

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), "utf8");

describe("generated docs (run npm run build:docs when these fail)", () => {
  it("docs/checks.md matches the registry", () => {
    expect(read("docs/checks.md")).toBe(checksMarkdown());
  });
  it("the policy JSON Schema matches the zod schema", () => {
    expect(read("schema/model-provenance.schema.json")).toBe(schemaJson());
  });
  it("the report JSON Schema matches the zod schema", () => {
    expect(read("schema/report.schema.json")).toBe(reportSchemaJson());
  });
});
