// Notices: a short text that names a license instead of holding it (the ASF header of a source file,
// an SPDX-License-Identifier line, "the weights are released under CC BY-NC 4.0"). The license is
// known; the notice says where it stands and what it says the license covers (subjectOf, the same
// reading as a card's license statements).
import { subjectOf } from "../readers/license-statements.js";
import type { FingerprintIndex, License } from "./fingerprints.js";
import { matchReference, prepare } from "./matchers.js";
import type { Notice } from "./types.js";

/** A source file's header: it speaks of "this file" ("you may not use this file except in compliance"). */
const FILE_HEADER = /\b(?:this|the) (?:source )?file\b|\bthis (?:program|library) is free software\b/i;
/** A comment marker before an SPDX line: it heads a source file. */
const COMMENTED_SPDX = /^[ \t]*(?:\/\/|\/\*|\*|#|--|;|%|<!--)[ \t]*SPDX-License-Identifier:/im;
const SPDX_LINE = /SPDX-License-Identifier:/i;

/** Where a sentence ends: after . ! ? ; before a blank (not inside "3.1"), or at a blank line. */
const SENTENCE_END = /(?<=[.!?;])\s+|\n[ \t]*\n\s*/g;

/** The sentences of a short text, each with the line it starts on. */
function sentences(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let from = 0;
  const push = (to: number) => {
    const t = text.slice(from, to).replace(/\s+/g, " ").trim();
    // Its line is that of its first word (comment markers and blank lines before it aside).
    const first = text.slice(from, to).search(/[\p{L}\p{N}]/u);
    if (t !== "") out.push({ text: t, line: text.slice(0, from + Math.max(0, first)).split("\n").length });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** The notice a reference-matched text is: the sentence naming `license`, what it says it covers. */
export function referenceNotice(text: string, license: License, index: FingerprintIndex): Notice {
  const header = FILE_HEADER.test(text);
  const all = sentences(text);
  const naming = all.find((s) => matchReference(prepare(s.text, index), index)?.license === license) ?? all[0] ?? { text, line: 1 };
  return { form: header ? "header" : "statement", covers: subjectOf(naming.text, header ? "code" : "unknown"), line: naming.line };
}

/** The notice an SPDX-License-Identifier line is: in a source file's comment it covers that code. */
export function spdxNotice(text: string): Notice {
  const at = SPDX_LINE.exec(text)?.index ?? 0;
  const line = text.slice(0, at).split("\n").length;
  const own = text.split("\n")[line - 1] ?? "";
  const said = subjectOf(own.replace(/SPDX-License-Identifier:.*/i, ""), "unknown");
  return { form: "spdx-identifier", covers: said !== "unknown" ? said : COMMENTED_SPDX.test(text) ? "code" : "unknown", line };
}
