// The workflows the docs show, and our own, use the current major of each action they name (issue
// 13 item 6): one major per action across README, docs/ and .github/, and never an older one than
// the newest release found when this was last checked (2026-12-03, from the actions' release notes:
// actions/checkout v7.0.1, actions/setup-node v7.0.0, actions/cache v6.1.0, actions/upload-artifact
// v7.0.1, actions/download-artifact v8.0.1, github/codeql-action v4). A copied workflow then runs on
// the runner's current Node, without deprecation warnings.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../cli/helpers.js";

const CURRENT: Record<string, number> = {
  "actions/checkout": 7,
  "actions/setup-node": 7,
  "actions/cache": 6,
  "actions/upload-artifact": 7,
  "actions/download-artifact": 8,
  "github/codeql-action/upload-sarif": 4,
};

function files(): string[] {
  const dir = (d: string, ext: RegExp) => readdirSync(path.join(ROOT, d)).filter((f) => ext.test(f)).map((f) => path.join(d, f));
  return ["README.md", ...dir("docs", /\.md$/), ...dir(".github/workflows", /\.ya?ml$/)];
}

describe("actions named in workflows", () => {
  it("each is at its current major, the same everywhere", () => {
    const seen: string[] = [];
    for (const file of files()) {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      for (const m of text.matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@v(\d+)/g)) {
        const [, action, major] = m;
        if (action!.startsWith("model-provenance/")) continue;
        seen.push(`${file}: ${action}@v${major}`);
        expect(CURRENT[action!], `${file} uses ${action}, which this test does not know: add its current major`).toBeDefined();
        expect(Number(major), `${file}: ${action}@v${major}`).toBe(CURRENT[action!]);
      }
    }
    expect(seen.length).toBeGreaterThan(10);
  });
});
