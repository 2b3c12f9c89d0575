import { execFileSync } from "node:child_process";
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import type * as Sarif from "sarif";
import { afterAll, describe, expect, it } from "vitest";
import { CHECKS } from "../../src/checks/index.js";
import { docsUrl } from "../../src/checks/types.js";
import { main } from "../../src/cli.js";
import { artifactUri, FINGERPRINT_KEY, fingerprintAll, renderSarif, toSarif } from "../../src/render/sarif.js";
import type { Report } from "../../src/report.js";
import { card, check } from "../helpers.js";
import { attribution, exceeds, expired, finding, full, model, report } from "./fixture.js";

const root = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
const require = createRequire(import.meta.url);

// The SARIF Multitool's npm package is a self-contained .NET build; its platform package ships the
// SARIF 2.1.0 JSON schema (draft 2020-12) that the tool validates against.
const multitool: string = require("@microsoft/sarif-multitool") as string;
const schema = JSON.parse(readFileSync(path.join(path.dirname(multitool), "sarif-2.1.0.json"), "utf8")) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
// ajv-formats is CommonJS: under NodeNext its default import is the module, whose `default` is the plugin.
const addFormats = (ajvFormats as unknown as { default: typeof ajvFormats.default }).default ?? ajvFormats;
addFormats(ajv);
const validate = ajv.compile(schema);

function valid(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

let examples: Report | undefined;
async function examplesReport(): Promise<Report> {
  if (examples) return examples;
  let out = "";
  const code = await main(["check", "examples", "--format", "json", "--fail-on", "never"], { stdout: (s) => (out += s), stderr: () => {}, isTTY: false, cwd: root });
  expect(code).toBe(0);
  return (examples = JSON.parse(out) as Report);
}

const results = (log: Sarif.Log) => log.runs[0]!.results!;

describe("SARIF log", () => {
  it("validates against the SARIF 2.1.0 JSON schema (the fixture and the examples)", async () => {
    expect(valid(toSarif(full))).toEqual([]);
    expect(valid(toSarif((await examplesReport())))).toEqual([]);
    expect(valid(toSarif(report([])))).toEqual([]);
    // The schema is really applied: a wrong level is caught.
    const broken = toSarif(full);
    (results(broken)[0] as { level: string }).level = "fatal";
    expect(valid(broken).length).toBeGreaterThan(0);
  });

  it("describes the tool and has one rule per registered check", async () => {
    const driver = toSarif(full).runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: "model-provenance-check", version: full.tool.version });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules!.map((r) => r.id)).toEqual(CHECKS.map((c) => c.meta.id));
    for (const [i, r] of driver.rules!.entries()) {
      const meta = CHECKS[i]!.meta;
      expect(r.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(r.shortDescription!.text).toContain(meta.description.replace(/\.$/, ""));
      expect(r.fullDescription!.text).toContain(meta.docs.replace(/\.$/, ""));
      expect(r.help!.text).toContain("How to fix");
      expect(r.help!.markdown).toContain("## How to fix");
      expect(r.help!.markdown).toContain(`check: ${meta.id}`);
      expect(r.helpUri).toBe(docsUrl(meta.id));
      expect(r.defaultConfiguration!.level).toBe(meta.defaultSeverity);
    }
  });

  it("reports each finding against its rule, level and place, with evidence and fix in the message", async () => {
    const log = toSarif(full);
    const rules = log.runs[0]!.tool.driver.rules!;
    expect(results(log)).toHaveLength(4);
    for (const r of results(log)) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
    const r = results(log).find((x) => x.ruleId === "license-exceeds-data-rights")!;
    expect(r.level).toBe("error");
    expect(r.message.text).toContain("laion-2b-en does not support");
    expect(r.message.text).toContain("dataset laion-2b-en: LAION-2B-en is copyrighted web content (models/sd/README.md:12).");
    expect(r.message.text).toContain("https://eur-lex.europa.eu/eli/dir/2019/790/oj § Art. 3");
    expect(r.message.text).toMatch(/\nFix: License the weights for research only, or retrain on data that supports commercial use\.$/);
    expect(r.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "models/sd/README.md" },
      region: { startLine: 3, startColumn: 10 },
    });
    expect(r.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: "models/sd/README.md" }, region: { startLine: 12, startColumn: 3 } }, message: { text: "LAION-2B-en is copyrighted web content." } },
    ]);
    expect(results(log).find((x) => x.ruleId === "waiver-expired")).toMatchObject({ level: "warning", locations: [{ physicalLocation: { artifactLocation: { uri: ".github/model-provenance.yml" } } }] });
  });

  it("keeps waived findings as externally suppressed results, with the waiver's reason", async () => {
    const r = results(toSarif(full)).find((x) => x.ruleId === "attribution-missing")!;
    expect(r.suppressions).toEqual([{ kind: "external", status: "accepted", justification: "attribution is kept in ATTRIBUTION.md (waived until 2027-01-01)" }]);
    expect(results(toSarif(full)).filter((x) => x.suppressions)).toHaveLength(1);
  });

  it("writes repository-relative URIs with forward slashes", async () => {
    expect(artifactUri("models\\sd\\README.md")).toBe("models/sd/README.md");
    expect(artifactUri("./models/my model/README.md")).toBe("models/my%20model/README.md");
    expect(artifactUri("README.md", { uriPrefix: "./models/" })).toBe("models/README.md");
    expect(artifactUri(".", { uriPrefix: "models" })).toBe("models");
    for (const r of results(toSarif((await examplesReport())))) {
      const uri = r.locations![0]!.physicalLocation!.artifactLocation!.uri!;
      expect(uri).toMatch(/^examples\/[^\\]+$/);
    }
  });

  it("names the automation category when asked", async () => {
    expect(toSarif(full, { automationId: "model-provenance/" }).runs[0]!.automationDetails).toEqual({ id: "model-provenance/" });
    expect(renderSarif(full).endsWith("}\n")).toBe(true);
  });
});

describe("SARIF fingerprints", () => {
  const moved = (f: typeof exceeds, by: number) => ({
    ...f,
    location: { ...f.location, line: f.location.line + by },
    evidence: f.evidence.map((e) => (e.location ? { ...e, location: { ...e.location, line: e.location.line + by } } : e)),
  });

  it("do not change when a finding's line moves", async () => {
    const before = fingerprintAll([exceeds, attribution, expired]);
    const after = fingerprintAll([moved(exceeds, 7), moved(attribution, 7), moved(expired, 2)]);
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(3);
  });

  it("change with what the finding is about: another dataset, file or check", async () => {
    const base = fingerprintAll([exceeds])[0];
    const otherData = { ...exceeds, evidence: exceeds.evidence.map((e) => (e.about === "dataset" ? { ...e, id: "laion-5b" } : e)) };
    expect(fingerprintAll([otherData])[0]).not.toBe(base);
    expect(fingerprintAll([{ ...exceeds, location: { ...exceeds.location, file: "models/other/README.md" } }])[0]).not.toBe(base);
    expect(fingerprintAll([{ ...exceeds, checkId: "policy-denied" }])[0]).not.toBe(base);
  });

  it("tell identical findings apart by their order, not their lines", async () => {
    const a = finding({ checkId: "dataset-unknown", location: { file: "m/README.md", line: 4, column: 1 } });
    const b = { ...a, location: { ...a.location, line: 9 } };
    const [fa, fb] = fingerprintAll([a, b]);
    expect(fa).not.toBe(fb);
    expect(fa!.endsWith(":1") && fb!.endsWith(":2")).toBe(true);
    expect(fingerprintAll([moved(a, 3), moved(b, 3)])).toEqual([fa, fb]);
  });

  it("survive an unrelated edit that moves the card's lines (real pipeline)", async () => {
    const meta = "license: apache-2.0\ndatasets:\n  - some-org/unknown-data";
    const before = toSarif(check({ "m/README.md": card(meta, "# M\n") }));
    const after = toSarif(check({ "m/README.md": card(`language: en\ntags:\n  - text\n${meta}`, "# M\n\nMore words.\n") }));
    const key = (log: Sarif.Log) => results(log).map((r) => [r.ruleId, r.partialFingerprints![FINGERPRINT_KEY]]);
    const lines = (log: Sarif.Log) => results(log).map((r) => r.locations![0]!.physicalLocation!.region!.startLine);
    expect(results(before).length).toBeGreaterThan(0);
    expect(lines(after)).not.toEqual(lines(before));
    expect(key(after)).toEqual(key(before));
  });
});

describe("SARIF Multitool (Microsoft) validate --rule-kind Gh;Sarif", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mpc-sarif-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function multitoolResults(log: Sarif.Log, name: string): Sarif.Result[] {
    try {
      accessSync(multitool, constants.X_OK);
    } catch {
      chmodSync(multitool, 0o755); // what the package's own postinstall does, if install scripts were skipped
    }
    const input = path.join(dir, `${name}.sarif`);
    const output = path.join(dir, `${name}.validation.sarif`);
    writeFileSync(input, JSON.stringify(log, null, 2));
    // Called directly, not through its bin.js: that runs through a shell, which splits "Gh;Sarif" at the ';'.
    execFileSync(multitool, ["validate", "--rule-kind", "Gh;Sarif", "--level", "Error;Warning;Note", "--output", output, input], {
      encoding: "utf8",
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1" },
      timeout: 120_000,
    });
    const out = JSON.parse(readFileSync(output, "utf8")) as Sarif.Log;
    expect(out.runs[0]!.invocations?.[0]?.executionSuccessful).toBe(true);
    return out.runs[0]!.results ?? [];
  }

  it("finds no error or warning in the SARIF of the examples", async () => {
    const found = multitoolResults(toSarif((await examplesReport())), "examples");
    const serious = found.filter((r) => r.level === "error" || r.level === "warning").map((r) => `${r.ruleId}: ${JSON.stringify(r.message)}`);
    expect(serious).toEqual([]);
  });

  it("finds no error or warning in the fixture's SARIF (waivers, run-level findings, related locations)", async () => {
    const found = multitoolResults(toSarif(full), "fixture");
    expect(found.filter((r) => r.level === "error" || r.level === "warning")).toEqual([]);
    // It does look: the notes it leaves are the known ones (kebab-case rule ids, no snippets, URIs not reachable offline...).
    expect(found.length).toBeGreaterThan(0);
  });

  it("does report errors in broken logs (so a clean run means something)", async () => {
    const schemaBroken = toSarif(report([model({ path: "m", findings: [exceeds] })]));
    delete (results(schemaBroken)[0] as { message?: unknown }).message;
    const errors = (found: Sarif.Result[]) => found.filter((r) => r.level === "error").map((r) => r.ruleId);
    expect(errors(multitoolResults(schemaBroken, "schema-broken"))).toContain("JSON1002");
    const githubBroken = toSarif(report([model({ path: "m", findings: [exceeds] })]));
    delete results(githubBroken)[0]!.locations;
    expect(errors(multitoolResults(githubBroken, "github-broken"))).toEqual(expect.arrayContaining(["GH1015", "GH2012"]));
  });
});
