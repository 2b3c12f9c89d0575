// Plain text for terminals and workflow logs (the CLI's text report, annotation messages). A string
// from the repository (a folder name, a card's title, a dataset name) is data: it may hold no line
// break that starts a line of its own, no terminal escape, no bidirectional override and no
// workflow command. The runner obeys `::cmd::` at the start of a line (after blanks) and the legacy
// `##[cmd]` anywhere in one (actions/runner, ActionCommand.TryParseV2 and TryParse), and it finds
// them with .NET's culture-sensitive StartsWith/IndexOf, which under ICU skip default-ignorable
// characters: `:\u200b:` still reads as `::`. So the second colon or hash becomes a look-alike
// with a collation weight of its own (U+2236 RATIO, U+266F MUSIC SHARP SIGN), whatever lies
// between; the text stays readable. The character classes here are shared by the other modules.

/* eslint-disable no-control-regex -- matching control characters is what this module is for */

/** C0 and C1 controls, DEL, and the bidirectional overrides and isolates ("Trojan Source"). */
export const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const LINE_BREAK = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;

/** Characters ICU collation ignores (zero-width spaces and joiners, soft hyphen, variation selectors...). */
const IGNORABLE = "\\p{Default_Ignorable_Code_Point}*";
const COMMAND = new RegExp(`:(${IGNORABLE}):`, "gu");
const LEGACY_COMMAND = new RegExp(`#(${IGNORABLE})#(${IGNORABLE})\\[`, "gu");

/**
 * `s` with lone surrogates (a card's YAML can write one: "\\ud800") replaced by U+FFFD, so that it
 * can be encoded as UTF-8 or percent-encoded without throwing.
 */
export function wellFormed(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** A repository string on one line: breaks become spaces, controls become visible `\xNN`. */
export function plain(s: string): string {
  return neutralise(s.replace(LINE_BREAK, " "));
}

/** Keeps line breaks (a multi-line fix), each line escaped as plain() escapes one. */
export function plainLines(s: string): string[] {
  return s.split(LINE_BREAK).map(neutralise);
}

function neutralise(s: string): string {
  return s
    .replace(/\t/g, " ")
    .replace(CONTROL, visible)
    .replace(COMMAND, ":$1\u2236")
    .replace(LEGACY_COMMAND, "#$1\u266f$2[");
}

/** `\x1b`, `\u202e`: a control character written so that it can be read and does nothing. */
export function visible(c: string): string {
  const code = c.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

const UNSAFE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** True when `s` can be printed in a workflow step as it is: what plain() guarantees of its output. */
export function isPlainSafe(s: string): boolean {
  if (UNSAFE_CONTROL.test(s)) return false;
  // As the runner reads a line: default-ignorable characters do not count.
  const seen = s.replace(new RegExp(IGNORABLE, "gu"), "");
  return !/^\s*::/m.test(seen) && !seen.includes("##[");
}
