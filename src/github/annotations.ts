// One workflow annotation per finding, on the file and line it is about, so findings show in the
// PR's diff view even when the token may not comment. The runner shows 10 per level and step; the
// log gets at most MAX_LOGGED of them whatever the input, and a line saying where the rest are.
import * as core from "@actions/core";
import { plain } from "../render/escape/plain.js";
import { alsoAtLine } from "../render/words.js";
import { allFindings, type Report } from "../report.js";

export const MAX_LOGGED = 250;
const RANK = { error: 0, warning: 1, note: 2 } as const;

export function annotate(report: Report): void {
  const findings = allFindings(report).filter((f) => !f.waived);
  if (findings.length > MAX_LOGGED) {
    core.info(`${findings.length} findings: the first ${MAX_LOGGED}, errors first, are annotated here; the job summary and the JSON report have them all.`);
    findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  }
  for (const f of findings.slice(0, MAX_LOGGED)) {
    const props: core.AnnotationProperties = {
      title: `Model provenance: ${f.checkId}`,
      file: f.location.file,
      startLine: f.location.line,
      endLine: f.location.endLine ?? f.location.line,
    };
    // core escapes the command's own syntax; plain() keeps card strings from starting a line of the log.
    const message = `${plain(f.message)}${alsoAtLine(f)}\nFix: ${plain(f.fix)}`;
    if (f.severity === "error") core.error(message, props);
    else if (f.severity === "warning") core.warning(message, props);
    else core.notice(message, props);
  }
}
