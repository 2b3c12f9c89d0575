// Shared test helpers: run the real pipeline over in-memory files with the real rules/.
import { loadKnowledgeBase } from "../src/kb/load.js";
import { analyze, type AnalysisInput } from "../src/pipeline.js";
import type { Finding } from "../src/domain.js";
import type { Report } from "../src/report.js";

export const kb = loadKnowledgeBase();

export function check(files: Record<string, string | Uint8Array>, opts: Partial<Omit<AnalysisInput, "files" | "kb">> & { policyText?: string } = {}): Report {
  const { policyText, ...rest } = opts;
  return analyze({
    files: Object.entries(files).map(([path, content]) => ({ path, content })),
    kb,
    today: "2026-11-28",
    ...(policyText !== undefined ? { policy: { path: ".github/model-provenance.yml", content: policyText } } : {}),
    ...rest,
  });
}

export function findings(report: Report, checkId?: string): Finding[] {
  const all = [...report.findings, ...report.models.flatMap((m) => m.findings)];
  return checkId ? all.filter((f) => f.checkId === checkId) : all;
}

/** A card with front matter built from `meta` lines and a body. */
export function card(meta: string | undefined, body = "# Example model\n"): string {
  return meta === undefined ? body : `---\n${meta.trim()}\n---\n\n${body}`;
}
