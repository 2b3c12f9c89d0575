// Markdown for PR comments, job summaries and `--format markdown`, written for a reviewer with
// ten seconds: the verdict and one sentence, one table of models, then each conflict once with
// its fix, its evidence collapsed under "Why" (sources named by host and numbered once per
// comment, each fact linked to its rules/ entry at this version) and a collapsed waiver snippet.
// Run-wide notes come once, at the end. Every repository string goes through escape/markdown.ts.
// Pure: links are built from the options the caller gives.
import type { Evidence, Finding, Location, Verdict } from "../domain.js";
import { docsUrl } from "../checks/types.js";
import type { KnowledgeBase } from "../kb/knowledge-base.js";
import type { ModelReport, Report } from "../report.js";
import { releasedFile } from "../version.js";
import { cell, code, codeBlock, definition, hostOf, html, link, refLink, text, urlPath } from "./escape/markdown.js";
import { alsoAtText, countsText, hintOf, otherPlaces, plural, summaryOf } from "./words.js";

export interface MarkdownOptions {
  /** e.g. https://github.com/o/r/blob/<sha>; file links point at lines when given. */
  blobUrl?: string | undefined;
  /** Character budget (GitHub comments allow 65,536). */
  maxLength?: number | undefined;
  /** The rules/ file (relative to rules/) a fact comes from, for links to it. */
  ruleFile?: ((about: Evidence["about"], id: string) => string | undefined) | undefined;
  /** Markdown notes (written by the caller, repository strings already escaped) after the report's own. */
  notesMarkdown?: readonly string[] | undefined;
  /** For the waiver snippet's expiry; defaults to today. */
  today?: Date | undefined;
}

const ICON: Record<Verdict, string> = { pass: "✅", warn: "⚠️", fail: "❌" };
const DOT = { error: "🔴", warning: "🟡", note: "⚪" } as const;

/** Which rules/ file holds a fact, from the knowledge base the run used. */
export function ruleFileOf(kb: KnowledgeBase): NonNullable<MarkdownOptions["ruleFile"]> {
  return (about, id) => {
    if (about === "license") return kb.license(id)?.file;
    if (about === "dataset") return kb.dataset(id)?.file;
    if (about === "legal-basis") return kb.legalBasis(id)?.file;
    if (about === "model") return kb.model(id)?.file;
    return undefined;
  };
}

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const ctx = new Context(opts);
  const groups = groupFindings(report);
  const head = [`### ${ICON[report.verdict]} Model provenance: ${report.verdict.toUpperCase()}`, "", headline(report), "", ...modelTable(report), ""];
  const body = groups.map((g) => conflict(g, ctx));
  const notes = [...report.notes.map(text), ...(opts.notesMarkdown ?? [])];
  const tail = [
    ...ctx.sourceList(),
    ...(notes.length > 0 ? ["", ...notes.flatMap((n, i) => (i === 0 ? [`> ${n}`] : [">", `> ${n}`]))] : []),
    ...ctx.definitions(),
  ];
  return fit([...head, ...body.flatMap((b) => [b, ""]), ...tail].join("\n").trimEnd() + "\n", groups.length, opts.maxLength);
}

/** The verdict in one sentence. */
function headline(report: Report): string {
  const n = report.models.length;
  if (n === 0) return report.findings.length > 0 ? `No model checked; ${countsText(report.counts)} about the run.` : "No model was checked.";
  const failing = report.models.filter((m) => m.verdict === "fail").length;
  const warning = report.models.filter((m) => m.verdict === "warn").length;
  const counts = countsText(report.counts);
  if (failing > 0) return `**${failing} of ${plural(n, "model")} ${failing === 1 ? "claims" : "claim"} more rights than ${failing === 1 ? "its" : "their"} sources support or ${failing === 1 ? "breaks" : "break"} the policy** (${counts}).`;
  if (warning > 0) return `**${warning} of ${plural(n, "model")} ${warning === 1 ? "needs" : "need"} a look** (${counts}); none fails.`;
  return n === 1 ? "**The model's license is supported by what it was trained on.**" : `**All ${n} models' licenses are supported by what they were trained on.**`;
}

function modelTable(report: Report): string[] {
  if (report.models.length === 0) return [];
  const row = (m: ModelReport) =>
    `| ${cell(`${code(m.path)} ${text(m.name)}`)} | ${cell(m.license.id ? code(m.license.id) : m.license.name ? `${text(m.license.name)} (unrecognised)` : "none")} | ${ICON[m.verdict]} ${m.verdict} | ${countsText(m.counts)} |`;
  return ["| Model | License | Verdict | Findings |", "|---|---|---|---|", ...report.models.map(row)];
}

/** Findings of one check on one model with one message id: one conflict, however many sources or places. */
interface Group {
  model: string | undefined;
  findings: Finding[];
}

function groupFindings(report: Report): Group[] {
  const groups = new Map<string, Group>();
  const all = [...report.findings.map((f) => [undefined, f] as const), ...report.models.flatMap((m) => m.findings.map((f) => [m.path, f] as const))];
  for (const [model, f] of all) {
    const key = [model ?? "", f.checkId, f.messageId, f.waived ? "waived" : ""].join("\0");
    const g = groups.get(key) ?? { model, findings: [] };
    g.findings.push(f);
    groups.set(key, g);
  }
  return [...groups.values()];
}

function conflict(g: Group, ctx: Context): string {
  const first = g.findings[0]!;
  const waived = first.waived ? ` _(waived${first.waived.expires ? ` until ${first.waived.expires}` : ""}: ${text(first.waived.reason)})_` : "";
  const check = link(code(first.checkId), docsUrl(first.checkId));
  const open = first.openQuestion ? " _(open question: the policy grades it)_" : "";
  const lines =
    g.findings.length === 1
      ? [`${DOT[first.severity]} ${check} · ${ctx.places(first)}: ${text(summaryOf(first))}${open}${waived}`]
      : [
          `${DOT[first.severity]} ${check} · ${plural(g.findings.length, "place")}${g.model ? ` in ${code(g.model)}` : ""}${open}${waived}`,
          ...g.findings.map((f) => `- ${ctx.places(f)}: ${text(summaryOf(f))}`),
        ];
  const hints = [...new Set(g.findings.map((f) => hintOf(f, 120)))];
  lines.push("", `**Fix:** ${hints.map(text).join("; ")}`, "", ...why(g, ctx));
  if (!first.waived) lines.push(...waiverSnippet(first, g.model, ctx.today));
  return lines.join("\n");
}

/** The evidence of every finding of the group, each statement once, and the full fixes. */
function why(g: Group, ctx: Context): string[] {
  const seen = new Set<string>();
  const evidence = g.findings.flatMap((f) => f.evidence).filter((e) => {
    const key = `${e.about}\0${e.id ?? ""}\0${e.statement}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const fixes = [...new Set(g.findings.map((f) => f.fix))];
  const messages = [...new Set(g.findings.map((f) => f.message))];
  const elsewhere = g.findings.map((f) => alsoAtText(f, (l) => ctx.place(l))).filter((a) => a !== "");
  return [
    "<details><summary>Why</summary>",
    "",
    ...messages.map((m) => text(m)).flatMap((m) => [m, ""]),
    ...elsewhere.map((a) => `${a.charAt(0).toUpperCase()}${a.slice(1)}.`).flatMap((a) => [a, ""]),
    ...evidence.map((e, i) => `${i + 1}. ${ctx.evidence(e)}`),
    "",
    ...fixes.flatMap((f) => [`**Fix in full:** ${f.split("\n").map(text).join("<br>")}`, ""]),
    "</details>",
  ];
}

function waiverSnippet(f: Finding, model: string | undefined, today: Date): string[] {
  const expires = expiryFrom(today);
  const yaml = [
    "waivers:",
    `  - check: ${f.checkId}`,
    `    path: ${JSON.stringify(model ?? f.location.file)}`,
    `    reason: "<why this risk is acceptable, and who decided>"`,
    `    expires: ${expires}`,
  ].join("\n");
  return ["<details><summary>Accept this risk</summary>", "", `Add to ${code(".github/model-provenance.yml")} (merged to the base branch):`, "", codeBlock(yaml, "yaml"), "", "</details>"];
}

/** The first of the month three months ahead: a waiver is reviewed, and the comment stays stable within a month. */
export function expiryFrom(today: Date): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 3, 1));
  return d.toISOString().slice(0, 10);
}

/**
 * Links and source numbers shared by one rendering. Every URL is written once, in a reference
 * definition at the end: a source is `[1]` wherever it is cited, a rules/ file or a line of the
 * tree likewise has one id.
 */
class Context {
  readonly today: Date;
  private readonly sources = new Map<string, number>();
  private readonly refs = new Map<string, string>();
  constructor(private readonly opts: MarkdownOptions) {
    this.today = opts.today ?? new Date();
  }

  place(l: Location): string {
    const label = code(`${l.file}:${l.line}`);
    return this.opts.blobUrl ? refLink(label, this.ref(`${this.opts.blobUrl}/${urlPath(l.file)}#L${l.line}`)) : label;
  }

  /** The finding's place, and how many more it occurs at (listed under "Why"). */
  places(f: Finding): string {
    const more = otherPlaces(f);
    return more > 0 ? `${this.place(f.location)} (and ${plural(more, "more place")})` : this.place(f.location);
  }

  evidence(e: Evidence): string {
    const at = e.location ? ` (${this.place(e.location)})` : "";
    const rule = e.id ? this.opts.ruleFile?.(e.about, e.id) : undefined;
    const links = [
      ...(rule ? [refLink(code(`rules/${rule}`), this.ref(releasedFile(`rules/${rule}`)))] : []),
      ...(e.sources ?? []).map((s) => refLink(`${html(hostOf(s.url))} [${this.number(s.url)}]`, String(this.number(s.url)))),
    ];
    return `**${e.about}**${e.id ? ` ${code(e.id)}` : ""}: ${text(e.statement)}${at}${links.length > 0 ? ` — ${links.join(" · ")}` : ""}`;
  }

  private number(url: string): number {
    let n = this.sources.get(url);
    if (n === undefined) this.sources.set(url, (n = this.sources.size + 1));
    return n;
  }

  private ref(url: string): string {
    let id = this.refs.get(url);
    if (id === undefined) this.refs.set(url, (id = `l${this.refs.size + 1}`));
    return id;
  }

  /** The numbered sources once, collapsed, so a number in any "Why" can be looked up. */
  sourceList(): string[] {
    if (this.sources.size === 0) return [];
    const items = [...this.sources].map(([url, n]) => `${n}. ${refLink(html(shortUrl(url)), String(n))}`);
    return [`<details><summary>${plural(this.sources.size, "source")}</summary>`, "", ...items, "", "</details>"];
  }

  /** Every URL of the rendering, once. */
  definitions(): string[] {
    const defs = [...[...this.sources].map(([url, n]) => definition(String(n), url)), ...[...this.refs].map(([url, id]) => definition(id, url))];
    return defs.length > 0 ? ["", ...defs] : [];
  }
}

/** "github.com/CompVis/stable-diffusion/…/LICENSE": the host, the start and the end of the path. */
function shortUrl(url: string): string {
  const u = new URL(url);
  const parts = decodeURIComponent(u.pathname).split("/").filter(Boolean);
  const path = parts.length > 3 ? [...parts.slice(0, 2), "…", parts.at(-1)!] : parts;
  return [hostOf(url), ...path].join("/");
}

/** Cuts whole conflicts to the budget and says how much was left out, never silently. */
function fit(textOut: string, conflicts: number, max?: number): string {
  if (!max || textOut.length <= max) return textOut;
  const note = `\n\n_Truncated: the report was longer than ${max} characters (${plural(conflicts, "conflict")} in all). See the job summary or the JSON report for the rest._\n`;
  const cut = Math.max(textOut.lastIndexOf("\n🔴", max - note.length), textOut.lastIndexOf("\n🟡", max - note.length), textOut.lastIndexOf("\n⚪", max - note.length));
  return textOut.slice(0, cut > 0 ? cut : max - note.length) + note;
}
