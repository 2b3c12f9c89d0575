// A finding at several places (Finding.alsoAt, set by engine/bound.ts when identical findings are
// merged) shows its other places in every output: how many in the one-line forms, the listed ones
// where there is room, and the count of the rest.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Finding } from "../../src/domain.js";
import { annotate } from "../../src/github/annotations.js";
import { toAnnotation } from "../../src/github/check-run.js";
import { summaryBody } from "../../src/render/action.js";
import { toCodeClimate } from "../../src/render/codeclimate.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { toSarif } from "../../src/render/sarif.js";
import { renderText } from "../../src/render/text.js";
import { finding, model, report } from "./fixture.js";

const repeated: Finding = finding({
  checkId: "dataset-unknown",
  messageId: "unknown",
  severity: "warning",
  model: "models/sd",
  message: "training dataset 'x/y' is unknown, so the rights it supports cannot be checked",
  location: { file: "models/sd/README.md", line: 5, column: 3 },
  evidence: [{ about: "card", statement: "the card names 'x/y' as training data", location: { file: "models/sd/README.md", line: 5, column: 3 } }],
  fix: "Declare 'x/y' under `declarations:` in the policy.",
  alsoAt: {
    locations: [
      { file: "models/sd/README.md", line: 6, column: 3 },
      { file: "models/sd/README.md", line: 7, column: 3 },
    ],
    unlisted: 1,
  },
});
const r = report([model({ path: "models/sd", findings: [repeated] })]);

describe("a finding at several places", () => {
  it("text: its first place and the count on the finding's line; --verbose lists the others", () => {
    expect(renderText(r)).toMatch(/ {2}warning {2}dataset-unknown {2}README\.md:5 \+3 {2}Training dataset 'x\/y' is unknown/);
    expect(renderText(r, { verbose: true })).toContain("also at README.md:6, README.md:7 and 1 more place");
  });

  it("Markdown: the count beside the place, the other places under Why", () => {
    const md = renderMarkdown(r);
    expect(md).toContain("· `models/sd/README.md:5` (and 3 more places):");
    expect(md).toContain("Also at `models/sd/README.md:6`, `models/sd/README.md:7` and 1 more place.");
  });

  it("job summary: the table's Where cell counts the other places", () => {
    expect(summaryBody(r, { policyNotes: [] })).toContain("| `models/sd/README.md:5` and 3 more places |");
  });

  it("SARIF: the listed places are related locations, linked from the message, which counts the rest", () => {
    const [result] = toSarif(r).runs[0]!.results!;
    expect(result!.locations).toHaveLength(1);
    expect(result!.relatedLocations!.map((l) => [l.id, l.physicalLocation!.region!.startLine])).toEqual([
      [1, 6],
      [2, 7],
    ]);
    expect(result!.message.text).toContain("Also at [models/sd/README.md:6](1), [models/sd/README.md:7](2) and 1 more place.");
  });

  it("Code Quality: the listed places are other_locations, and the description counts them all", () => {
    const [issue] = toCodeClimate(r);
    expect(issue!.other_locations).toEqual([
      { path: "models/sd/README.md", lines: { begin: 6 } },
      { path: "models/sd/README.md", lines: { begin: 7 } },
    ]);
    expect(issue!.description).toContain("(and 3 more places)");
  });

  describe("annotations", () => {
    afterEach(() => vi.restoreAllMocks());

    it("the check run's and the workflow's name the other places", () => {
      expect(toAnnotation(repeated).message).toContain("\nAlso at models/sd/README.md:6, models/sd/README.md:7 and 1 more place.\nFix:");
      const lines: string[] = [];
      vi.spyOn(process.stdout, "write").mockImplementation((s) => (lines.push(String(s)), true));
      annotate(r);
      expect(lines.join("")).toMatch(/^::warning .*::.*%0AAlso at models\/sd\/README\.md:6, models\/sd\/README\.md:7 and 1 more place\.%0AFix:/m);
    });
  });
});
