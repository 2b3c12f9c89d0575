// Plain text for terminals and workflow logs (the CLI's text report, annotation messages). A string
// from the repository (a folder name, a card's title, a dataset name) is data: it may hold no line
// break that starts a line of its own, no terminal escape, no bidirectional override and no
// workflow command (`::error::`, `::add-mask::`, `::stop-commands::`, which the runner obeys at the
// start of any line of a step's output, after leading blanks).

/* eslint-disable no-control-regex -- matching control characters is what this module is for */

/** C0 and C1 controls, DEL, and the bidirectional overrides and isolates ("Trojan Source"). */
export const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const LINE_BREAK = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;
/** Zero-width space: `::` stays readable but is no longer the runner's command prefix. */
const ZWSP = "\u200b";

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
    .replace(CONTROL, (c) => visible(c))
    .replace(/::/g, `:${ZWSP}:`);
}

function visible(c: string): string {
  const code = c.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** True when `s` can be printed as it is: what plain() guarantees of its output. */
export function isPlainSafe(s: string): boolean {
  return !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(s) && !/^[ \t]*::/m.test(s);
}
