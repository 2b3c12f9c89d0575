// One workflow annotation per finding, on the file and line it is about, so findings show in the
// PR's diff view even when the token may not comment.
import * as core from "@actions/core";
import { plain } from "../render/escape/plain.js";
import { allFindings, type Report } from "../report.js";

export function annotate(report: Report): void {
  for (const f of allFindings(report)) {
    if (f.waived) continue;
    const props: core.AnnotationProperties = {
      title: `Model provenance: ${f.checkId}`,
      file: f.location.file,
      startLine: f.location.line,
      endLine: f.location.endLine ?? f.location.line,
    };
    // core escapes the command's own syntax; plain() keeps card strings from starting a line of the log.
    const message = `${plain(f.message)}\nFix: ${plain(f.fix)}`;
    if (f.severity === "error") core.error(message, props);
    else if (f.severity === "warning") core.warning(message, props);
    else core.notice(message, props);
  }
}
