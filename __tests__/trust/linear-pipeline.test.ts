// Linear time through the whole check (issue 12, point 4), beyond src/identify's own patterns
// (__tests__/identify/linear-time.test.ts): the card reader, the model name, dataset and base lists,
// the grouping of conflicts and SARIF's fingerprints, each fed its worst shape we know at 32 KB and
// 128 KB. Two doublings: linear time gives 4, quadratic 16; the ratio stays under 10. A ratio,
// never a wall-clock limit. The shapes imitate Hub model cards (front matter, headings, links).
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderSarif } from "../../src/render/sarif.js";
import { check } from "../helpers.js";

const SIZE = 32 * 1024;
/** A quarter over the geometric mean of linear (2^d) and quadratic (4^d) time: 10 for two doublings, 28 for three. */
const limit = (doublings: number) => 1.25 * 2 ** (1.5 * doublings);
const repeat = (unit: string, chars: number, head = "", tail = "") => head + unit.repeat(Math.ceil(chars / unit.length)) + tail;
const numbered = (line: (i: number) => string, chars: number) => Array.from({ length: Math.ceil(chars / line(0).length) }, (_, i) => line(i)).join("");

const SHAPES: [string, (n: number) => string, number?][] = [
  // Quadratic before: each piece of evidence compared with every other, each conflict's group copied.
  ["one dataset named thousands of times (evidence and conflict grouping)", (n) => repeat("  - laion/laion2B-en\n", n, "---\nlicense: creativeml-openrail-m\ndatasets:\n", "---\n# M\n"), 3],
  ["thousands of distinct datasets", (n) => `---\nlicense: creativeml-openrail-m\ndatasets:\n${numbered((i) => `  - someone/set-${i}\n`, n)}---\n# M\n`],
  ["thousands of base models", (n) => `---\nlicense: mit\nbase_model:\n${numbered((i) => `  - someone/base-${i}\n`, n)}---\n# M\n`],
  // Each section was searched for every known name: 30,000 of them took 40 s.
  ["thousands of training-data headings", (n) => repeat("## Training data\n", n, "# M\n")],
  ["a title of words", (n) => repeat("a ", n, "# ")],
  ["a title of dashes", (n) => repeat("-", n, "# Model ")],
  ["prose naming the data", (n) => repeat("trained on the ", n, "# M\n\n")],
  ["unclosed links to datasets", (n) => repeat("[a](https://huggingface.co/datasets/x", n, "# M\n\n")],
  ["License bullets", (n) => repeat("- **License:** ", n, "# M\n\n## License\n")],
  ["table cells", (n) => repeat("| a ", n, "# M\n\n")],
];

function timeOf(text: string): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const r = check({ "m/README.md": text });
    renderSarif(r);
    renderMarkdown(r);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe("the check runs in linear time on hostile cards", () => {
  it.each(SHAPES)("%s", { timeout: 120_000 }, (_name, make, doublings = 2) => {
    const small = make(SIZE);
    const large = make(2 ** doublings * SIZE);
    timeOf(make(1024));
    const ratio = timeOf(large) / timeOf(small);
    expect(ratio).toBeLessThan(limit(doublings));
  });
});
