import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { _ as __builtin } from './_builtin_fs.js';
import { _ as __builtin$1 } from './_builtin_path.js';
import { m as mergeShards, M as MergeError } from './merge2.js';
import { r as readReport, b as ReportFormatError } from './pipeline.js';
import { m as missingRoots } from './workspace.js';
import { p as parse, o as oneOf, U as UsageError } from './args.js';
import { O as OUTPUT_OPTIONS, F as FORMATS, k as knowledgeBaseOf, e as emitReport, a as exitStatus, v as verdictsOf } from './cli2.js';
import { o as outputGuard } from './output.js';
import 'node:module';
import './_builtin_util.js';
import './_builtin_path_posix.js';
import './own-data.js';
import './_builtin_crypto.js';
import './governing.js';
import './_builtin_url.js';
import './_builtin_process.js';
import './_builtin_buffer.js';
import './_commonjs_helpers.js';
import './knowledge-base.js';
import './text.js';
import './words.js';
import './_builtin_child_process.js';

// `model-provenance merge REPORT...`: the JSON reports of a matrix's shards (check --shard K/N
// --format json) as one report, rendered and judged like a single run's: same formats, same extra
// files, same exit status. A missing, doubled or mismatched shard is an error (exit 2), never a
// verdict over part of the models.

async function merge(args, io, color) {
  const { values, positionals } = parse(args, OUTPUT_OPTIONS);
  const format = oneOf(values.format, FORMATS, "--format") ?? "text";
  const failOn = oneOf(values["fail-on"], ["error", "warning", "never"] , "--fail-on");
  if (positionals.length === 0) throw new UsageError("merge needs the shards' JSON reports (check --shard K/N --format json)");
  const missing = missingRoots(positionals, io.cwd);
  if (missing.length > 0) throw new UsageError(`no such file: ${missing.join(", ")}`);
  let merged;
  try {
    merged = mergeShards(positionals.map((name) => ({ name, report: readReport(__builtin.readFileSync(__builtin$1.resolve(io.cwd, name), "utf8"), name) })));
  } catch (e) {
    if (!(e instanceof MergeError || e instanceof ReportFormatError)) throw e;
    io.stderr(`model-provenance: merge: ${e.message}\n`);
    return 2;
  }
  const report = failOn ? { ...merged, policy: { ...merged.policy, failOn } } : merged;
  const kb = await knowledgeBaseOf(io);
  // The shards' reports are inputs: no output may overwrite one.
  await emitReport(report, { format, output: values.output, verbose: values.verbose, color, extras: values, guard: outputGuard(io.cwd, positionals), kb }, io);
  return exitStatus(verdictsOf(report), false, io);
}

export { merge };
