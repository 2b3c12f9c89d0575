// Metamorphic properties of the engine (issue 12, point 10), with fast-check. Each run builds a
// Hub-style card (license, base_model, datasets) from real rules/ ids. Runs per property: env
// FUZZ_RUNS (`npm run fuzz` sets 100000); the suite runs a few.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { counted } from "./progress.js";
import type { Report } from "../../src/report.js";
import { card, check, kb } from "../helpers.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
/** `npm run fuzz` takes long: the test timeout grows with the runs asked for. */
const TIMEOUT = { timeout: Math.max(30_000, RUNS * 50) };
const RANK = { pass: 0, warn: 1, fail: 2 } as const;

const LICENSES = ["mit", "apache-2.0", "cc-by-4.0", "cc-by-nc-4.0", "cc-by-sa-4.0", "creativeml-openrail-m", "openrail++", "llama3", "gemma", "bigscience-openrail-m", "other", "cc0-1.0"];
/** Hub ids of datasets from both tiers, the way cards list them. */
const DATASETS = [...kb.datasets.values()].filter((d) => d.hubIds.length > 0).map((d) => d.hubIds[0]!).sort().filter((_, i) => i % 37 === 0).concat(["laion/laion2B-en", "tatsu-lab/alpaca", "rajpurkar/squad", "someone/unknown-set"]);
/** Datasets whose terms allow research use only, verified in rules/. */
const RESEARCH_ONLY = [...kb.datasets.values()].filter((d) => d.useRestriction === "research-only" && d.hubIds.length > 0 && !/^\s*unverified/i.test(d.useRestrictionNote ?? "")).map((d) => d.hubIds[0]!);
const BASES = [undefined, ...[...kb.models.values()].map((m) => m.hubIds[0]!).filter((_, i) => i % 5 === 0), "someone/unknown-base"];

const cardArb = fc.record({
  license: fc.constantFrom(...LICENSES),
  base: fc.constantFrom(...BASES),
  datasets: fc.uniqueArray(fc.constantFrom(...DATASETS), { maxLength: 4 }),
});
type Card = { license: string; base: string | undefined; datasets: string[] };

function text(c: Card): string {
  const meta = [`license: ${c.license}`, ...(c.base ? [`base_model: ${c.base}`] : []), ...(c.datasets.length > 0 ? ["datasets:", ...c.datasets.map((d) => `  - ${d}`)] : [])];
  return card(meta.join("\n"), "# Property model\n");
}

function run(c: Card, extra: Record<string, string> = {}): Report {
  return check({ "README.md": text(c), ...extra });
}

/** What a verdict is made of, without positions and wording that follow the order of the list. */
function shape(r: Report): string[] {
  return r.models.flatMap((m) => m.findings.map((f) => `${f.checkId}/${f.messageId}/${f.severity}`)).sort();
}

describe("engine properties", () => {
  it("adding a research-only dataset never turns fail into pass", TIMEOUT, () => {
    expect(RESEARCH_ONLY.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(cardArb, fc.constantFrom(...RESEARCH_ONLY), counted("adding a research-only dataset never turns fail into pass", (c, extra) => {
        const before = run(c).verdict;
        const after = run({ ...c, datasets: [...c.datasets.filter((d) => d !== extra), extra] }).verdict;
        return !(before === "fail" && after === "pass");
      })),
      { numRuns: RUNS },
    );
  });

  it("reordering the datasets changes nothing", TIMEOUT, () => {
    fc.assert(
      fc.property(cardArb.filter((c) => c.datasets.length > 1), counted("reordering the datasets changes nothing", (c) => {
        const a = run(c);
        const b = run({ ...c, datasets: [...c.datasets].reverse() });
        expect(b.verdict).toBe(a.verdict);
        expect(shape(b)).toEqual(shape(a));
      })),
      { numRuns: RUNS },
    );
  });

  it("adding an in-tree card for a known dataset never loosens the verdict", TIMEOUT, () => {
    fc.assert(
      fc.property(cardArb.filter((c) => c.datasets.some((d) => kb.dataset(d))), fc.constantFrom("cc0-1.0", "mit", "cc-by-nc-4.0", "other"), counted("adding an in-tree card for a known dataset never loosens the verdict", (c, license) => {
        const known = c.datasets.find((d) => kb.dataset(d))!;
        const folder = known.split("/").pop()!;
        const before = run(c).verdict;
        const after = run(c, { [`data/${folder}/README.md`]: card(`license: ${license}`, `# ${folder}\n`) }).verdict;
        return RANK[after] >= RANK[before];
      })),
      { numRuns: RUNS },
    );
  });
});
