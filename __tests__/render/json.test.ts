// The JSON report (schemaVersion 2.0): citations stored once and referenced by index, one model per
// line, valid against the published schema, and read back into the same Report.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { renderJson } from "../../src/render/json.js";
import { readReport, ReportFormatError, type Report } from "../../src/report.js";
import { check } from "../helpers.js";
import { exceeds, finding, model, report } from "./fixture.js";

const schema = JSON.parse(readFileSync(new URL("../../schema/report.schema.json", import.meta.url), "utf8")) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const cited = (url: string) => finding({ checkId: "dataset-unknown", model: "models/b", evidence: [{ about: "dataset", statement: "s", sources: [{ url }] }] });
const fixture: Report = report(
  [model({ path: "models/sd", findings: [exceeds] }), model({ path: "models/b", findings: [cited("https://eur-lex.europa.eu/eli/dir/2019/790/oj"), cited("https://example.org/b")] })],
  [finding({ checkId: "waiver-expired", evidence: [{ about: "policy", statement: "expired", sources: [{ url: "https://example.org/openrail" }] }] })],
  ["a note"],
);
const examples = check(
  Object.fromEntries(
    ["stable-diffusion-v1/README.md", "openrail-finetune-mit/README.md", "license-mismatch/README.md", "license-mismatch/LICENSE"].map((p) => [p, readFileSync(new URL(`../../examples/${p}`, import.meta.url))]),
  ),
);

describe("renderJson", () => {
  it("stores each citation once and refers to it by index from every evidence", () => {
    const json = JSON.parse(renderJson(fixture)) as { sources: { url: string; section?: string }[]; models: { findings: { evidence: { sources?: number[] }[] }[] }[]; findings: { evidence: { sources?: number[] }[] }[] };
    expect(json.sources).toEqual([{ url: "https://example.org/openrail" }, { url: "https://eur-lex.europa.eu/eli/dir/2019/790/oj", section: "Art. 3" }, { url: "https://eur-lex.europa.eu/eli/dir/2019/790/oj" }, { url: "https://example.org/b" }]);
    // The run's findings are written first, so the policy's citation is index 0 and the model's OpenRAIL one reuses it.
    expect(json.findings[0]!.evidence[0]!.sources).toEqual([0]);
    expect(json.models[0]!.findings[0]!.evidence.map((e) => e.sources)).toEqual([[0], undefined, [1]]);
    expect(json.models[1]!.findings.map((f) => f.evidence[0]!.sources)).toEqual([[2], [3]]);
  });

  it("writes one model per line", () => {
    const lines = renderJson(examples).split("\n");
    for (const m of examples.models) expect(lines.filter((l) => l.includes(`"path":${JSON.stringify(m.path)}`))).toHaveLength(1);
  });

  it("satisfies the published JSON Schema", () => {
    for (const r of [fixture, examples]) {
      const ok = validate(JSON.parse(renderJson(r)));
      expect(ok ? [] : validate.errors).toEqual([]);
    }
  });

  it("is much smaller than the report with citations repeated on every evidence", () => {
    const repeated = JSON.stringify(examples);
    // The citations are what is stored once; messages and each model's coherent fix are not repeated citations.
    expect(renderJson(examples).length).toBeLessThan(repeated.length * 0.85);
  });
});

describe("readReport", () => {
  it("gives back the report that was written, citations restored", () => {
    expect(readReport(renderJson(fixture))).toEqual(fixture);
    expect(readReport(renderJson(examples))).toEqual(examples);
  });

  it("names what is wrong with a file that is not a 2.0 report", () => {
    const good = renderJson(fixture);
    expect(() => readReport("{", "shard-1.json")).toThrow(/shard-1.json is not JSON/);
    expect(() => readReport(good.replace('"schemaVersion":"2.0"', '"schemaVersion":"1.0"'), "shard-1.json")).toThrow(/shard-1.json has schemaVersion "1.0"; this version reads 2.0/);
    expect(() => readReport(good.replace('"verdict":"fail"', '"verdict":"red"'))).toThrow(ReportFormatError);
    expect(() => readReport(good.replace('"sources":[3]', '"sources":[9]'))).toThrow(/cites source 9/);
  });
});
