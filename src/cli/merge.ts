// `model-provenance merge REPORT...`: the JSON reports of a matrix's shards (check --shard K/N
// --format json) as one report, rendered and judged like a single run's: same formats, same extra
// files, same exit status. A missing, doubled or mismatched shard is an error (exit 2), never a
// verdict over part of the models.
import { readFileSync } from "node:fs";
import path from "node:path";
import { MergeError, mergeShards } from "../engine/merge.js";
import { readReport, ReportFormatError } from "../report.js";
import { missingRoots } from "../workspace.js";
import { oneOf, parse, UsageError } from "./args.js";
import { emitReport, exitStatus, FORMATS, OUTPUT_OPTIONS, verdictsOf, type Format } from "./emit.js";
import { knowledgeBaseOf, type Io } from "./io.js";
import { outputGuard } from "./output.js";

export async function merge(args: string[], io: Io, color: boolean | undefined): Promise<number> {
  const { values, positionals } = parse(args, OUTPUT_OPTIONS);
  const format: Format = oneOf(values.format, FORMATS, "--format") ?? "text";
  const failOn = oneOf(values["fail-on"], ["error", "warning", "never"] as const, "--fail-on");
  if (positionals.length === 0) throw new UsageError("merge needs the shards' JSON reports (check --shard K/N --format json)");
  const missing = missingRoots(positionals, io.cwd);
  if (missing.length > 0) throw new UsageError(`no such file: ${missing.join(", ")}`);
  let merged;
  try {
    merged = mergeShards(positionals.map((name) => ({ name, report: readReport(readFileSync(path.resolve(io.cwd, name), "utf8"), name) })));
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
