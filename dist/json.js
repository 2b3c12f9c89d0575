import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { S as SourceTable } from './pipeline.js';
import './_builtin_path_posix.js';
import 'node:module';
import './workspace.js';
import './_builtin_fs.js';
import './_builtin_path.js';
import './_commonjs_helpers.js';
import './own-data.js';
import './_builtin_crypto.js';
import './governing.js';
import './_builtin_url.js';
import './_builtin_process.js';
import './_builtin_buffer.js';

// The JSON report (schemaVersion 2.0, schema/report.schema.json): written as a stream, one model
// per line, so that a repository of any size is written without holding its report. The run's
// findings come first (they are known before any model), the counts, verdict, notes and the table of
// citations last. Every citation is written once, in `sources`; evidence cites it by index.

class JsonReportWriter {
    table = new SourceTable();
   models = 0;

  constructor(  out) {this.out = out;}

  head(h) {
    const findings = h.findings.map((f) => this.table.finding(f));
    const shard = h.shard ? `"shard":${JSON.stringify(h.shard)},` : "";
    const skipped = h.skipped ? `\n"skipped":${JSON.stringify(h.skipped)},` : "";
    this.out(`{"schemaVersion":${JSON.stringify(h.schemaVersion)},"tool":${JSON.stringify(h.tool)},${shard}\n"policy":${JSON.stringify(h.policy)},\n"findings":${JSON.stringify(findings)},${skipped}\n"models":[`);
  }

  model(m) {
    this.out(`${this.models++ === 0 ? "\n" : ",\n"}${JSON.stringify({ ...m, findings: m.findings.map((f) => this.table.finding(f)) })}`);
  }

  tail(t) {
    this.out(`\n],\n"counts":${JSON.stringify(t.counts)},"verdict":${JSON.stringify(t.verdict)},\n"notes":${JSON.stringify(t.notes)},\n"sources":${JSON.stringify(this.table.sources)}}\n`);
  }
}

/** The whole JSON report as one string (what the stream writes, for a report held in memory). */
function renderJson(report) {
  const chunks = [];
  const writer = new JsonReportWriter((c) => chunks.push(c));
  writer.head(report);
  for (const m of report.models) writer.model(m);
  writer.tail(report);
  return chunks.join("");
}

export { JsonReportWriter, renderJson };
