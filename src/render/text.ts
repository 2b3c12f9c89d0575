// The text report, shaped like ESLint's: one line a model (path, name, verdict, license), one
// aligned line a finding (severity, check, file:line, the finding in one sentence, the fix in a few
// words), then a tally. --verbose adds each finding's evidence chain and full fix. Every string
// from the repository goes through plain() (src/render/escape/plain.ts); colour is picocolors'.
import pc from "picocolors";
import type { Evidence, Finding, Location, Verdict } from "../domain.js";
import type { ModelReport, Report } from "../report.js";
import { plain, plainLines } from "./escape/plain.js";
import { alsoAtText, countsText, hintOf, otherPlaces, plural, shorten, summaryOf, thousands } from "./words.js";

export interface TextOptions {
  color?: boolean | undefined;
  /** Evidence chains, full fixes, full notes and the sources they cite. */
  verbose?: boolean | undefined;
  /** Why no model was checked, when the scope explains it (`--changed-since` touched none). */
  noModels?: string | undefined;
}

/** Longest line of the default report, not counting the file paths in it. */
export const MAX_LINE = 160;
const WRAP = 100;
const NAME_MAX = 60;

type Colors = ReturnType<typeof pc.createColors>;

export function where(l: Location): string {
  return `${l.file}:${l.line}:${l.column}`;
}

export function renderText(report: Report, opts: TextOptions = {}): string {
  const c = pc.createColors(Boolean(opts.color));
  const sources = new SourceNumbers();
  const groups: Group[] = [
    ...(report.findings.length > 0 ? [{ header: runHeader(report, c), dir: undefined, findings: report.findings }] : []),
    ...report.models.map((m) => ({ header: modelHeader(m, c), dir: m.path, findings: m.findings })),
  ];
  const rows = groups.map((g) => g.findings.map((f) => row(f, g.dir)));
  const widths = columnWidths(rows.flat());
  const out: string[] = [];
  groups.forEach((g, i) => {
    out.push(g.header);
    g.findings.forEach((f, j) => {
      out.push(rowLine(rows[i]![j]!, widths, f, c));
      if (opts.verbose) out.push(...details(f, g.dir, sources, c));
    });
    out.push("");
  });
  out.push(...tally(report, opts.noModels, c));
  out.push(...notes(report, opts.verbose === true, c));
  if (opts.verbose) out.push(...sources.lines(c));
  return out.join("\n") + "\n";
}

interface Group {
  header: string;
  dir: string | undefined;
  findings: readonly Finding[];
}

interface Row {
  severity: string;
  check: string;
  where: string;
  summary: string;
  hint: string;
}

function row(f: Finding, dir: string | undefined): Row {
  const open = f.openQuestion ? " (open question)" : "";
  const waived = f.waived ? ` (waived${f.waived.expires ? ` until ${f.waived.expires}` : ""}: ${f.waived.reason})` : "";
  // A finding at several places: its first, and how many more (--verbose lists them).
  const more = otherPlaces(f) > 0 ? ` +${thousands(otherPlaces(f))}` : "";
  return {
    severity: f.waived ? "waived" : f.severity,
    check: f.checkId,
    where: plain(`${relativeTo(f.location.file, dir)}:${f.location.line}${more}`),
    summary: plain(summaryOf(f) + open + waived),
    hint: plain(hintOf(f)),
  };
}

function columnWidths(rows: Row[]): { severity: number; check: number; where: number } {
  const max = (k: keyof Row) => Math.max(0, ...rows.map((r) => r[k].length));
  return { severity: max("severity"), check: max("check"), where: max("where") };
}

function rowLine(r: Row, w: ReturnType<typeof columnWidths>, f: Finding, c: Colors): string {
  // A long path may push the line past the limit (paths are exempt); the message and the fix share the rest.
  const room = MAX_LINE - (2 + w.severity + 2 + w.check + 2 + Math.min(w.where, 30) + 2);
  const hintRoom = Math.max(28, Math.min(r.hint.length, room - r.summary.length - 7));
  const hint = r.hint ? shorten(r.hint, hintRoom) : "";
  const fix = hint ? `  fix: ${hint}` : "";
  const summary = shorten(r.summary, Math.max(40, room - fix.length));
  const sev = f.waived ? c.gray : f.severity === "error" ? c.red : f.severity === "warning" ? c.yellow : c.blue;
  return `  ${sev(r.severity.padEnd(w.severity))}  ${c.bold(r.check.padEnd(w.check))}  ${c.dim(r.where.padEnd(w.where))}  ${summary}${c.dim(fix)}`;
}

function modelHeader(m: ModelReport, c: Colors): string {
  const license = m.license.id ?? (m.license.name ? `${m.license.name} (unrecognised)` : "no license");
  return `${c.underline(plain(m.path))}  ${plain(shorten(m.name, NAME_MAX))}  ${verdictText(m.verdict, c)}  ${plain(license)}`;
}

function runHeader(report: Report, c: Colors): string {
  return `${c.underline(plain(report.policy.file ?? "default policy"))}  run-wide findings`;
}

function verdictText(v: Verdict, c: Colors): string {
  const paint = v === "fail" ? c.red : v === "warn" ? c.yellow : c.green;
  return c.bold(paint(v.toUpperCase()));
}

/** --verbose: the evidence chain, each link with its place and its numbered sources, and the full fix. */
function details(f: Finding, dir: string | undefined, sources: SourceNumbers, c: Colors): string[] {
  const out: string[] = [];
  if (f.summary || summaryOf(f) !== f.message) out.push(...wrap(`${f.message}`, "      ", "      "));
  const also = alsoAtText(f, (l) => `${relativeTo(l.file, dir)}:${l.line}`);
  if (also) out.push(...wrap(also, "      ", "        ").map((l) => c.dim(l)));
  if (f.evidence.length > 0) out.push(c.dim("      why:"));
  for (const e of f.evidence) out.push(...wrap(evidenceLine(e, dir, sources), "        - ", "          ").map((l) => c.dim(l)));
  const fix = plainLines(f.fix);
  out.push(...wrap(fix[0] ?? "", "      fix: ", "           ", false), ...fix.slice(1).map((l) => `           ${l}`));
  return out;
}

function evidenceLine(e: Evidence, dir: string | undefined, sources: SourceNumbers): string {
  const at = e.location ? ` (${relativeTo(e.location.file, dir)}:${e.location.line})` : "";
  const cite = (e.sources ?? []).map((s) => ` [${sources.number(s.url)}]`).join("");
  return `${e.about}${e.id ? ` ${e.id}` : ""}: ${e.statement}${at}${cite}`;
}

function tally(report: Report, noModels: string | undefined, c: Colors): string[] {
  if (noModels) return [`${c.green("✔")} No model to check: ${plain(noModels)}.`];
  if (report.models.length === 0) {
    return [c.red(c.bold("✖ No model checked: no model card or license file was found under the paths given.")), ...skippedLines(report, c)];
  }
  const byVerdict = (["fail", "warn", "pass"] as const).map((v) => [v, report.models.filter((m) => m.verdict === v).length] as const).filter(([, n]) => n > 0);
  const verdicts = byVerdict.map(([v, n]) => `${n} ${v}`).join(", ");
  const mark = report.verdict === "fail" ? c.red("✖") : report.verdict === "warn" ? c.yellow("!") : c.green("✔");
  const waived = report.models.flatMap((m) => m.findings).concat(report.findings).filter((f) => f.waived).length;
  const policy = report.policy.file ? `policy ${plain(report.policy.file)}` : "default policy";
  return [
    `${mark} ${verdictText(report.verdict, c)}  ${plural(report.models.length, "model")} checked${verdicts ? ` (${verdicts})` : ""}: ` +
      `${countsText(report.counts)}${waived > 0 ? `, ${waived} waived` : ""}; ${policy}, fail on ${report.policy.failOn}`,
    ...skippedLines(report, c),
  ];
}

function skippedLines(report: Report, c: Colors): string[] {
  const skipped = report.skipped ?? [];
  if (skipped.length === 0) return [];
  const shown = skipped.slice(0, 10).map((s) => c.dim(`  skipped ${plain(s.path)}: ${plain(s.reason)}`));
  return [`${plural(skipped.length, "path")} not read:`, ...shown, ...(skipped.length > 10 ? [c.dim(`  … and ${skipped.length - 10} more (see the JSON report)`)] : [])];
}

/** Run-wide notes once: their first sentence by default, the whole text with --verbose. */
function notes(report: Report, verbose: boolean, c: Colors): string[] {
  return report.notes.flatMap((n) => {
    if (verbose) return wrap(plain(n), "note: ", "      ").map((l) => c.dim(l));
    const first = /^.*?[.!?](\s|$)/.exec(n)?.[0]?.trim() ?? n;
    return [c.dim(`note: ${shorten(plain(first), WRAP)}${first.length < n.length ? " (--verbose for more)" : ""}`)];
  });
}

/** Word-wraps one paragraph at WRAP columns with the given first-line and hanging indents. */
function wrap(s: string, first: string, rest: string, escape = true): string[] {
  const words = (escape ? plain(s) : s).split(" ").filter((w) => w !== "");
  const lines: string[] = [];
  let line = first;
  for (const w of words) {
    if (line.length + w.length > WRAP && line.trim() !== first.trim()) {
      lines.push(line.trimEnd());
      line = rest;
    }
    line += `${w} `;
  }
  lines.push(line.trimEnd());
  return lines;
}

function relativeTo(file: string, dir: string | undefined): string {
  if (dir === undefined || dir === ".") return file;
  return file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file;
}

/** Each cited URL numbered once per report, listed at its end. */
class SourceNumbers {
  private readonly urls = new Map<string, number>();
  number(url: string): number {
    let n = this.urls.get(url);
    if (n === undefined) this.urls.set(url, (n = this.urls.size + 1));
    return n;
  }
  lines(c: Colors): string[] {
    if (this.urls.size === 0) return [];
    return ["", c.dim("sources:"), ...[...this.urls].map(([url, n]) => c.dim(`  [${n}] ${plain(url)}`))];
  }
}
