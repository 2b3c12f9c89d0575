// What "no repository string reaches an output unescaped" means, output by output, written as
// checks that list the problems they find (an empty list is inert). Shared by the attack-list test
// (escape.test.ts) and the fast-check properties (__tests__/properties/).
import type * as Sarif from "sarif";
import { isPlainSafe } from "../../src/render/escape/plain.js";
import { isXmlSafe } from "../../src/render/escape/svg.js";

/** The strings attacks are made of (issue 12, point 6), one per kind. */
export const ATTACKS: Record<string, string> = {
  mention: "@org/team and @user please merge",
  reference: "owner/repo#1, #12, GH-7 and commit 1a2b3c4d5e6f",
  image: "![i](https://e.vil/x.png)",
  link: "[click](https://e.vil) https://e.vil www.e.vil <https://e.vil> a@e.vil",
  html: '<img src=x onerror="alert(1)"> <details open><summary>x</summary> &#64;org',
  table: "a | b\n| c | d |",
  heading: "x\n## Forged heading\n---\n> quoted",
  backtick: "models/`evil``folder",
  marker: "<!-- model-provenance-check:sticky digest=0 -->",
  math: "$\\Huge\\text{PASS}$",
  workflow: "::error::forged\n::add-mask::secret\n  ::stop-commands::tok x ##[add-mask]s ##[set-output name=verdict;]pass",
  hiddenWorkflow: ":\u200b:error::forged :\u2060:add-mask::s #\u200b#[warning]w",
  ansi: "\x1b[31mred\x1b]8;;https://e.vil\x07link\x1b]8;;\x07 \x9b31m",
  control: "a\0b\x07c\x7fd\u202egnp.exe\u2066 \u2028next",
  sarif: "[here](1) [x](https://e.vil) {0} {{1}}",
  xml: "\uFFFE\uD800 ]]> <![CDATA[",
};

/** The HTML and URLs our own Markdown writes, which a repository string can never produce. */
const OUR_TAGS = /<\/?(details|summary|sub|br)>|<!-- model-provenance-check:(sticky|inline)[^>]*-->|<!-- marker -->/g;
const OUR_URL = /^https:\/\/(github\.com\/(o\/r|model-provenance\/model-provenance-check)\/|example\.org\/|eur-lex\.europa\.eu\/|spdx\.org\/)/;
const OUR_HEADING = /^(### (✅|⚠️|❌) Model provenance: [A-Za-z]+|#### All findings)$/;

/**
 * The problems of a Markdown document for GitHub: anything that mentions, references, links,
 * embeds, opens HTML or math, forges a heading or marker, or breaks a table row. Code spans and
 * fenced blocks are inert on GitHub (an `@word` in a code span is no mention), so they are taken
 * out first, exactly as CommonMark delimits them.
 */
export function markdownProblems(md: string): string[] {
  const problems: string[] = [];
  const lines = withoutFences(md).split("\n");
  for (const line of lines) {
    if (/^#{1,6}[ \t]/.test(line) && !OUR_HEADING.test(line)) problems.push(`heading: ${line}`);
    if (/^\| /.test(line) && !/^\| (Model|Severity) \|/.test(line)) {
      const cells = line.split(/(?<!\\)\|/).length - 2;
      if (cells !== 4) problems.push(`row with ${cells} cells: ${line}`);
    }
    const definition = /^\[([^\]]+)\]: <([^>]+)>$/.exec(line);
    if (definition) {
      if (!OUR_URL.test(definition[2]!)) problems.push(`definition of a foreign URL: ${line}`);
      continue;
    }
    problems.push(...inlineProblems(withoutCodeSpans(line).replace(OUR_TAGS, "")));
  }
  return problems;
}

function inlineProblems(s: string): string[] {
  const problems: string[] = [];
  const links = [...s.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]!);
  for (const url of links) if (!OUR_URL.test(url)) problems.push(`link to ${url}`);
  // Our own link targets are ours; what is left may hold no URL, mention, reference or markup.
  const rest = s.replace(/(?<!\\)\]\([^)]*\)/g, "]").replace(/(?<!\\)\]\[(l?\d+)\]/g, "]");
  const checks: [RegExp, string][] = [
    [/</, "HTML"],
    [/@[\p{L}\p{N}_-]/u, "mention"],
    [/#\d/, "issue reference"],
    [/\bGH-\d/i, "issue reference"],
    [/\b[0-9a-f]{7,40}\b/i, "commit reference"],
    [/:\/\//, "autolinked URL"],
    [/\bwww\./i, "autolinked URL"],
    [/(?<!\\)!\[/, "image"],
    [/(?<!\\)\]\[/, "reference link"],
    [/(?<!\\)\$/, "math"],
  ];
  for (const [re, what] of checks) if (re.test(rest)) problems.push(`${what}: ${rest}`);
  return problems;
}

/** Fenced code blocks (the waiver snippet) removed. */
function withoutFences(md: string): string {
  return md.replace(/^(`{3,})[^\n`]*\n[\s\S]*?\n\1[ \t]*$/gm, "");
}

/** A line with its code spans replaced by `CODE`, as CommonMark finds them (backslash escapes count outside spans only). */
export function withoutCodeSpans(line: string): string {
  let out = "";
  let i = 0;
  while (i < line.length) {
    if (line[i] === "\\" && i + 1 < line.length) {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (line[i] !== "`") {
      out += line[i++];
      continue;
    }
    const run = /^`+/.exec(line.slice(i))![0];
    const close = findRun(line, i + run.length, run.length);
    if (close < 0) {
      out += run;
      i += run.length;
    } else {
      out += "CODE";
      i = close + run.length;
    }
  }
  return out;
}

/** The index of the next run of exactly `n` backticks at or after `from`, or -1. */
function findRun(s: string, from: number, n: number): number {
  for (let i = from; i < s.length; ) {
    if (s[i] !== "`") {
      i++;
      continue;
    }
    const len = /^`+/.exec(s.slice(i))![0].length;
    if (len === n) return i;
    i += len;
  }
  return -1;
}

/** Problems of text printed in a workflow step or a terminal. */
export function plainProblems(s: string): string[] {
  return isPlainSafe(s) ? [] : [`not plain-safe: ${JSON.stringify(s.split("\n").find((l) => !isPlainSafe(l)) ?? s)}`];
}

/**
 * Problems of a SARIF log's message strings: control characters, a placeholder brace that is not
 * doubled, or an embedded link that is not one of ours (to a related location of the result).
 */
export function sarifProblems(log: Sarif.Log): string[] {
  const problems: string[] = [];
  for (const r of log.runs[0]!.results ?? []) {
    const ids = new Set((r.relatedLocations ?? []).map((l) => l.id));
    const messages = [r.message.text ?? "", ...(r.relatedLocations ?? []).map((l) => l.message?.text ?? ""), ...(r.suppressions ?? []).map((s) => s.justification ?? "")];
    if (r.message.markdown !== undefined) problems.push("message.markdown is written");
    for (const m of messages) {
      // eslint-disable-next-line no-control-regex -- control characters are what this looks for
      if (/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(m)) problems.push(`control character: ${JSON.stringify(m)}`);
      if (/[{}]/.test(m.replace(/\{\{|\}\}/g, ""))) problems.push(`placeholder brace: ${m}`);
      for (const link of m.matchAll(/\]\(([^)]*)\)/g)) if (!ids.has(Number(link[1]))) problems.push(`embedded link to ${link[1]}: ${m}`);
    }
  }
  return problems;
}

/** Problems of an SVG badge: characters XML forbids or that reorder text, markup or script from the strings. */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  if (!isXmlSafe(svg)) problems.push("a character XML 1.0 forbids");
  if (/[\u202a-\u202e\u2066-\u2069]/.test(svg)) problems.push("a bidirectional override");
  if (/javascript:/i.test(svg)) problems.push("a javascript: link");
  const tags = [...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]!);
  const foreign = tags.filter((t) => !["svg", "title", "linearGradient", "stop", "clipPath", "rect", "g", "text", "a", "filter", "feGaussianBlur", "image", "path"].includes(t));
  if (foreign.length > 0) problems.push(`elements ${foreign.join(", ")}`);
  // Text and attribute values hold no raw `&` but entities.
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(svg)) problems.push("a raw &");
  return problems;
}
