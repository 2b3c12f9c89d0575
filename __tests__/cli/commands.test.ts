// The commands around `check`: exit statuses, file PATHs, init, license, --changed-since, formats.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolicy } from "../../src/policy/load.js";
import { CHECK_IDS } from "../../src/checks/index.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { POLICY_SCHEMA_URL } from "../../src/version.js";
import { cli, tree } from "./helpers.js";

const card = (front: string, body = "# A model\n") => `---\n${front}\n---\n${body}`;

describe("exit statuses", () => {
  it("is 2, not a pass, when no model is checked", async () => {
    const empty = tree({ "notes.txt": "nothing here" });
    const r = await cli(["check", "."], { cwd: empty });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/No model checked/);
    expect(r.stdout).not.toMatch(/PASS/);
    expect(r.stderr).toMatch(/no model was checked/);
  });

  it("is 2, never 1, when the run crashes, and says so", async () => {
    const r = await cli(["check", "examples"], {
      knowledgeBase: () => {
        throw new TypeError("boom");
      },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/internal error.*TypeError: boom/s);
  });

  it("--help and --version exit 0; no command exits 2", async () => {
    expect((await cli(["--help"])).code).toBe(0);
    expect((await cli(["check", "--help"])).stdout).toMatch(/--changed-since REF/);
    expect((await cli(["--version"])).stdout).toMatch(/^model-provenance-check \d+\.\d+\.\d+\n$/);
    expect((await cli([])).code).toBe(2);
  });
});

describe("a file PATH checks its model's folder", () => {
  it("the license-mismatch example's README alone still fails on its LICENSE", async () => {
    const r = await cli(["check", "examples/license-mismatch/README.md", "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.models.map((m: { path: string }) => m.path)).toEqual(["examples/license-mismatch"]);
    expect(report.models[0].findings.map((f: { checkId: string }) => f.checkId)).toContain("license-mismatch");
  });

  it("a LICENSE file, or a file deeper in the model, finds the folder with the card", async () => {
    const dir = tree({ "m/README.md": card("license: mit"), "m/LICENSE": "Apache License\nVersion 2.0, January 2004\n", "m/weights/notes/LICENSE.txt": "x" });
    for (const file of ["m/LICENSE", "m/weights/notes/LICENSE.txt"]) {
      const r = await cli(["check", file, "--format", "json"], { cwd: dir });
      expect(JSON.parse(r.stdout).models.map((m: { path: string }) => m.path)).toEqual(["m"]);
    }
  });
});

describe("init", () => {
  it("writes a starter policy that points at the published schema and changes no default", async () => {
    const dir = tree({});
    const r = await cli(["init"], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(dir, ".github/model-provenance.yml"), "utf8");
    expect(text.split("\n")[0]).toBe(`# yaml-language-server: $schema=${POLICY_SCHEMA_URL}`);
    const loaded = loadPolicy(".github/model-provenance.yml", text, { kb: loadKnowledgeBase(), checkIds: CHECK_IDS });
    expect(loaded.problems).toEqual([]);
  });

  it("never overwrites a policy", async () => {
    const dir = tree({ ".github/model-provenance.yml": "fail_on: warning\n" });
    const r = await cli(["init"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already exists/);
    expect(readFileSync(path.join(dir, ".github/model-provenance.yml"), "utf8")).toBe("fail_on: warning\n");
  });
});

describe("license FILE", () => {
  it("exits 1 when no license is recognised, 0 when one is", async () => {
    const dir = tree({ LICENSE: "All rights reserved. Ask us before you do anything with these weights.\n" });
    const r = await cli(["license", "LICENSE"], { cwd: dir });
    expect(r.stdout).toMatch(/^unrecognized/);
    expect(r.code).toBe(1);
    expect((await cli(["license", "examples/license-mismatch/LICENSE"])).code).toBe(0);
  });
});

describe("waiver expiries", () => {
  it("must be real calendar dates", async () => {
    const dir = tree({
      "m/README.md": card("license: mit"),
      "policy.yml": "waivers:\n  - check: license-missing\n    path: m\n    reason: accepted by legal review LR-1\n    expires: 2027-02-31\n",
    });
    const r = await cli(["check", "m", "--policy", "policy.yml", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(2);
    const invalid = JSON.parse(r.stdout).findings.find((f: { checkId: string }) => f.checkId === "policy-invalid");
    expect(invalid.message).toMatch(/real calendar date/);
    expect(invalid.location).toMatchObject({ file: "policy.yml", line: 5 });
  });
});

describe("--changed-since REF", () => {
  const git = (cwd: string, ...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { cwd, stdio: "pipe" });
  const repo = () => {
    const dir = tree({ "a/README.md": card("license: mit\ndatasets: [Spawning/PD12M]"), "b/README.md": card("license: mit\ndatasets: [Spawning/PD12M]") });
    git(dir, "init", "-q", "-b", "main");
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "base");
    return dir;
  };

  it("checks only the models whose files changed, committed or not", async () => {
    const dir = repo();
    writeFileSync(path.join(dir, "b/README.md"), card("license: mit"));
    const r = await cli(["check", "--changed-since", "main", "--format", "json"], { cwd: dir });
    expect(JSON.parse(r.stdout).models.map((m: { path: string }) => m.path)).toEqual(["b"]);
  });

  it("says so and exits 0 when nothing changed", async () => {
    const r = await cli(["check", "--changed-since", "main"], { cwd: repo() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No model to check: .*changed since main/);
  });

  it("rejects a revision that does not exist", async () => {
    const r = await cli(["check", "--changed-since", "no-such-ref"], { cwd: repo() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--changed-since no-such-ref/);
  });
});

describe("--format codeclimate", () => {
  it("gives GitLab one issue per unwaived finding with the fields it reads", async () => {
    const r = await cli(["check", "examples", "--format", "codeclimate"]);
    const issues = JSON.parse(r.stdout) as { check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } }; description: string }[];
    expect(issues).toHaveLength(6);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(6);
    for (const i of issues) {
      expect(i.severity).toMatch(/^(major|minor|info)$/);
      expect(i.location.path).toMatch(/^examples\/.+\/README\.md$/);
      expect(i.location.lines.begin).toBeGreaterThan(0);
      expect(i.description.length).toBeGreaterThan(10);
    }
  });
});
