// No optimisation changes a verdict or a finding: the generated monorepo (scripts/bench/IMITATES.md)
// analysed as before an optimisation and after it must give equal reports. Here the optimisation
// is front matter read by js-yaml first (src/readers/yaml-fast.ts); "before" is the same pipeline
// with that path switched off, every card read by the exact path (the `yaml` package).
import { afterEach, describe, expect, it, vi } from "vitest";
import { generateMonorepo } from "../../scripts/bench/monorepo.js";
import type { Report } from "../../src/report.js";

const MODELS = 300;
const files = generateMonorepo(MODELS).files;

/** The monorepo's report from a fresh copy of the pipeline (so that a mock applies to it alone). */
async function report(): Promise<Report> {
  const { check } = await import("../helpers.js");
  return check(Object.fromEntries(files.map((f) => [f.path, f.content])));
}

afterEach(() => {
  vi.doUnmock("../../src/readers/yaml-fast.js");
  vi.resetModules();
});

describe("the generated monorepo's report before and after", () => {
  it("front matter read by js-yaml first gives the report of the exact path alone, finding by finding", async () => {
    vi.resetModules();
    const after = await report();
    vi.resetModules();
    let asked = 0;
    vi.doMock("../../src/readers/yaml-fast.js", () => ({
      parseYamlFast: () => {
        asked++;
        return undefined;
      },
    }));
    const before = await report();
    // The switch did switch: every card with front matter went to the exact path.
    expect(asked).toBeGreaterThan(MODELS / 2);
    expect(after.models).toHaveLength(MODELS);
    expect(after.models.map((m) => [m.path, m.verdict, m.findings])).toEqual(before.models.map((m) => [m.path, m.verdict, m.findings]));
    expect(after).toEqual(before);
  });
});
