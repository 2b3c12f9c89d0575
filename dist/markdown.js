import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { t as releasedFile, u as docsUrl } from './workspace.js';
import { L as LINE_BREAK, C as CONTROL, w as wellFormed, o as otherPlaces, a as plural, c as countsText, s as summaryOf, h as hintOf, b as alsoAtText } from './words.js';

// GitHub-flavoured Markdown for PR comments, review comments and job summaries. Every string
// from the repository goes through text(), code(), html() or cell() before it reaches a comment,
// so none can mention (@org/team), reference another repository's issue (owner/repo#1), link,
// embed an image, open HTML or math (`$`), forge this Action's hidden markers (`<!--`), break a
// table row or break out of a code span. Links are made only by link(), from URLs the tool chose.
//
// Why not a library: markdown-escape and mdast-util-to-markdown escape CommonMark syntax, but
// neither knows GitHub's own post-processing (mentions, issue references, bare-URL autolinks run
// on the rendered text, where a backslash escape is already gone), nor table cells. A zero-width
// space after `@`, `#`, `://` and `www.` is what defeats those; the rest is CommonMark escaping.


const ZWSP = "\u200b";

/** One line, no controls: the common ground of every context below. */
function flat(s) {
  return s.replace(LINE_BREAK, " ").replace(/\t/g, " ").replace(CONTROL, "\ufffd");
}

/**
 * Defeats GitHub's post-processing of rendered text: mentions, issue references (#1, GH-1,
 * owner/repo#1), commit references (a 7-40 digit hex word), bare-URL and email autolinks.
 */
function inert(s) {
  return s
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
    .replace(/\b([0-9a-f]{6})(?=[0-9a-f]{1,34}\b)/gi, `$1${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

/** Inline Markdown text: every construct a repository string could open is escaped. */
function text(s) {
  const escaped = flat(s)
    // `$` opens GitHub's math, which can draw any text at any size.
    .replace(/[\\`*[\]~|$]/g, (c) => `\\${c}`)
    // An underscore between two letters or digits cannot open or close emphasis (merge_group).
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    // A list marker, heading or thematic break only acts at the start of a line.
    .replace(/^(\s*)([-+=]|\d+[.)])/, (_m, ws, mark) => `${ws}${mark.replace(/([-+=.)])$/, "\\$1")}`);
  return inert(escaped);
}

/** An inline code span holding `s` verbatim (GitHub leaves code spans alone). */
function code(s) {
  const body = flat(s);
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  // A span that starts or ends with a backtick or a space needs one space of padding (CommonMark).
  const pad = /^[` ]|[` ]$/.test(body) || body === "" ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Text inside an HTML element (`<summary>`), where Markdown does not apply but entities do. */
function html(s) {
  const escaped = flat(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return inert(escaped);
}

/** Markdown already built with text()/code()/link(), made fit for one table cell. */
function cell(markdown) {
  return markdown.replace(LINE_BREAK, " ").replace(/(?<!\\)((?:\\\\)*)\|/g, "$1\\|");
}

/** A link to a URL the tool chose (rules/ sources, docs, the workflow run), never a repository string. */
function link(label, url) {
  return `[${label}](${safeUrl(url)})`;
}

/** A reference link (`[label][id]`) whose URL a definition() gives once per document. */
function refLink(label, id) {
  return `[${label}][${id}]`;
}

/** `[id]: <url>`: a link reference definition, invisible when rendered. */
function definition(id, url) {
  return `[${id}]: <${safeUrl(url)}>`;
}

/** A URL that cannot end the link early or carry a script. */
function safeUrl(url) {
  const u = new URL(url);
  if (u.protocol !== "https:" && u.protocol !== "http:") throw new Error(`refusing to link a ${u.protocol} URL`);
  return u.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A repository path as the path of a URL (`models/a b/README.md` → `models/a%20b/README.md`); never throws. */
function urlPath(file) {
  return file.split("/").map((s) => encodeURIComponent(wellFormed(s))).join("/");
}

/** The host a source is named by ("github.com"), for link labels. */
function hostOf(url) {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return "source";
  }
}

/** A fenced code block whose fence no line of `body` can close. */
function codeBlock(body, info = "") {
  const clean = body.split(LINE_BREAK).map((l) => l.replace(CONTROL, "\ufffd")).join("\n");
  const longest = Math.max(2, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${info}\n${clean}\n${fence}`;
}

const ICON = { pass: "✅", warn: "⚠️", fail: "❌" };
const DOT = { error: "🔴", warning: "🟡", note: "⚪" } ;

/** Which rules/ file holds a fact, from the knowledge base the run used. */
function ruleFileOf(kb) {
  return (about, id) => {
    if (about === "license") return kb.license(id)?.file;
    if (about === "dataset") return kb.dataset(id)?.file;
    if (about === "legal-basis") return kb.legalBasis(id)?.file;
    if (about === "model") return kb.model(id)?.file;
    return undefined;
  };
}

function renderMarkdown(report, opts = {}) {
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
function headline(report) {
  const n = report.models.length;
  if (n === 0) return report.findings.length > 0 ? `No model checked; ${countsText(report.counts)} about the run.` : "No model was checked.";
  const failing = report.models.filter((m) => m.verdict === "fail").length;
  const warning = report.models.filter((m) => m.verdict === "warn").length;
  const counts = countsText(report.counts);
  if (failing > 0) return `**${failing} of ${plural(n, "model")} ${failing === 1 ? "claims" : "claim"} more rights than ${failing === 1 ? "its" : "their"} sources support or ${failing === 1 ? "breaks" : "break"} the policy** (${counts}).`;
  if (warning > 0) return `**${warning} of ${plural(n, "model")} ${warning === 1 ? "needs" : "need"} a look** (${counts}); none fails.`;
  return n === 1 ? "**The model's license is supported by what it was trained on.**" : `**All ${n} models' licenses are supported by what they were trained on.**`;
}

function modelTable(report) {
  if (report.models.length === 0) return [];
  const row = (m) =>
    `| ${cell(`${code(m.path)} ${text(m.name)}`)} | ${cell(m.license.id ? code(m.license.id) : m.license.name ? `${text(m.license.name)} (unrecognised)` : "none")} | ${ICON[m.verdict]} ${m.verdict} | ${countsText(m.counts)} |`;
  return ["| Model | License | Verdict | Findings |", "|---|---|---|---|", ...report.models.map(row)];
}

/** Findings of one check on one model with one message id: one conflict, however many sources or places. */





function groupFindings(report) {
  const groups = new Map();
  const all = [...report.findings.map((f) => [undefined, f] ), ...report.models.flatMap((m) => m.findings.map((f) => [m.path, f] ))];
  for (const [model, f] of all) {
    const key = [model ?? "", f.checkId, f.messageId, f.waived ? "waived" : ""].join("\0");
    const g = groups.get(key) ?? { model, findings: [] };
    g.findings.push(f);
    groups.set(key, g);
  }
  return [...groups.values()];
}

function conflict(g, ctx) {
  const first = g.findings[0];
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
function why(g, ctx) {
  const seen = new Set();
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

function waiverSnippet(f, model, today) {
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
function expiryFrom(today) {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 3, 1));
  return d.toISOString().slice(0, 10);
}

/**
 * Links and source numbers shared by one rendering. Every URL is written once, in a reference
 * definition at the end: a source is `[1]` wherever it is cited, a rules/ file or a line of the
 * tree likewise has one id.
 */
class Context {
   today;
    sources = new Map();
    refs = new Map();
  constructor(  opts) {this.opts = opts;
    this.today = opts.today ?? new Date();
  }

  place(l) {
    const label = code(`${l.file}:${l.line}`);
    return this.opts.blobUrl ? refLink(label, this.ref(`${this.opts.blobUrl}/${urlPath(l.file)}#L${l.line}`)) : label;
  }

  /** The finding's place, and how many more it occurs at (listed under "Why"). */
  places(f) {
    const more = otherPlaces(f);
    return more > 0 ? `${this.place(f.location)} (and ${plural(more, "more place")})` : this.place(f.location);
  }

  evidence(e) {
    const at = e.location ? ` (${this.place(e.location)})` : "";
    const rule = e.id ? this.opts.ruleFile?.(e.about, e.id) : undefined;
    const links = [
      ...(rule ? [refLink(code(`rules/${rule}`), this.ref(releasedFile(`rules/${rule}`)))] : []),
      ...(e.sources ?? []).map((s) => refLink(`${html(hostOf(s.url))} [${this.number(s.url)}]`, String(this.number(s.url)))),
    ];
    return `**${e.about}**${e.id ? ` ${code(e.id)}` : ""}: ${text(e.statement)}${at}${links.length > 0 ? ` — ${links.join(" · ")}` : ""}`;
  }

   number(url) {
    let n = this.sources.get(url);
    if (n === undefined) this.sources.set(url, (n = this.sources.size + 1));
    return n;
  }

   ref(url) {
    let id = this.refs.get(url);
    if (id === undefined) this.refs.set(url, (id = `l${this.refs.size + 1}`));
    return id;
  }

  /** The numbered sources once, collapsed, so a number in any "Why" can be looked up. */
  sourceList() {
    if (this.sources.size === 0) return [];
    const items = [...this.sources].map(([url, n]) => `${n}. ${refLink(html(shortUrl(url)), String(n))}`);
    return [`<details><summary>${plural(this.sources.size, "source")}</summary>`, "", ...items, "", "</details>"];
  }

  /** Every URL of the rendering, once. */
  definitions() {
    const defs = [...[...this.sources].map(([url, n]) => definition(String(n), url)), ...[...this.refs].map(([url, id]) => definition(id, url))];
    return defs.length > 0 ? ["", ...defs] : [];
  }
}

/** "github.com/CompVis/stable-diffusion/…/LICENSE": the host, the start and the end of the path. */
function shortUrl(url) {
  const u = new URL(url);
  const parts = decodeURIComponent(u.pathname).split("/").filter(Boolean);
  const path = parts.length > 3 ? [...parts.slice(0, 2), "…", parts.at(-1)] : parts;
  return [hostOf(url), ...path].join("/");
}

/** Cuts whole conflicts to the budget and says how much was left out, never silently. */
function fit(textOut, conflicts, max) {
  if (!max || textOut.length <= max) return textOut;
  const note = `\n\n_Truncated: the report was longer than ${max} characters (${plural(conflicts, "conflict")} in all). See the job summary or the JSON report for the rest._\n`;
  const cut = Math.max(textOut.lastIndexOf("\n🔴", max - note.length), textOut.lastIndexOf("\n🟡", max - note.length), textOut.lastIndexOf("\n⚪", max - note.length));
  return textOut.slice(0, cut > 0 ? cut : max - note.length) + note;
}

const markdown = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  expiryFrom,
  renderMarkdown,
  ruleFileOf
}, Symbol.toStringTag, { value: 'Module' }));

export { cell as a, ruleFileOf as b, code as c, link as l, markdown as m, renderMarkdown as r, text as t };
