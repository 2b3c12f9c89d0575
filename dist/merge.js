import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { _ as __builtin$1 } from './_builtin_fs.js';
import { _ as __builtin } from './_builtin_path.js';
import { m as mergeShards, M as MergeError } from './merge2.js';
import { r as readReport, b as ReportFormatError } from './pipeline.js';
import { O as OptionsError } from './index.js';
import 'node:module';
import './_builtin_util.js';
import './workspace.js';
import './_builtin_path_posix.js';
import './_commonjs_helpers.js';
import './own-data.js';
import './_builtin_crypto.js';
import './governing.js';
import './_builtin_url.js';
import './_builtin_process.js';
import './_builtin_buffer.js';
import './compiled.js';
import './knowledge-base.js';
import './_builtin_os.js';
import './markdown.js';
import './words.js';
import './output.js';
import './args.js';
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
