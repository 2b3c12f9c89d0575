// SARIF message strings (result and related-location messages, suppression justifications), for
// GitHub code scanning and other SARIF viewers. Only `message.text` is written, never
// `message.markdown`, so no Markdown is rendered from the repository. A plain-text message still
// has syntax of its own (SARIF 2.1.0 §3.11): `[text](n)` is an embedded link to a location and
// `{n}` a placeholder, so that literal braces must be doubled. A repository string therefore goes
// through text(): one line, controls visible, braces doubled, and no `](` left to close a link.
// Links are made only by link(), to related locations the tool itself chose.
import { CONTROL, LINE_BREAK, visible, wellFormed } from "./plain.js";

/** A repository string (or a message holding some) as SARIF plain text on one line. */
export function text(s: string): string {
  return s
    .replace(LINE_BREAK, " ")
    .replace(/\t/g, " ")
    .replace(CONTROL, visible)
    .replace(/[{}]/g, "$&$&")
    .replace(/\]\(/g, "]\u200b(");
}

/** Several lines of repository text (a multi-line fix), each escaped as text() escapes one. */
export function lines(s: string): string {
  return s.split(LINE_BREAK).map(text).join("\n");
}

/** An embedded link to the related location with this id; the label's own brackets are escaped. */
export function link(label: string, id: number): string {
  return `[${text(label).replace(/[\\[\]]/g, "\\$&")}](${id})`;
}


/** One segment of an artifact URI, percent-encoded (never throws: see wellFormed()). */
export function uriSegment(s: string): string {
  return encodeURIComponent(wellFormed(s));
}
