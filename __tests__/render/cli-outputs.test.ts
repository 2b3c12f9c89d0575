// CLI parity: `check --sarif/--badge/--badge-json/--bom` and `bom` write what the renderers produce.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Spec, Validation } from "@cyclonedx/cyclonedx-library";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { renderBadgeJson, renderBadgeSvg } from "../../src/render/badge.js";
import { renderSarif } from "../../src/render/sarif.js";
import { readReport, type Report } from "../../src/report.js";

const root = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
const dir = mkdtempSync(path.join(os.tmpdir(), "mpc-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], cwd = root) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, cwd });
  return { code, stdout, stderr };
}

const out = (name: string) => path.join(dir, name);

const files = { sarif: out("nested/results.sarif"), badge: out("badge.svg"), json: out("badge.json"), bom: out("bom.cdx.json") };
const result = (await run([
  "check",
  "examples",
  "--format",
  "json",
  "--fail-on",
  "never",
  "--sarif",
  files.sarif,
  "--badge",
  files.badge,
  "--badge-json",
  files.json,
  "--bom",
  files.bom,
]));
const report: Report = readReport(result.stdout);

describe("model-provenance check --sarif --badge --badge-json --bom", () => {

  it("still prints the report and exits as before", async () => {
    expect(result.code).toBe(0);
    expect(report.models.length).toBeGreaterThan(0);
  });

  it("writes each format, creating folders, with the renderers' output for the same report", async () => {
    expect(readFileSync(files.sarif, "utf8")).toBe(renderSarif(report));
    expect(readFileSync(files.badge, "utf8")).toBe(renderBadgeSvg(report));
    expect(readFileSync(files.json, "utf8")).toBe(renderBadgeJson(report));
    expect(JSON.parse(readFileSync(files.json, "utf8"))).toMatchObject({ schemaVersion: 1, label: "provenance", color: "red" });
  });

  it("writes a valid BOM with a serial number and timestamp of its own", async () => {
    const text = readFileSync(files.bom, "utf8");
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text)).toBeNull();
    const bom = JSON.parse(text) as { serialNumber: string; metadata: { timestamp: string } };
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(bom.metadata.timestamp))).toBe(false);
  });

  it("overwrites a file the user named", async () => {
    writeFileSync(out("again.sarif"), "old");
    expect((await run(["check", "examples/public-domain-diffusion", "--sarif", out("again.sarif")])).code).toBe(0);
    expect(readFileSync(out("again.sarif"), "utf8")).toMatch(/^\{\n {2}"\$schema"/);
  });

  it("writes outputs relative to the working directory", async () => {
    const rel = path.relative(root, out("relative-badge.json"));
    expect((await run(["check", "examples/public-domain-diffusion", "--badge-json", rel])).code).toBe(0);
    expect(JSON.parse(readFileSync(out("relative-badge.json"), "utf8"))).toMatchObject({ message: "verified", color: "green" });
  });
});

describe("model-provenance bom", () => {
  it("prints the BOM to stdout and exits 0 even when findings fail the check", async () => {
    const r = (await run(["bom", "examples"]));
    expect(r.code).toBe(0);
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(r.stdout)).toBeNull();
    const bom = JSON.parse(r.stdout) as { components: { type: string }[] };
    expect(bom.components.filter((c) => c.type === "machine-learning-model")).toHaveLength(5);
  });

  it("writes --output, and reports usage errors with exit 2", async () => {
    expect((await run(["bom", "examples/stable-diffusion-v1", "--output", out("sd.cdx.json")])).code).toBe(0);
    expect(existsSync(out("sd.cdx.json"))).toBe(true);
    const missing = (await run(["bom", "no-such-folder"]));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file or directory");
    expect((await run(["bom", "--bogus"])).code).toBe(2);
  });

  it("is in the usage text", async () => {
    const help = (await run(["--help"]));
    expect(help.stdout).toContain("bom [PATH...]");
    expect(help.stdout).toContain("--sarif FILE");
  });
});
