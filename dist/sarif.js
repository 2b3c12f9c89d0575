import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { a as __builtin } from './_builtin_crypto.js';
import { C as CHECKS, e as allFindings, h as REPOSITORY_URL, g as docsUrl } from './pipeline.js';
import { L as LINE_BREAK, C as CONTROL, v as visible, w as wellFormed, b as alsoAtText } from './words.js';
import 'node:module';
import './_builtin_path_posix.js';
import './workspace.js';
import './_builtin_fs.js';
import './_builtin_path.js';
import './_commonjs_helpers.js';
import './own-data.js';
import './governing.js';
import './_builtin_url.js';
import './_builtin_process.js';
import './_builtin_buffer.js';

// SARIF message strings (result and related-location messages, suppression justifications), for
// GitHub code scanning and other SARIF viewers. Only `message.text` is written, never
// `message.markdown`, so no Markdown is rendered from the repository. A plain-text message still
// has syntax of its own (SARIF 2.1.0 §3.11): `[text](n)` is an embedded link to a location and
// `{n}` a placeholder, so that literal braces must be doubled. A repository string therefore goes
// through text(): one line, controls visible, braces doubled, and no `](` left to close a link.
// Links are made only by link(), to related locations the tool itself chose.

/** A repository string (or a message holding some) as SARIF plain text on one line. */
function text(s) {
  return s
    .replace(LINE_BREAK, " ")
    .replace(/\t/g, " ")
    .replace(CONTROL, visible)
    .replace(/[{}]/g, "$&$&")
    .replace(/\]\(/g, "]\u200b(");
}

/** Several lines of repository text (a multi-line fix), each escaped as text() escapes one. */
function lines(s) {
  return s.split(LINE_BREAK).map(text).join("\n");
}

/** An embedded link to the related location with this id; the label's own brackets are escaped. */
function link(label, id) {
  return `[${text(label).replace(/[\\[\]]/g, "\\$&")}](${id})`;
}


/** One segment of an artifact URI, percent-encoded (never throws: see wellFormed()). */
function uriSegment(s) {
  return encodeURIComponent(wellFormed(s));
}

// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). Pure: Report → SARIF log.
// One rule per registered check; one result per finding, with a fingerprint that ignores line numbers
// so that alerts survive edits that only move lines. Waived findings stay, as suppressed results, so
// the waiver and its reason are visible where the alert would be. Every repository string in a
// message goes through escape/sarif.ts; only message.text is written, never message.markdown.

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** The partialFingerprints key; bump the version if the recipe changes (alerts would reopen once). */
const FINGERPRINT_KEY = "modelProvenance/v1";
const INFORMATION_URI = REPOSITORY_URL;










const LEVEL = { error: "error", warning: "warning", note: "note" };
const PROBLEM_SEVERITY = { error: "error", warning: "warning", note: "recommendation" };

function toSarif(report, opts = {}) {
  const checks = opts.checks ?? CHECKS;
  const ruleIndex = new Map(checks.map((c, i) => [c.meta.id, i]));
  const findings = allFindings(report);
  const fingerprints = fingerprintAll(findings, opts);
  const results = findings.map((f, i) => result(f, ruleIndex.get(f.checkId), fingerprints[i], opts));
  const run = {
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

function renderSarif(report, opts = {}) {
  return JSON.stringify(toSarif(report, opts), null, 2) + "\n";
}

function rule(c) {
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

function howToFix(id) {
  const waiver = `waivers:\n  - check: ${id}\n    path: <model folder>\n    reason: <why this is acceptable>\n    expires: <YYYY-MM-DD>`;
  const intro = "Each alert states the fix for its finding under 'Fix:'. Make that change in the model card, license file or policy and the alert closes on the next run.";
  return {
    text: `${intro} To accept a finding instead, add a waiver to .github/model-provenance.yml:\n${waiver}`,
    markdown: `${intro.replace("'Fix:'", "**Fix:**")}\n\nTo accept a finding instead, add a waiver to \`.github/model-provenance.yml\`:\n\n\`\`\`yaml\n${waiver}\n\`\`\``,
  };
}

function result(f, ruleIndex, fingerprint, opts) {
  const evidence = f.evidence
    .filter((e) => e.location !== undefined && !sameLocation(e.location, f.location))
    .map((e) => ({ location: e.location, text: text(sentence(e.statement)) }));
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
    ...(f.waived ? { suppressions: [{ kind: "external" , status: "accepted" , justification: text(waiverText(f.waived)) }] } : {}),
    properties: {
      messageId: f.messageId,
      ...(f.model !== undefined ? { model: f.model } : {}),
      ...(f.openQuestion ? { openQuestion: true } : {}),
    },
  };
}

function waiverText(w) {
  return w.expires ? `${w.reason} (waived until ${w.expires})` : w.reason;
}

/**
 * The message, the chain of evidence, the other places and the fix, as GitHub shows them in the
 * alert; every repository string escaped by escape/sarif.ts. `firstPlaceId` is the related-location
 * id of the first of Finding.alsoAt's places, which the message links.
 */
function messageText(f, firstPlaceId = 1) {
  const lines$1 = [text(sentence(f.message)) + (f.openQuestion ? " This is an open question; the policy decides how it is graded." : "")];
  if (f.evidence.length > 0) {
    lines$1.push("", "Why:");
    for (const e of f.evidence) lines$1.push(`- ${evidenceText(e)}`);
  }
  const also = alsoAtText(f, (l) => link(`${l.file}:${l.line}`, firstPlaceId + f.alsoAt.locations.indexOf(l)));
  if (also) lines$1.push("", `A${also.slice(1)}.`);
  lines$1.push("", `Fix: ${lines(sentence(f.fix))}`);
  return lines$1.join("\n");
}

function evidenceText(e) {
  const at = e.location ? ` (${e.location.file}:${e.location.line})` : "";
  const cite = e.sources?.length ? ` Source: ${e.sources.map((s) => s.url + (s.section ? ` § ${s.section}` : "")).join("; ")}` : "";
  return text(`${e.about}${e.id ? ` ${e.id}` : ""}: ${e.statement.trim().replace(/[.]$/, "")}${at}.${cite}`);
}

function physical(l, opts) {
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
function artifactUri(file, opts = {}) {
  const prefix = (opts.uriPrefix ?? "").replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+|\/+$/g, "");
  const rel = file.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "");
  const joined = prefix ? (rel === "." || rel === "" ? prefix : `${prefix}/${rel}`) : rel;
  return joined
    .split("/")
    .filter((s) => s !== "")
    .map(uriSegment)
    .join("/");
}

/**
 * partialFingerprints: a hash of what identifies the finding — check, message id, file, model, the
 * ids its evidence names (datasets, licenses, legal bases) and the message with line references
 * removed — but never its line or column. Findings that would share a hash are told apart by their
 * order in the file (`:1`, `:2`, as CodeQL does), which only changes if such twins are reordered.
 */
function fingerprintAll(findings, opts = {}) {
  const bases = findings.map((f) => fingerprintBase(f, opts));
  const groups = new Map();
  // Push into one array per hash: copying it at every member made 150k twins take minutes.
  bases.forEach((b, i) => {
    const group = groups.get(b);
    if (group) group.push(i);
    else groups.set(b, [i]);
  });
  const out = new Array(findings.length);
  for (const [base, idx] of groups) {
    const ordered = [...idx].sort((a, b) => {
      const la = findings[a].location;
      const lb = findings[b].location;
      return la.line - lb.line || la.column - lb.column || a - b;
    });
    ordered.forEach((i, n) => (out[i] = `${base}:${n + 1}`));
  }
  return out;
}

function fingerprintBase(f, opts) {
  const ids = [...new Set(f.evidence.filter((e) => e.id).map((e) => `${e.about}:${e.id}`))].sort();
  const message = f.message.replace(/:\d+(:\d+)?\b/g, "").replace(/\blines? \d+(-\d+)?\b/gi, "line");
  const parts = [f.checkId, f.messageId, artifactUri(f.location.file, opts), f.model ?? "", ids.join(","), message];
  return __builtin.createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

function sameLocation(a, b) {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}

function pascal(id) {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
}

/** SARIF asks for messages that are complete sentences ending with a period. */
function sentence(s) {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

export { FINGERPRINT_KEY, INFORMATION_URI, SARIF_SCHEMA, artifactUri, fingerprintAll, messageText, renderSarif, toSarif };
