// Renders an Identification for the `model-provenance license FILE` command: the outcome first
// (a known license, `other` with what it derives from or the closest licenses, `none`), then why.
import type { Identification, LicenseBlock, Passage } from "./types.js";

function passageLine(p: Passage): string {
  const at = p.lines.from === p.lines.to ? `line ${p.lines.from}` : `lines ${p.lines.from}-${p.lines.to}`;
  return `    ${at}: ${p.kind} (${p.words} words for the reference's ${p.referenceWords}): ${p.excerpt}`;
}

function blockLine(b: LicenseBlock): string {
  const what = b.kind === "acceptable-use-policy" ? `the acceptable-use policy of ${b.id}` : b.outcome === "known" ? `${b.id} (confidence ${b.confidence})` : `other, derived from ${b.derivedFrom ?? "?"}`;
  return `lines ${b.lines.from}-${b.lines.to}: ${what}${b.covers === "unknown" ? "" : `, about the ${b.covers}`}`;
}

function headline(result: Identification): string[] {
  if (result.status === "identified" && result.id) {
    const spdx = result.spdx && result.spdx !== result.id ? ` (SPDX ${result.spdx})` : "";
    return [`${result.id}${spdx}: ${result.name ?? result.id}`, `  identified by ${result.matcher} match, confidence ${result.confidence}/100`];
  }
  const d = result.derivedFrom;
  if (d) return [`other: derived from ${d.id} (${d.name}), modified`, `  ${d.unchanged}% of ${d.id}'s text found unchanged; ${d.reasons.join("; ")}`];
  if (result.outcome === "none") return ["none: not a license text"];
  return ["unrecognized: a license text, but no known license matched closely enough (other)"];
}

export function renderIdentification(result: Identification, format: "text" | "json"): string {
  if (format === "json") return JSON.stringify(result, null, 2) + "\n";
  const lines = headline(result);
  if (result.derivedFrom && result.derivedFrom.passages.length > 0) {
    lines.push("  passages that change the terms:");
    for (const p of result.derivedFrom.passages.slice(0, 10)) lines.push(passageLine(p));
  }
  if (result.notice) {
    const n = result.notice;
    const form = n.form === "spdx-identifier" ? "an SPDX-License-Identifier line" : n.form === "header" ? "a source-file header" : "a statement";
    lines.push(`  notice: ${form} at line ${n.line} naming the license, not its text; it says the license covers ${n.covers === "unknown" ? "(not said)" : `the ${n.covers}`}`);
  }
  if (result.blocks) {
    lines.push(`  the file holds ${result.blocks.length} blocks:`);
    for (const b of result.blocks) lines.push(`    ${blockLine(b)}`);
  }
  if (result.note && !result.derivedFrom) lines.push(`  note: ${result.note}`);
  if (result.runnersUp.length > 0) {
    const label = result.status === "identified" ? "runners-up" : "closest";
    lines.push(`  ${label}: ${result.runnersUp.map((r) => `${r.id} (${r.confidence})`).join(", ")}`);
  }
  return lines.join("\n") + "\n";
}
