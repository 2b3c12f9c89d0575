// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). Pure: Report → SARIF log.
// One rule per registered check; one result per finding, with a fingerprint that ignores line numbers
// so that alerts survive edits that only move lines. Waived findings stay, as suppressed results, so
// the waiver and its reason are visible where the alert would be. Every repository string in a
// message goes through escape/sarif.ts; only message.text is written, never message.markdown.
import { createHash } from "node:crypto";
import type * as Sarif from "sarif";
import { CHECKS } from "../checks/index.js";
import { docsUrl, type Check } from "../checks/types.js";
import type { Evidence, Finding, Location, ReportedSeverity } from "../domain.js";
import { allFindings, type Report } from "../report.js";
import { REPOSITORY_URL } from "../version.js";
import * as sarif from "./escape/sarif.js";
import { alsoAtText } from "./words.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** The partialFingerprints key; bump the version if the recipe changes (alerts would reopen once). */
export const FINGERPRINT_KEY = "modelProvenance/v1";
export const INFORMATION_URI = REPOSITORY_URL;

export interface SarifOptions {
  /** Prepended to every file path, for a scan run from a subfolder of the repository (e.g. `models/`). */
  uriPrefix?: string | undefined;
  /** runs[0].automationDetails.id, e.g. `model-provenance/`; upload-sarif's `category` does the same. */
  automationId?: string | undefined;
  /** The checks that become rules; defaults to the registry. */
  checks?: readonly Check[] | undefined;
}

const LEVEL: Record<ReportedSeverity, Sarif.ReportingConfiguration.level> = { error: "error", warning: "warning", note: "note" };
const PROBLEM_SEVERITY: Record<ReportedSeverity, string> = { error: "error", warning: "warning", note: "recommendation" };

export function toSarif(report: Report, opts: SarifOptions = {}): Sarif.Log {
  const checks = opts.checks ?? CHECKS;
  const ruleIndex = new Map(checks.map((c, i) => [c.meta.id, i]));
  const findings = allFindings(report);
  const fingerprints = fingerprintAll(findings, opts);
  const results: Sarif.Result[] = findings.map((f, i) => result(f, ruleIndex.get(f.checkId), fingerprints[i]!, opts));
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: INFORMATION_URI,
        rules: checks.map(rule),
      },
    },
    ...(opts.automationId ? { automationDetails: { id: opts.automationId } } : {}),
    columnKind: "utf16CodeUnits",
    results,
    properties: {
      verdict: report.verdict,
      counts: report.counts,
      reportSchemaVersion: report.schemaVersion,
      ...(report.notes.length > 0 ? { notes: report.notes } : {}),
    },
  };
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}

export function renderSarif(report: Report, opts: SarifOptions = {}): string {
  return JSON.stringify(toSarif(report, opts), null, 2) + "\n";
}

function rule(c: Check): Sarif.ReportingDescriptor {
  const m = c.meta;
  const fix = howToFix(m.id);
  return {
    id: m.id,
    name: pascal(m.id),
    shortDescription: { text: sentence(m.description) },
    fullDescription: { text: sentence(m.docs) },
    help: {
      text: [sentence(m.description), sentence(m.docs), `How to fix: ${fix.text}`, `Documentation: ${docsUrl(m.id)}`].join("\n\n"),
      markdown: [`**${sentence(m.description)}**`, sentence(m.docs), "## How to fix", fix.markdown, `See the [documentation](${docsUrl(m.id)}).`].join(
        "\n\n",
      ),
    },
    helpUri: docsUrl(m.id),
    defaultConfiguration: { level: LEVEL[m.defaultSeverity] },
    properties: {
      tags: ["provenance", "license", m.scope === "run" ? "policy" : "model"],
      "problem.severity": PROBLEM_SEVERITY[m.defaultSeverity],
      precision: "high",
    },
  };
}

function howToFix(id: string): { text: string; markdown: string } {
  const waiver = `waivers:\n  - check: ${id}\n    path: <model folder>\n    reason: <why this is acceptable>\n    expires: <YYYY-MM-DD>`;
  const intro = "Each alert states the fix for its finding under 'Fix:'. Make that change in the model card, license file or policy and the alert closes on the next run.";
  return {
    text: `${intro} To accept a finding instead, add a waiver to .github/model-provenance.yml:\n${waiver}`,
    markdown: `${intro.replace("'Fix:'", "**Fix:**")}\n\nTo accept a finding instead, add a waiver to \`.github/model-provenance.yml\`:\n\n\`\`\`yaml\n${waiver}\n\`\`\``,
  };
}

function result(f: Finding, ruleIndex: number | undefined, fingerprint: string, opts: SarifOptions): Sarif.Result {
  const evidence = f.evidence
    .filter((e): e is Evidence & { location: Location } => e.location !== undefined && !sameLocation(e.location, f.location))
    .map((e) => ({ location: e.location, text: sarif.text(sentence(e.statement)) }));
  // The other places of a finding that occurs at several (Finding.alsoAt); GitHub shows the first location only.
  const elsewhere = (f.alsoAt?.locations ?? []).map((l) => ({ location: l, text: "The same finding occurs here too." }));
  const related = [...evidence, ...elsewhere];
  return {
    ruleId: f.checkId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: messageText(f, evidence.length + 1) },
    locations: [{ physicalLocation: physical(f.location, opts) }],
    ...(related.length > 0
      ? { relatedLocations: related.map((r, i) => ({ id: i + 1, physicalLocation: physical(r.location, opts), message: { text: r.text } })) }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(f.waived ? { suppressions: [{ kind: "external" as const, status: "accepted" as const, justification: sarif.text(waiverText(f.waived)) }] } : {}),
    properties: {
      messageId: f.messageId,
      ...(f.model !== undefined ? { model: f.model } : {}),
      ...(f.openQuestion ? { openQuestion: true } : {}),
    },
  };
}

function waiverText(w: NonNullable<Finding["waived"]>): string {
  return w.expires ? `${w.reason} (waived until ${w.expires})` : w.reason;
}

/**
 * The message, the chain of evidence, the other places and the fix, as GitHub shows them in the
 * alert; every repository string escaped by escape/sarif.ts. `firstPlaceId` is the related-location
 * id of the first of Finding.alsoAt's places, which the message links.
 */
export function messageText(f: Finding, firstPlaceId = 1): string {
  const lines = [sarif.text(sentence(f.message)) + (f.openQuestion ? " This is an open question; the policy decides how it is graded." : "")];
  if (f.evidence.length > 0) {
    lines.push("", "Why:");
    for (const e of f.evidence) lines.push(`- ${evidenceText(e)}`);
  }
  const also = alsoAtText(f, (l) => sarif.link(`${l.file}:${l.line}`, firstPlaceId + f.alsoAt!.locations.indexOf(l)));
  if (also) lines.push("", `A${also.slice(1)}.`);
  lines.push("", `Fix: ${sarif.lines(sentence(f.fix))}`);
  return lines.join("\n");
}

function evidenceText(e: Evidence): string {
  const at = e.location ? ` (${e.location.file}:${e.location.line})` : "";
  const cite = e.sources?.length ? ` Source: ${e.sources.map((s) => s.url + (s.section ? ` § ${s.section}` : "")).join("; ")}` : "";
  return sarif.text(`${e.about}${e.id ? ` ${e.id}` : ""}: ${e.statement.trim().replace(/[.]$/, "")}${at}.${cite}`);
}

function physical(l: Location, opts: SarifOptions): Sarif.PhysicalLocation {
  return {
    artifactLocation: { uri: artifactUri(l.file, opts) },
    region: {
      startLine: Math.max(1, l.line),
      startColumn: Math.max(1, l.column),
      ...(l.endLine !== undefined && l.endLine >= l.line ? { endLine: l.endLine } : {}),
    },
  };
}

/** Repository-relative, forward slashes, each segment percent-encoded (a space becomes %20). */
export function artifactUri(file: string, opts: Pick<SarifOptions, "uriPrefix"> = {}): string {
  const prefix = (opts.uriPrefix ?? "").replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+|\/+$/g, "");
  const rel = file.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "");
  const joined = prefix ? (rel === "." || rel === "" ? prefix : `${prefix}/${rel}`) : rel;
  return joined
    .split("/")
    .filter((s) => s !== "")
    .map(sarif.uriSegment)
    .join("/");
}

/**
 * partialFingerprints: a hash of what identifies the finding — check, message id, file, model, the
 * ids its evidence names (datasets, licenses, legal bases) and the message with line references
 * removed — but never its line or column. Findings that would share a hash are told apart by their
 * order in the file (`:1`, `:2`, as CodeQL does), which only changes if such twins are reordered.
 */
export function fingerprintAll(findings: readonly Finding[], opts: Pick<SarifOptions, "uriPrefix"> = {}): string[] {
  const bases = findings.map((f) => fingerprintBase(f, opts));
  const groups = new Map<string, number[]>();
  // Push into one array per hash: copying it at every member made 150k twins take minutes.
  bases.forEach((b, i) => {
    const group = groups.get(b);
    if (group) group.push(i);
    else groups.set(b, [i]);
  });
  const out = new Array<string>(findings.length);
  for (const [base, idx] of groups) {
    const ordered = [...idx].sort((a, b) => {
      const la = findings[a]!.location;
      const lb = findings[b]!.location;
      return la.line - lb.line || la.column - lb.column || a - b;
    });
    ordered.forEach((i, n) => (out[i] = `${base}:${n + 1}`));
  }
  return out;
}

function fingerprintBase(f: Finding, opts: Pick<SarifOptions, "uriPrefix">): string {
  const ids = [...new Set(f.evidence.filter((e) => e.id).map((e) => `${e.about}:${e.id}`))].sort();
  const message = f.message.replace(/:\d+(:\d+)?\b/g, "").replace(/\blines? \d+(-\d+)?\b/gi, "line");
  const parts = [f.checkId, f.messageId, artifactUri(f.location.file, opts), f.model ?? "", ids.join(","), message];
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

function sameLocation(a: Location, b: Location): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

/** SARIF asks for messages that are complete sentences ending with a period. */
function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
