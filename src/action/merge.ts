// The Action's merge mode (input `merge`): the shards' JSON reports of a matrix, as uploaded and
// downloaded as artifacts, become the one report the rest of the run publishes (verdict, comment,
// summary, badges). Nothing of the repository is read: the shards judged it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { MergeError, mergeShards, type ShardReport } from "../engine/merge.js";
import { readReport, ReportFormatError } from "../report.js";
import type { Checked } from "./check.js";
import { OptionsError } from "./options.js";

export function mergeShardReports(paths: readonly string[], workspace: string): Checked {
  const files = paths.flatMap((p) => reportFiles(path.resolve(workspace, p), p));
  let report;
  try {
    report = mergeShards(files.map((f): ShardReport => ({ name: f.shown, report: readReport(readFileSync(f.abs, "utf8"), f.shown) })));
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
function reportFiles(abs: string, shown: string): { abs: string; shown: string }[] {
  let kind: "file" | "dir";
  try {
    kind = statSync(abs).isDirectory() ? "dir" : "file";
  } catch {
    throw new OptionsError(`input 'merge': ${shown} does not exist (did the download of the shards' artifacts run?)`);
  }
  if (kind === "file") return [{ abs, shown }];
  const found = readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  if (found.length === 0) throw new OptionsError(`input 'merge': no .json report under ${shown}`);
  return found.map((f) => ({ abs: f, shown: path.join(shown, path.relative(abs, f)) }));
}
