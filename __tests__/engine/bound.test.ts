// Bounds (issue 12, point 7): one hostile card cannot flood a report. The attack: a ~900 KB card
// naming one dataset 150,000 times gave 150,000 findings, 160 MB of JSON and, with --sarif, minutes
// and 1.6 GB. Identical findings are now one finding with many places, and each check lists at most
// `limits.findings_per_check` findings per model, the most severe first, with one finding counting
// the rest. `npm run measure:bounds` measures the CLI on these shapes.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/domain.js";
import { FindingBounds, UNLISTED } from "../../src/engine/bound.js";
import { count, verdictOf } from "../../src/engine/verdict.js";
import { defaultPolicy } from "../../src/policy/schema.js";
import { commentBody, summaryBody } from "../../src/render/action.js";
import { renderCodeClimate } from "../../src/render/codeclimate.js";
import { renderJson } from "../../src/render/json.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderSarif } from "../../src/render/sarif.js";
import { renderText } from "../../src/render/text.js";
import { card, check, findings } from "../helpers.js";

/** The attack card: `datasets:` names one unknown dataset `n` times, one line each. */
function namedTimes(n: number, ref = "x/y"): string {
  return `---\nlicense: mit\ndatasets:\n${`- ${ref}\n`.repeat(n)}---\n# Amplified\n`;
}

describe("a card naming one dataset 150,000 times", () => {
  const text = namedTimes(150_000);
  const report = check({ "m/README.md": text });
  const [model] = report.models;

  it("is the 900 KB attack card", () => {
    expect(text.length).toBeGreaterThan(900_000);
    expect(text.length).toBeLessThan(1024 * 1024);
  });

  it("gives one finding with its first place, 20 more listed and the rest counted", () => {
    expect(model!.findings).toHaveLength(1);
    const [f] = model!.findings;
    expect(f).toMatchObject({ checkId: "dataset-unknown", location: { file: "m/README.md", line: 4 } });
    expect(f!.alsoAt!.locations.map((l) => l.line)).toEqual(Array.from({ length: 20 }, (_, i) => 5 + i));
    expect(f!.alsoAt!.unlisted).toBe(150_000 - 21);
    expect(report.counts).toEqual({ error: 0, warning: 1, note: 0 });
    expect(report.verdict).toBe("warn");
  });

  it("lists the dataset once among the training sources, where first named", () => {
    expect(model!.trainingSources).toEqual([{ ref: "x/y", via: "metadata", location: { file: "m/README.md", line: 4, column: 3 } }]);
  });

  it("keeps every output small: JSON, SARIF, text, Markdown, comment, summary, Code Quality", () => {
    const info = { policyNotes: [], runUrl: "https://github.com/o/r/actions/runs/1" };
    const outputs = {
      json: renderJson(report),
      sarif: renderSarif(report),
      text: renderText(report, { verbose: true }),
      markdown: renderMarkdown(report),
      comment: commentBody(report, info, "<!-- marker -->"),
      summary: summaryBody(report, info),
      codeclimate: renderCodeClimate(report),
    };
    for (const [name, out] of Object.entries(outputs)) expect(out.length, name).toBeLessThan(64 * 1024);
    const sarif = JSON.parse(outputs.sarif) as { runs: { results: { relatedLocations: unknown[] }[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(1);
    expect(sarif.runs[0]!.results[0]!.relatedLocations).toHaveLength(20);
  });
});

describe("findings of one check per model", () => {
  const distinct = `---\nlicense: mit\ndatasets:\n${Array.from({ length: 5_000 }, (_, i) => `- x/d${i}\n`).join("")}---\n# Many\n`;

  it("lists 25 by default and counts the rest in one more finding of the same check and severity", () => {
    const fs = findings(check({ "m/README.md": distinct }), "dataset-unknown");
    expect(fs).toHaveLength(26);
    expect(fs.slice(0, 25).map((f) => f.message)).toEqual(Array.from({ length: 25 }, (_, i) => expect.stringContaining(`'x/d${i}'`)));
    expect(fs[25]).toMatchObject({
      messageId: UNLISTED,
      severity: "warning",
      model: "m",
      message: expect.stringContaining("4,975 more dataset-unknown findings (4,975 warnings) are not listed"),
      location: { file: "m/README.md", line: 29 },
    });
  });

  it("follows the policy's limits", () => {
    const policyText = "limits:\n  findings_per_check: 3\n  places_per_finding: 2\n";
    const r = check({ "a/README.md": distinct, "b/README.md": namedTimes(10) }, { policyText });
    expect(findings(r, "policy-invalid")).toEqual([]);
    expect(r.models.find((m) => m.path === "a")!.findings.map((f) => f.messageId)).toEqual(["unknown", "unknown", "unknown", UNLISTED]);
    expect(r.models.find((m) => m.path === "b")!.findings[0]!.alsoAt).toEqual({
      locations: [
        { file: "b/README.md", line: 5, column: 3 },
        { file: "b/README.md", line: 6, column: 3 },
      ],
      unlisted: 7,
    });
  });

  it("refuses limits that would not bound anything, naming the line", () => {
    const r = check({ "README.md": card("license: mit") }, { policyText: "fail_on: error\nlimits:\n  findings_per_check: 0\n  places_per_finding: 100000\n" });
    expect(findings(r, "policy-invalid").map((f) => f.location.line).sort()).toEqual([3, 4]);
  });
});

/** A finding of one check with the given severity; `key` tells distinct findings apart. */
function f(key: number, severity: Finding["severity"], extra: Partial<Finding> = {}): Finding {
  return {
    checkId: "dataset-unknown",
    messageId: "unknown",
    severity,
    message: `dataset d${key} is unknown`,
    model: "m",
    location: { file: "m/README.md", line: key + 1, column: 1 },
    evidence: [{ about: "card", statement: `names d${key}`, location: { file: "m/README.md", line: key + 1, column: 1 } }],
    fix: `declare d${key}`,
    ...extra,
  };
}

function bounded(input: Finding[], limits = { findings_per_check: 3, places_per_finding: 20 }): Finding[] {
  const b = new FindingBounds(limits);
  for (const x of input) b.add(x);
  return b.findings();
}

describe("FindingBounds", () => {
  it("keeps the most severe findings listed, whatever order they arrive in", () => {
    const out = bounded([f(1, "note"), f(2, "note"), f(3, "warning"), f(4, "note"), f(5, "error"), f(6, "note")]);
    expect(out.map((x) => [x.messageId, x.severity, x.location.line])).toEqual([
      ["unknown", "note", 3],
      ["unknown", "warning", 4],
      ["unknown", "error", 6],
      [UNLISTED, "note", 5],
    ]);
    expect(out[3]!.message).toContain("3 more dataset-unknown findings (3 notes)");
  });

  it("gives the counting finding the severity of the most severe unlisted one, so the verdict stands", () => {
    const input = [f(1, "warning"), f(2, "warning"), f(3, "warning"), f(4, "error", { waived: { reason: "accepted" } }), f(5, "error")];
    const out = bounded(input, { findings_per_check: 1, places_per_finding: 0 });
    expect(out.map((x) => [x.messageId, x.severity, Boolean(x.waived)])).toEqual([
      ["unknown", "error", false],
      [UNLISTED, "warning", false],
    ]);
    expect(verdictOf(count(out))).toBe(verdictOf(count(input)));
  });

  it("waives the counting finding only when every unlisted finding is waived", () => {
    const waived = { waived: { reason: "accepted risk" } };
    const out = bounded([f(1, "error"), f(2, "error", waived), f(3, "error", waived)], { findings_per_check: 1, places_per_finding: 0 });
    expect(out.map((x) => [x.messageId, Boolean(x.waived)])).toEqual([
      ["unknown", false],
      [UNLISTED, true],
    ]);
    expect(count(out)).toEqual({ error: 1, warning: 0, note: 0 });
  });

  it("merges only findings that differ in place alone", () => {
    const same = { message: "dataset d is unknown", fix: "declare d", evidence: [] };
    const out = bounded([f(1, "warning", same), f(2, "warning", same), f(3, "warning", { ...same, fix: "another fix" }), f(4, "error", same)], {
      findings_per_check: 10,
      places_per_finding: 20,
    });
    expect(out.map((x) => [x.location.line, x.alsoAt?.locations.map((l) => l.line)])).toEqual([
      [2, [3]],
      [4, undefined],
      [5, undefined],
    ]);
  });

  it("counts a finding repeated at one place once", () => {
    const out = bounded([f(1, "warning"), f(1, "warning")]);
    expect(out).toHaveLength(1);
    expect(out[0]!.alsoAt).toBeUndefined();
  });

  it("bounds each check and the run apart, with the default policy's limits", () => {
    const limits = defaultPolicy().limits;
    expect(limits).toEqual({ findings_per_check: 25, places_per_finding: 20 });
    const other = Array.from({ length: 30 }, (_, i) => f(i, "warning", { checkId: "attribution-missing" }));
    const out = bounded([...Array.from({ length: 30 }, (_, i) => f(i, "warning")), ...other], limits);
    expect(out.filter((x) => x.checkId === "dataset-unknown")).toHaveLength(26);
    expect(out.filter((x) => x.checkId === "attribution-missing")).toHaveLength(26);
  });
});
