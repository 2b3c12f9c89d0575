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

import { CONTROL, LINE_BREAK, wellFormed } from "./plain.js";

const ZWSP = "\u200b";

/** One line, no controls: the common ground of every context below. */
function flat(s: string): string {
  return s.replace(LINE_BREAK, " ").replace(/\t/g, " ").replace(CONTROL, "\ufffd");
}

/**
 * Defeats GitHub's post-processing of rendered text: mentions, issue references (#1, GH-1,
 * owner/repo#1), commit references (a 7-40 digit hex word), bare-URL and email autolinks.
 */
function inert(s: string): string {
  return s
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
    .replace(/\b([0-9a-f]{6})(?=[0-9a-f]{1,34}\b)/gi, `$1${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

/** Inline Markdown text: every construct a repository string could open is escaped. */
export function text(s: string): string {
  const escaped = flat(s)
    // `$` opens GitHub's math, which can draw any text at any size.
    .replace(/[\\`*[\]~|$]/g, (c) => `\\${c}`)
    // An underscore between two letters or digits cannot open or close emphasis (merge_group).
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    // A list marker, heading or thematic break only acts at the start of a line.
    .replace(/^(\s*)([-+=]|\d+[.)])/, (_m, ws: string, mark: string) => `${ws}${mark.replace(/([-+=.)])$/, "\\$1")}`);
  return inert(escaped);
}

/** An inline code span holding `s` verbatim (GitHub leaves code spans alone). */
export function code(s: string): string {
  const body = flat(s);
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  // A span that starts or ends with a backtick or a space needs one space of padding (CommonMark).
  const pad = /^[` ]|[` ]$/.test(body) || body === "" ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Text inside an HTML element (`<summary>`), where Markdown does not apply but entities do. */
export function html(s: string): string {
  const escaped = flat(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return inert(escaped);
}

/** Markdown already built with text()/code()/link(), made fit for one table cell. */
export function cell(markdown: string): string {
  return markdown.replace(LINE_BREAK, " ").replace(/(?<!\\)((?:\\\\)*)\|/g, "$1\\|");
}

/** A link to a URL the tool chose (rules/ sources, docs, the workflow run), never a repository string. */
export function link(label: string, url: string): string {
  return `[${label}](${safeUrl(url)})`;
}

/** A reference link (`[label][id]`) whose URL a definition() gives once per document. */
export function refLink(label: string, id: string): string {
  return `[${label}][${id}]`;
}

/** `[id]: <url>`: a link reference definition, invisible when rendered. */
export function definition(id: string, url: string): string {
  return `[${id}]: <${safeUrl(url)}>`;
}

/** A URL that cannot end the link early or carry a script. */
export function safeUrl(url: string): string {
  const u = new URL(url);
  if (u.protocol !== "https:" && u.protocol !== "http:") throw new Error(`refusing to link a ${u.protocol} URL`);
  return u.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A repository path as the path of a URL (`models/a b/README.md` → `models/a%20b/README.md`); never throws. */
export function urlPath(file: string): string {
  return file.split("/").map((s) => encodeURIComponent(wellFormed(s))).join("/");
}

/** The host a source is named by ("github.com"), for link labels. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return "source";
  }
}

/** A fenced code block whose fence no line of `body` can close. */
export function codeBlock(body: string, info = ""): string {
  const clean = body.split(LINE_BREAK).map((l) => l.replace(CONTROL, "\ufffd")).join("\n");
  const longest = Math.max(2, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${info}\n${clean}\n${fence}`;
}
