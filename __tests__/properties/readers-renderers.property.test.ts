// No exception escapes any reader or renderer (issue 12, point 10), with fast-check: hostile model
// cards, dataset cards, license files and policies, built from the attack strings, YAML
// that is broken or full of anchors and aliases, random Unicode and random bytes, go through the
// whole pipeline (every reader, the checks) and every renderer; each output stays inert. Runs per
// property: env FUZZ_RUNS (`npm run fuzz` sets 100000); the suite runs a few.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { counted } from "./progress.js";
import { commentBody, summaryBody } from "../../src/render/action.js";
import { renderBadgeJson, renderBadgeSvg } from "../../src/render/badge.js";
import { renderBom } from "../../src/render/bom.js";
import { renderCodeClimate } from "../../src/render/codeclimate.js";
import { renderJson } from "../../src/render/json.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderSarif } from "../../src/render/sarif.js";
import { renderText } from "../../src/render/text.js";
import type { Report } from "../../src/report.js";
import { check } from "../helpers.js";
import { ATTACKS, markdownProblems, plainProblems, svgProblems } from "../render/inert.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
/** `npm run fuzz` takes long: the test timeout grows with the runs asked for. */
const TIMEOUT = { timeout: Math.max(30_000, RUNS * 100) };

const evil = fc.oneof(fc.constantFrom(...Object.values(ATTACKS)), fc.string({ unit: "binary", maxLength: 40 }), fc.string({ maxLength: 20 }));
/** A YAML scalar as a card writes one: plain, quoted, or a flow collection, sometimes broken. */
const scalar = fc.oneof(
  fc.constantFrom("mit", "apache-2.0", "creativeml-openrail-m", "cc-by-nc-4.0", "other", "laion/laion2B-en", "CompVis/stable-diffusion-v1-4", "[a, b]", "{x: 1}", "&a mit", "*a", "[*a, *a]", "|", ">-", '"unterminated', "null", "~", "2026-01-01", ""),
  evil.map((s) => JSON.stringify(s)),
  evil,
);
const key = fc.constantFrom("license", "license_name", "license_link", "base_model", "datasets", "pretty_name", "language", "tags", "model-index", "base_model_relation", "library_name", "<<");
const metaLine = fc.oneof(
  fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(key, fc.array(scalar, { maxLength: 4 })).map(([k, vs]) => [`${k}:`, ...vs.map((v) => `  - ${v}`)].join("\n")),
  evil,
);
const bodyLine = fc.oneof(
  fc.constantFrom("# Model", "## Training data", "## License", "Trained on [LAION-2B](https://huggingface.co/datasets/laion/laion2B-en).", "```", "<details>", "| a | b |", "Fine-tuned from CompVis/stable-diffusion-v1-4.", "- **License:** MIT"),
  evil,
);
const cardText = fc
  .tuple(fc.option(fc.array(metaLine, { maxLength: 8 })), fc.array(bodyLine, { maxLength: 10 }), fc.constantFrom("\n", "\r\n"))
  .map(([meta, body, eol]) => (meta === null ? "" : `---\n${meta.join("\n")}\n---\n`).concat(body.join("\n")).replace(/\n/g, eol));
/** Text as it arrives from disk: UTF-8, UTF-16 with a BOM, or bytes that are neither. */
const content = fc.oneof(
  cardText,
  cardText.map((t) => new Uint8Array(Buffer.from(`\uFEFF${t}`, "utf16le"))),
  fc.uint8Array({ maxLength: 200 }),
);
const folder = fc.oneof(fc.constantFrom("models/a", "models/b", "data/laion2B-en", "CompVis/stable-diffusion-v1-4", ".hub/models/x/y", "."), evil.map((s) => `models/${s.replace(/[/\\\0]/g, "_") || "x"}`));
const policy = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom("fail_on: warning\n", "checks:\n  license-missing: off\n", "declarations:\n  - id: laion/laion2B-en\n    legal_basis: licensed\n", "a: &a [1]\nb: [*a, *a]\n", "{{{"),
  cardText,
);
const repo = fc.record({
  files: fc.array(fc.tuple(folder, fc.constantFrom("README.md", "LICENSE", "LICENSE.md", "model_card.md"), content), { minLength: 1, maxLength: 4 }),
  policy,
});

function analysed(r: { files: [string, string, string | Uint8Array][]; policy: string | undefined }): Report {
  const files = Object.fromEntries(r.files.map(([dir, name, text]) => [dir === "." ? name : `${dir}/${name}`, text]));
  return check(files, r.policy === undefined ? {} : { policyText: r.policy });
}

/** Every rules/ file's text: the sources it cites are the only foreign URLs an output may link. */
const RULES = readdirSync(new URL("../../rules/", import.meta.url), { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
  .map((f) => readFileSync(new URL(`../../rules/${f}`, import.meta.url), "utf8"))
  .join("\n");
const citedByRules = (problem: string) => {
  const url = /^definition of a foreign URL: \[\d+\]: <(.+)>$/.exec(problem)?.[1];
  return url !== undefined && (RULES.includes(url) || RULES.includes(decodeURI(url)));
};
const inert = (md: string) => markdownProblems(md).filter((p) => !citedByRules(p));

const info = { blobUrl: "https://github.com/o/r/blob/abc", runUrl: "https://github.com/o/r/actions/runs/1", scope: "1 model", policyNotes: [] };

describe("no exception escapes a reader or a renderer", () => {
  it("every reader and check: any repository gives a report", TIMEOUT, () => {
    fc.assert(
      fc.property(repo, counted("every reader and check: any repository gives a report", (r) => {
        const report = analysed(r);
        expect(["pass", "warn", "fail"]).toContain(report.verdict);
      })),
      { numRuns: RUNS },
    );
  });

  it("every renderer: any report renders, and the text, Markdown and SVG outputs stay inert", TIMEOUT, () => {
    fc.assert(
      fc.property(repo, counted("every renderer: any report renders, and the text, Markdown and SVG outputs stay inert", (r) => {
        const report = analysed(r);
        expect(plainProblems(renderText(report, { verbose: true }))).toEqual([]);
        expect(inert(renderMarkdown(report))).toEqual([]);
        expect(inert(commentBody(report, info, "<!-- marker -->"))).toEqual([]);
        expect(inert(summaryBody(report, info))).toEqual([]);
        expect(svgProblems(renderBadgeSvg(report))).toEqual([]);
        for (const json of [renderJson(report), renderSarif(report), renderBadgeJson(report), renderBom(report), renderCodeClimate(report)]) expect(() => JSON.parse(json)).not.toThrow();
      })),
      { numRuns: RUNS },
    );
  });
});
