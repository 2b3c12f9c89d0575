import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { c as __builtin, b as readReport, _ as __builtin$1, d as ReportFormatError } from './workspace.js';
import { m as mergeShards, M as MergeError } from './merge2.js';
import { O as OptionsError } from './index.js';
import './undici.js';
import './_builtin_worker_threads.js';
import 'node:module';
import './words.js';
import './_builtin_os.js';
import './markdown.js';
import './output.js';
import './json.js';

// The Action's merge mode (input `merge`): the shards' JSON reports of a matrix, as uploaded and
// downloaded as artifacts, become the one report the rest of the run publishes (verdict, comment,
// summary, badges). Nothing of the repository is read: the shards judged it.

function mergeShardReports(paths, workspace) {
  const files = paths.flatMap((p) => reportFiles(__builtin.resolve(workspace, p), p));
  let report;
  try {
    report = mergeShards(files.map((f) => ({ name: f.shown, report: readReport(__builtin$1.readFileSync(f.abs, "utf8"), f.shown) })));
  } catch (e) {
    if (e instanceof MergeError || e instanceof ReportFormatError) throw new OptionsError(`input 'merge': ${e.message}`);
    throw e;
  }
  const shards = report.models.length === 0 ? undefined : files.length;
  return {
    report,
    gathered: {
      files: [],
      scope: shards ? { kind: "all", reason: `merged from the ${shards} shards' reports` } : { kind: "none", reason: `none of the ${files.length} shards checked a model` },
      notes: [],
      skipped: [],
      read: files.map((f) => f.abs),
    },
  };
}

/** A file as given, or every .json file under a folder (download-artifact puts each artifact in one), in path order. */
function reportFiles(abs, shown) {
  let kind;
  try {
    kind = __builtin$1.statSync(abs).isDirectory() ? "dir" : "file";
  } catch {
    throw new OptionsError(`input 'merge': ${shown} does not exist (did the download of the shards' artifacts run?)`);
  }
  if (kind === "file") return [{ abs, shown }];
  const found = __builtin$1.readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => __builtin.join(e.parentPath, e.name))
    .sort();
  if (found.length === 0) throw new OptionsError(`input 'merge': no .json report under ${shown}`);
  return found.map((f) => ({ abs: f, shown: __builtin.join(shown, __builtin.relative(abs, f)) }));
}

export { mergeShardReports };
