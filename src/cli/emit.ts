// What `check` and `merge` do with a report in memory: render it in the format asked for, to
// standard output or --output, write the other forms asked for (--sarif, --badge, --badge-json,
// --bom), and decide the exit status. Each renderer is loaded only when asked for.
import { failsAt } from "../engine/verdict.js";
import type { KnowledgeBase } from "../kb/knowledge-base.js";
import { renderText } from "../render/text.js";
import type { Report } from "../report.js";
import { wantsColor } from "./args.js";
import type { Io } from "./io.js";
import { writeOutput, type OutputGuard } from "./output.js";

export const FORMATS = ["text", "json", "markdown", "sarif", "codeclimate"] as const;
export type Format = (typeof FORMATS)[number];

/** The options of every command that renders a report (check, merge). */
export const OUTPUT_OPTIONS = {
  format: { type: "string", short: "f" },
  "fail-on": { type: "string" },
  output: { type: "string", short: "o" },
  sarif: { type: "string" },
  badge: { type: "string" },
  "badge-json": { type: "string" },
  bom: { type: "string" },
  verbose: { type: "boolean", short: "v" },
} as const;

export const EXTRAS = ["sarif", "badge", "badge-json", "bom"] as const;
export type Extras = { sarif?: string | undefined; badge?: string | undefined; "badge-json"?: string | undefined; bom?: string | undefined };

export interface Emit {
  format: Format;
  output?: string | undefined;
  verbose?: boolean | undefined;
  color: boolean | undefined;
  /** Text: why no model was checked, when that is expected (--changed-since found no change). */
  noModels?: string | undefined;
  extras: Extras;
  guard: OutputGuard;
  kb: KnowledgeBase;
}

export async function emitReport(report: Report, e: Emit, io: Io): Promise<void> {
  const colored = e.format === "text" && wantsColor(e.color, io.env ?? process.env, io.isTTY && e.output === undefined);
  const rendered = e.format === "text" ? renderText(report, { color: colored, verbose: e.verbose, noModels: e.noModels }) : await renderAs(e.format, report, e.kb);
  if (e.output !== undefined) writeOutput(io.cwd, e.output, rendered, e.guard);
  else io.stdout(rendered);
  await writeExtras(report, e.extras, io, e.guard);
}

async function renderAs(format: Exclude<Format, "text">, report: Report, kb: KnowledgeBase): Promise<string> {
  switch (format) {
    case "json":
      return (await import("../render/json.js")).renderJson(report);
    case "markdown": {
      const { renderMarkdown, ruleFileOf } = await import("../render/markdown.js");
      return renderMarkdown(report, { ruleFile: ruleFileOf(kb) });
    }
    case "sarif":
      return (await import("../render/sarif.js")).renderSarif(report);
    case "codeclimate":
      return (await import("../render/codeclimate.js")).renderCodeClimate(report);
  }
}

/** Every other form of the same report, to the paths the user named. */
async function writeExtras(report: Report, values: Extras, io: Io, guard: OutputGuard): Promise<void> {
  const extras: [string | undefined, () => Promise<string>][] = [
    [values.sarif, async () => (await import("../render/sarif.js")).renderSarif(report)],
    [values.badge, async () => (await import("../render/badge.js")).renderBadgeSvg(report)],
    [values["badge-json"], async () => (await import("../render/badge.js")).renderBadgeJson(report)],
    [values.bom, async () => (await import("../render/bom.js")).renderBom(report, await bomRunOptions())],
  ];
  for (const [file, render] of extras) if (file !== undefined) writeOutput(io.cwd, file, await render(), guard);
}

/** A BOM written by the CLI is one document of its own: it gets a serial number and a timestamp. */
export async function bomRunOptions() {
  const { randomUUID } = await import("node:crypto");
  return { timestamp: new Date(), serialNumber: `urn:uuid:${randomUUID()}` };
}

/** What the exit status depends on: run-level findings, how many models were checked, the counts and the threshold. */
export interface Verdicts {
  findings: Report["findings"];
  models: number;
  counts: Report["counts"];
  failOn: Report["policy"]["failOn"];
}

export function verdictsOf(report: Report): Verdicts {
  return { findings: report.findings, models: report.models.length, counts: report.counts, failOn: report.policy.failOn };
}

export function exitStatus(v: Verdicts, explainedEmpty: boolean, io: Io): number {
  if (v.findings.some((f) => f.checkId === "policy-invalid" && !f.waived)) return 2;
  if (v.models === 0 && !explainedEmpty) {
    io.stderr("model-provenance: no model was checked: no model card or license file under the paths given (exit 2).\n");
    return 2;
  }
  return failsAt(v.counts, v.failOn) ? 1 : 0;
}
