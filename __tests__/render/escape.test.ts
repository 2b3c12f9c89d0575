// Escaping by construction (issue 12, point 6): one module per output (src/render/escape/: Markdown,
// plain text, SARIF, SVG), used by every renderer of that output. Each attack of the issue's list
// goes into every repository string of a report (folder, card title, license name, message, fix,
// evidence, file name, note, waiver reason, badge texts) and comes out inert in every output.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Finding } from "../../src/domain.js";
import { annotate } from "../../src/github/annotations.js";
import { toAnnotation } from "../../src/github/check-run.js";
import { reviewBody } from "../../src/github/review.js";
import { commentBody, resolvedBody, summaryBody } from "../../src/render/action.js";
import { renderBadges, renderBadgeSvg } from "../../src/render/badge.js";
import { toCodeClimate } from "../../src/render/codeclimate.js";
import { code, text } from "../../src/render/escape/markdown.js";
import { plain } from "../../src/render/escape/plain.js";
import * as sarifEscape from "../../src/render/escape/sarif.js";
import * as svg from "../../src/render/escape/svg.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { toSarif } from "../../src/render/sarif.js";
import { renderText } from "../../src/render/text.js";
import type { Report } from "../../src/report.js";
import { exceeds, model, report } from "./fixture.js";
import { ATTACKS, markdownProblems, plainProblems, sarifProblems, svgProblems, withoutCodeSpans } from "./inert.js";

/** A report whose every repository string is `evil`. */
function hostile(evil: string): Report {
  const f: Finding = {
    ...exceeds,
    message: evil,
    fix: `${evil}\n${evil}`,
    summary: evil,
    hint: evil,
    model: `models/${evil}`,
    location: { file: `models/${evil}/README.md`, line: 3, column: 1 },
    evidence: [...exceeds.evidence, { about: "card", id: evil, statement: evil, location: { file: `${evil}.md`, line: 2, column: 1 } }],
    alsoAt: { locations: [{ file: `models/${evil}/README.md`, line: 9, column: 1 }], unlisted: 2 },
  };
  const waived: Finding = { ...f, checkId: "attribution-missing", waived: { reason: evil, expires: "2027-01-01" } };
  const r = report([model({ path: `models/${evil}`, name: evil, license: { id: null, name: evil, source: "metadata" }, findings: [f, waived] })], [], [evil]);
  return { ...r, policy: { ...r.policy, file: evil, badge: { label: evil, texts: { conflicts: `{n} ${evil}`, conflict: evil }, colors: { conflicts: evil }, label_color: evil } } };
}

const info = { blobUrl: "https://github.com/o/r/blob/abc", runUrl: "https://github.com/o/r/actions/runs/1", scope: "1 model", policyNotes: [] };

describe.each(Object.entries(ATTACKS))("the %s attack", (_name, evil) => {
  const r = hostile(evil);
  const finding = r.models[0]!.findings[0]!;

  it("is inert in the CLI's text report, with and without --verbose, and in Code Quality descriptions", () => {
    expect(plainProblems(renderText(r))).toEqual([]);
    expect(plainProblems(renderText(r, { verbose: true }))).toEqual([]);
    for (const issue of toCodeClimate(r)) expect(plainProblems(issue.description)).toEqual([]);
  });

  it("is inert in workflow annotations and check-run annotations", () => {
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((s) => (out.push(String(s)), true));
    try {
      annotate(r);
    } finally {
      spy.mockRestore();
    }
    // Each annotation is one command line; nothing of the strings starts another.
    for (const line of out.join("").split("\n").filter(Boolean)) expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
    const a = toAnnotation(finding);
    expect(plainProblems(a.message)).toEqual([]);
    expect(plainProblems(a.raw_details ?? "")).toEqual([]);
  });

  it("is inert in the Markdown report, the PR comment, its resolved form, the job summary and review comments", () => {
    for (const md of [renderMarkdown(r), commentBody(r, info, "<!-- marker -->"), resolvedBody("<!-- marker -->", "a".repeat(40), info), summaryBody(r, info), reviewBody(finding)]) {
      expect(markdownProblems(md)).toEqual([]);
    }
  });

  it("is inert in SARIF messages, which hold no control character, lone brace or foreign link", () => {
    expect(sarifProblems(toSarif(r))).toEqual([]);
  });

  it("is inert in the SVG badges, which stay well-formed XML", () => {
    expect(svgProblems(renderBadgeSvg(r, { links: [`javascript:${evil}`, "https://github.com/o/r"] }))).toEqual([]);
    for (const b of renderBadges(r).models) expect(svgProblems(b.svg)).toEqual([]);
  });
});

describe("what each module keeps readable", () => {
  it("Markdown: a backtick in a folder name stays inside its code span, and @ in a code span stays as written", () => {
    expect(code("models/`evil``folder")).toBe("```models/`evil``folder```");
    expect(withoutCodeSpans(`see ${code("@org/team")} here`)).toBe("see CODE here");
    expect(text("@org/team")).toBe("@\u200borg/team");
    expect(text("$x$")).toBe("\\$x\\$");
  });

  it("plain text: workflow commands lose their second colon or hash to a look-alike, even behind zero-width characters", () => {
    expect(plain("::error::x")).toBe(":\u2236error:\u2236x");
    expect(plain(":\u200b:add-mask::s")).toBe(":\u200b\u2236add-mask:\u2236s");
    expect(plain("x ##[add-mask]s")).toBe("x #\u266f[add-mask]s");
    expect(plain("std::vector")).toBe("std:\u2236vector");
    expect(plain("\x1b[31m\0")).toBe("\\x1b[31m\\x00");
  });

  it("SARIF: braces doubled, no `](` to close an embedded link, links only to related locations by id", () => {
    expect(sarifEscape.text("[here](1) {0}\x1b")).toBe("[here]\u200b(1) {{0}}\\x1b");
    expect(sarifEscape.link("a[1].md:3", 4)).toBe("[a\\[1\\].md:3](4)");
  });

  it("SVG: XML-forbidden and reordering characters become U+FFFD; only named, hex, rgb() and hsl() colours and http(s) links pass", () => {
    expect(svg.text("a\0b\uFFFE\u202ec\nd")).toBe("a\ufffdb\ufffd\ufffdc d");
    expect(["red", "#4c1", "4c1", "rgb(1, 2, 3)", "hsl(1,2%,3%)", 'red" onload="x', "url(#a)", "expression(x)"].map(svg.color)).toEqual([
      "red",
      "#4c1",
      "4c1",
      "rgb(1, 2, 3)",
      "hsl(1,2%,3%)",
      undefined,
      undefined,
      undefined,
    ]);
    expect(["https://github.com/o/r", "javascript:alert(1)", "data:text/html,x", "not a url"].map(svg.link)).toEqual(["https://github.com/o/r", undefined, undefined, undefined]);
  });
});

afterEach(() => vi.restoreAllMocks());
