// One home: the repository slug is written once (package.json `repository`, mirrored in
// src/version.ts), and every `uses:` line, link and file the docs give follows from it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { MAJOR_TAG, REPOSITORY, TOOL, USES } from "../../src/version.js";
import { ROOT } from "./helpers.js";

const read = (f: string) => readFileSync(path.join(ROOT, f), "utf8");
const pkg = JSON.parse(read("package.json")) as Record<string, unknown> & { repository: { url: string }; bin: Record<string, string>; engines: { node: string } };
const docs = ["README.md", ...readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

describe("one home", () => {
  it("package.json names the repository src/version.ts links to, and its version", () => {
    expect(pkg.repository.url).toBe(`git+https://github.com/${REPOSITORY}.git`);
    expect(pkg.version).toBe(TOOL.version);
    expect(MAJOR_TAG).toBe(`v${TOOL.version.split(".")[0]}`);
  });

  it("every doc gives the one `uses:` line, and links only this repository", () => {
    for (const file of docs) {
      const text = read(file);
      for (const m of text.matchAll(/uses: (\S*model-provenance-check\S*)/g)) expect(m[1], file).toBe(USES);
      for (const m of text.matchAll(/github\.com\/([\w.-]+\/model-provenance-check)\b/g)) expect(m[1], file).toBe(REPOSITORY);
      expect(text, file).not.toMatch(/your-org\//);
    }
  });

  it("has the LICENSE package.json names, a CHANGELOG section for this version, and Marketplace metadata", () => {
    expect(pkg.license).toBe("Apache-2.0");
    expect(read("LICENSE")).toMatch(/Apache License\s+Version 2\.0, January 2004/);
    expect(read("CHANGELOG.md")).toContain(`## [${TOOL.version}]`);
    const action = parse(read("action.yml")) as { name: string; description: string; author: string; branding: { icon: string; color: string } };
    expect(action.description.length).toBeLessThanOrEqual(125);
    expect(action.author).not.toMatch(/^model-provenance-check$|your|todo/i);
    expect(action.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) });
  });

  it("the bin is a tiny file that only calls the bundled CLI (or, for `license FILE`, its small bundle)", () => {
    const bin = read(pkg.bin["model-provenance"]!);
    expect(bin.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(bin.split("\n").filter((l) => l.trim() && !l.trim().startsWith("//")).length).toBeLessThanOrEqual(8);
    expect(bin).toMatch(/import\("\.\.\/dist\/cli\.js"\)/);
    // An entry guard comparing argv[1] with this file fails through npm's bin symlink.
    expect(bin).not.toMatch(/process\.argv\[1\]/);
    for (const [, target] of bin.matchAll(/import\("\.\.\/(dist\/[\w-]+\.js)"\)/g)) expect(existsSync(path.join(ROOT, target!)), target).toBe(true);
  });

  it("engines: what the bundled dependencies need (@cyclonedx/cyclonedx-library: >=20.18.0)", () => {
    const cdx = JSON.parse(read("node_modules/@cyclonedx/cyclonedx-library/package.json")) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(cdx.engines.node);
    expect(pkg.dependencies, "the package is a bundle: nothing to install at run time").toBeUndefined();
  });
});
