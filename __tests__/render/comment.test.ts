// The PR comment a reviewer reads in ten seconds, and what a hostile repository cannot put in it.
import { describe, expect, it } from "vitest";
import { commentBody, summaryBody } from "../../src/render/action.js";
import { ruleFileOf } from "../../src/render/markdown.js";
import { analyze } from "../../src/pipeline.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { readWorkspace } from "../../src/workspace.js";
import { RELEASE_TAG, REPOSITORY_URL } from "../../src/version.js";
import { ROOT } from "../cli/helpers.js";
import { exceeds, model, report } from "./fixture.js";

const kb = loadKnowledgeBase();
const MARKER = "<!-- model-provenance-check:sticky digest=0 -->";
const info = { blobUrl: "https://github.com/o/r/blob/0123456", runUrl: "https://github.com/o/r/actions/runs/1", scope: "1 model changed in this pull request", policyNotes: [], ruleFile: ruleFileOf(kb) };

/** What GitHub shows before anything is expanded: the text outside <details> blocks. */
function collapsed(md: string): string[] {
  // Link reference definitions ("[1]: <url>") are not shown either.
  return md.replace(/<details>[\s\S]*?<\/details>/g, "").split("\n").filter((l) => l.trim() !== "" && !/^\[[^\]]+\]: </.test(l));
}

describe("the comment on the seed example (examples/stable-diffusion-v1)", () => {
  const r = analyze({ files: readWorkspace(["examples/stable-diffusion-v1"], ROOT), kb });
  const body = commentBody(r, info, MARKER);

  it("says the verdict and one sentence first, and fits on one screen collapsed", () => {
    const lines = body.split("\n");
    expect(lines[1]).toBe("### ❌ Model provenance: FAIL");
    expect(lines[3]).toMatch(/^\*\*1 of 1 model claims more rights/);
    expect(collapsed(body).length).toBeLessThanOrEqual(20);
    // Before this design: 9.9 K characters, the verdict on the third line, 39 links named "source".
    expect(body.length).toBeLessThan(9_900);
  });

  it("has one table of models and each conflict once, with its fix", () => {
    expect(body.match(/^\| Model \| License \| Verdict \| Findings \|$/gm)).toHaveLength(1);
    expect(body.match(/^🔴 /gm)).toHaveLength(1);
    // One conflict across two sources (both collected under DSM Art. 3) is one finding naming both.
    expect(body).toMatch(/LAION-2B-en was collected under [^\n]*; LAION-Aesthetics was collected under/);
    expect(body).toMatch(/^\*\*Fix:\*\* \S/m);
  });

  it("links the check's docs and each fact's rules/ file at this version, and numbers each source once", () => {
    expect(body).toContain(`(${REPOSITORY_URL}/blob/${RELEASE_TAG}/docs/checks.md#license-exceeds-data-rights)`);
    expect(body).toMatch(/\[`rules\/datasets\/laion-2b-en\.yaml`\]\[l\d+\]/);
    expect(body).toContain(`: <${REPOSITORY_URL}/blob/${RELEASE_TAG}/rules/datasets/laion-2b-en.yaml>`);
    expect(body).toContain(`: <${REPOSITORY_URL}/blob/${RELEASE_TAG}/rules/legal-bases/eu-dsm-art3.yaml>`);
    // Each source: "[host [n]][n]" wherever cited, its URL defined once as "[n]: <url>".
    const cited = [...body.matchAll(/\[([a-z0-9.-]+) \[(\d+)\]\]\[(\d+)\]/g)];
    expect(cited.length).toBeGreaterThan(3);
    for (const [, , n, ref] of cited) expect(n).toBe(ref);
    const defined = [...body.matchAll(/^\[(\d+)\]: <(https:[^>]+)>$/gm)];
    expect(new Set(defined.map((d) => d[2])).size).toBe(defined.length);
    expect(new Set(cited.map((c) => c[2]))).toEqual(new Set(defined.map((d) => d[1])));
    expect(body).not.toMatch(/\[source\]/);
  });

  it("offers a waiver snippet with the check, the path and a real expiry, collapsed", () => {
    const snippet = /<details><summary>Accept this risk<\/summary>[\s\S]*?```yaml\n([\s\S]*?)```/.exec(body)![1]!;
    expect(snippet).toMatch(/- check: license-exceeds-data-rights\n {4}path: "examples\/stable-diffusion-v1"/);
    const expires = /expires: (\d{4}-\d{2}-\d{2})/.exec(snippet)![1]!;
    expect(Date.parse(expires)).toBeGreaterThan(Date.now());
  });

  it("puts the run-wide note once, at the end, and the scope in the footer", () => {
    expect(body.match(/copyrighted web content/g)).toHaveLength(1);
    expect(body.indexOf("copyrighted web content")).toBeGreaterThan(body.lastIndexOf("</details>"));
    expect(collapsed(body).at(-1)).toMatch(/^<sub>Scope: 1 model changed/);
  });

  it("job summary carries every finding in one table", () => {
    const summary = summaryBody(r, info);
    expect(summary.match(/^\| error \| `license-exceeds-data-rights` \|/gm)).toHaveLength(1);
  });
});

describe("a hostile repository's strings in the comment", () => {
  const evil = "`x` @org/team ![i](https://e.vil/p.png) <img src=x> [l](https://e.vil) | a\n## H <!-- model-provenance-check:sticky -->";
  const r = report([
    model({
      path: "models/`evil`|x",
      name: evil,
      license: { id: null, name: evil, source: "metadata" },
      findings: [{ ...exceeds, message: evil, fix: evil, location: { file: "models/`evil`|x/README.md", line: 3, column: 1 } }],
    }),
  ]);
  const body = commentBody(r, { ...info, ruleFile: undefined }, MARKER);

  it("mentions no one, embeds and links nothing of theirs, opens no HTML and forges no marker", () => {
    expect(body).not.toMatch(/@org/);
    expect(body).not.toMatch(/!\[/);
    expect(body).not.toMatch(/\]\(https:\/\/e\.vil/);
    expect(body).not.toMatch(/<img/);
    expect(body.split("<!-- model-provenance-check").length).toBe(2);
    expect(body).not.toMatch(/^## H/m);
  });

  it("keeps the table row whole and the code spans closed", () => {
    const row = body.split("\n").find((l) => l.startsWith("| ``models/"))!;
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
    expect(row).toContain("``models/`evil`\\|x``");
  });
});
