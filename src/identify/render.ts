// Renders an Identification for the `model-provenance license FILE` command.
import type { Identification } from "./types.js";

export function renderIdentification(result: Identification, format: "text" | "json"): string {
  if (format === "json") return JSON.stringify(result, null, 2) + "\n";
  const lines: string[] = [];
  if (result.status === "identified" && result.id) {
    const spdx = result.spdx && result.spdx !== result.id ? ` (SPDX ${result.spdx})` : "";
    lines.push(`${result.id}${spdx}: ${result.name ?? result.id}`);
    lines.push(`  identified by ${result.matcher} match, confidence ${result.confidence}/100`);
  } else {
    lines.push("unrecognized: no known license matched closely enough");
  }
  if (result.note) lines.push(`  note: ${result.note}`);
  if (result.runnersUp.length > 0) {
    const label = result.status === "identified" ? "runners-up" : "closest";
    lines.push(`  ${label}: ${result.runnersUp.map((r) => `${r.id} (${r.confidence})`).join(", ")}`);
  }
  return lines.join("\n") + "\n";
}
