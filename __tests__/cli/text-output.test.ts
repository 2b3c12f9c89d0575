// The text report a person reads: ESLint's shape (a line a model, an aligned line a finding, a
// tally), within 160 columns, coloured only when asked, with the evidence behind --verbose.
import { describe, expect, it } from "vitest";
import { cli, widthsWithoutPaths } from "./helpers.js";

// eslint-disable-next-line no-control-regex -- an ANSI colour sequence is what it looks for
const ANSI = /\x1b\[[0-9;]*m/;

describe("check's text report on the five examples", async () => {
  const plain = await cli(["check", "examples"]);
  const lines = plain.stdout.trimEnd().split("\n");

  it("is one line a model and one a finding, then a tally, in at most 40 lines; exit 1", () => {
    expect(plain.code).toBe(1);
    expect(lines.length).toBeLessThanOrEqual(40);
    for (const m of ["stable-diffusion-v1", "public-domain-diffusion", "openrail-finetune-mit", "llm-undisclosed", "license-mismatch"]) {
      expect(lines.filter((l) => l.startsWith(`examples/${m} `))).toHaveLength(1);
    }
    expect(lines.filter((l) => /^ {2}(error|warning|note) /.test(l))).toHaveLength(6);
    expect(lines.find((l) => l.startsWith("examples/stable-diffusion-v1 "))).toMatch(/FAIL\s+creativeml-openrail-m$/);
    expect(plain.stdout).toMatch(/✖ FAIL {2}5 models checked \(3 fail, 1 warn, 1 pass\): 4 errors, 2 warnings/);
  });

  it("aligns the columns of the findings and names file:line, the check and a fix", () => {
    const rows = lines.filter((l) => /^ {2}(error|warning) /.test(l));
    const at = (re: RegExp) => new Set(rows.map((r) => r.search(re)));
    expect(at(/\b(license|training|base)-[a-z-]+ /).size).toBe(1);
    expect(at(/README\.md:\d+/).size).toBe(1);
    for (const r of rows) expect(r).toMatch(/README\.md:\d+ +\S.* {2}fix: \S/);
  });

  it("keeps every line within 160 characters, not counting paths, with no colour when not asked", () => {
    expect(Math.max(...widthsWithoutPaths(plain.stdout))).toBeLessThanOrEqual(160);
    expect(plain.stdout).not.toMatch(ANSI);
  });

  it("prints the run-wide note once", () => {
    expect(plain.stdout.match(/^note: /gm)).toHaveLength(1);
  });
});

describe("colour", () => {
  it("follows FORCE_COLOR, NO_COLOR, --color and --no-color, flags first", async () => {
    expect((await cli(["check", "examples"], { env: { FORCE_COLOR: "1" } })).stdout).toMatch(ANSI);
    expect((await cli(["check", "examples"], { env: { FORCE_COLOR: "0" }, isTTY: true })).stdout).not.toMatch(ANSI);
    expect((await cli(["check", "examples"], { env: { NO_COLOR: "1" }, isTTY: true })).stdout).not.toMatch(ANSI);
    expect((await cli(["check", "examples"], { isTTY: true })).stdout).toMatch(ANSI);
    expect((await cli(["check", "examples", "--no-color"], { env: { FORCE_COLOR: "1" } })).stdout).not.toMatch(ANSI);
    expect((await cli(["check", "--color", "examples"], { env: { NO_COLOR: "1" } })).stdout).toMatch(ANSI);
    expect((await cli(["check", "examples", "--format", "json"], { env: { FORCE_COLOR: "1" } })).stdout).not.toMatch(ANSI);
  });
});

describe("--verbose", () => {
  it("shows the evidence chain, the full fix and the numbered sources", async () => {
    const r = await cli(["check", "examples/stable-diffusion-v1", "--verbose"]);
    expect(r.stdout).toMatch(/^ {6}why:$/m);
    expect(r.stdout).toMatch(/- legal-basis eu-dsm-art3: [^\n]*(\n {10}[^\n]*)*\[\d+\]/);
    expect(r.stdout).toMatch(/^ {6}fix: No license in the catalogue carries everything by itself: license the weights under/m);
    expect(r.stdout).toMatch(/^sources:\n {2}\[1\] https:\/\//m);
    // Each URL is listed once however many findings cite it.
    const urls = [...r.stdout.matchAll(/^ {2}\[\d+\] (\S+)$/gm)].map((m) => m[1]);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
