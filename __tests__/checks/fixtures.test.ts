// Fixture cards written in the shapes of real ones (each folder's IMITATES.md names the card);
// expected.yaml beside each lists the verdict and findings, licensee-style.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { check, findings } from "../helpers.js";

const root = fileURLToPath(new URL("../fixtures/cards/", import.meta.url));

interface Expected {
  verdict: string;
  findings: { check: string; line: number }[];
}

describe.each(readdirSync(root).sort())("fixture %s", (slug) => {
  const dir = path.join(root, slug);
  const names = readdirSync(dir);
  it("names the real card it imitates", () => {
    expect(readFileSync(path.join(dir, "IMITATES.md"), "utf8")).toMatch(/https:\/\//);
  });
  it("gives the expected verdict and findings", () => {
    const files = Object.fromEntries(
      names.filter((n) => n !== "IMITATES.md" && n !== "expected.yaml").map((n) => [`${slug}/${n}`, readFileSync(path.join(dir, n))]),
    );
    const expected = parse(readFileSync(path.join(dir, "expected.yaml"), "utf8")) as Expected;
    const report = check(files);
    const got = findings(report).map((f) => ({ check: f.checkId, line: f.location.line }));
    expect(got).toEqual(expected.findings);
    expect(report.verdict).toBe(expected.verdict);
  });
});
