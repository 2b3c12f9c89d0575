// The one-pass prefilter of known names (src/readers/name-candidates.ts) never rules out a name that
// findName would find: over the examples' cards, the benchmark monorepo's cards and generated prose
// that writes every name of rules/ with its case and separators varied, searching the candidates
// finds exactly what searching every name finds.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateMonorepo } from "../../scripts/bench/monorepo.js";
import { nameIndex } from "../../src/pipeline.js";
import { findName } from "../../src/readers/model-card.js";
import { candidatesIn, type Named } from "../../src/readers/name-candidates.js";
import { kb } from "../helpers.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const index = nameIndex(kb);
const LISTS: [string, Named[]][] = [["datasets", index.datasets], ["licenses", index.licenses], ["models", index.models]];

function same(text: string): void {
  for (const [what, names] of LISTS) {
    const everyName = names.filter((n) => findName(text, n.name));
    expect(candidatesIn(text, names).filter((n) => findName(text, n.name)), what).toEqual(everyName);
  }
}

/** A name as a card might write it: another case, separators swapped or dropped, glued to punctuation. */
const written = fc
  .record({
    named: fc.constantFrom(...LISTS.flatMap(([, names]) => names)),
    upper: fc.boolean(),
    lower: fc.boolean(),
    sep: fc.constantFrom("-", "_", " ", "", undefined),
    before: fc.constantFrom("", " ", "(", "[", "\n", "*", "`", "a", "/", "-", "é"),
    after: fc.constantFrom("", " ", ")", ".", ",", ".x", "-", "s", "\n"),
  })
  .map(({ named, upper, lower, sep, before, after }) => {
    let n = sep === undefined ? named.name : named.name.replace(/[-_ ]/g, sep);
    if (upper) n = n.toUpperCase();
    else if (lower) n = n.toLowerCase();
    return `${before}${n}${after}`;
  });

describe("known names: the candidates are every name that can match", () => {
  it("holds for the examples' cards", () => {
    const dir = new URL("../../examples/", import.meta.url);
    for (const d of readdirSync(dir)) same(readFileSync(new URL(`${d}/README.md`, dir), "utf8"));
  });

  it("holds for the benchmark monorepo's cards", () => {
    for (const f of generateMonorepo(120).files.filter((f) => f.path.endsWith("README.md"))) same(f.content);
  });

  it("holds for prose that names known datasets, licenses and models in every way of writing them", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(written, fc.constantFrom(" trained on ", ". ", "\n## Training data\n", " and ", "İ", "ﬁ")), { minLength: 1, maxLength: 12 }), (parts) => same(parts.join(""))),
      { numRuns: RUNS },
    );
  });

  it("rules out nearly every name for ordinary prose", () => {
    const text = "This model was fine-tuned on a private corpus of support tickets for three epochs.";
    expect(candidatesIn(text, index.datasets).length).toBeLessThan(index.datasets.length / 10);
  });
});
