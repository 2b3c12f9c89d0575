// `model-provenance check [PATH...]`: read, analyse, render, write, and the exit status
// (0 below --fail-on, 1 findings reach it, 2 usage or configuration error or no model checked).
import path from "node:path";
import { parseShard } from "../engine/shard.js";
import { analyzeScope, type Scope } from "../action/scope.js";
import type { KnowledgeBase } from "../kb/knowledge-base.js";
import { analyze, nameIndex, startAnalysis, treeScope, type Analysis, type AnalysisInput, type FileSource, type Preread, type TreeFacts } from "../pipeline.js";
import type { JsonReportWriter } from "../render/json.js";
import { DEFAULT_POLICY_PATH } from "../policy/schema.js";
import { readCapped, workspaceSource } from "../workspace.js";
import { oneOf, parse, UsageError } from "./args.js";
import { emitReport, EXTRAS, exitStatus, FORMATS, OUTPUT_OPTIONS, verdictsOf, type Format, type Verdicts } from "./emit.js";
import { knowledgeBaseOf, type Io } from "./io.js";
import { openOutput, outputGuard, type Output } from "./output.js";
import { changedScope, policyPathOf, targetsOf } from "./targets.js";

const OPTIONS = {
  ...OUTPUT_OPTIONS,
  policy: { type: "string" },
  hub: { type: "boolean" },
  "hub-cache": { type: "string" },
  "changed-since": { type: "string" },
  shard: { type: "string" },
  exclude: { type: "string", multiple: true },
} as const;

export async function check(args: string[], io: Io, color: boolean | undefined): Promise<number> {
  const { values, positionals } = parse(args, OPTIONS);
  const format: Format = oneOf(values.format, FORMATS, "--format") ?? "text";
  const failOn = oneOf(values["fail-on"], ["error", "warning", "never"] as const, "--fail-on");
  if (values["hub-cache"] !== undefined && !values.hub) throw new UsageError("--hub-cache needs --hub");
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (typeof shard === "string") throw new UsageError(`--shard ${shard}`);
  const policyPath = policyPathOf(values.policy, io.cwd, DEFAULT_POLICY_PATH);
  const kb = await knowledgeBaseOf(io);
  const policy = policyPath ? { path: policyPath, content: readCapped(path.resolve(io.cwd, policyPath)) } : undefined;
  const exclude = values.exclude?.flatMap((g) => g.split(",")).map((g) => g.trim()).filter(Boolean);
  const gathered: Gathered = values.hub ? await (await import("./hub.js")).fromHub(positionals, values["hub-cache"], kb, io, treeScope(policy, exclude)) : local(positionals, io);
  const input: AnalysisInput = {
    files: gathered.files,
    tree: gathered.tree,
    preread: gathered.tree ? undefined : await prereadLarge(gathered.files, kb, io),
    policy,
    kb,
    failOn,
    onlyModels: gathered.only,
    shard,
    exclude,
  };
  const since = values["changed-since"];
  const guard = outputGuard(io.cwd, [...gathered.files.paths, ...(policyPath ? [policyPath] : [])]);
  const toFile = values.output;
  // JSON alone is written as the models are judged: memory stays flat however large the tree.
  if (format === "json" && since === undefined && !EXTRAS.some((k) => values[k] !== undefined)) {
    const out = batched(toFile !== undefined ? openOutput(io.cwd, toFile, guard) : { write: io.stdout, close: () => {} });
    try {
      const { JsonReportWriter } = await import("../render/json.js");
      const streamed = streamJson(startAnalysis(input), gathered.notes ?? [], new JsonReportWriter(out.write));
      return exitStatus(streamed, false, io);
    } finally {
      out.close();
    }
  }
  const scope = since === undefined ? undefined : narrowed(changedScope(since, gathered.files.paths, policyPath ?? DEFAULT_POLICY_PATH, gathered.roots, io.cwd), gathered.only);
  const analysed = scope ? analyzeScope(input, scope) : analyze(input);
  const report = gathered.notes ? { ...analysed, notes: [...analysed.notes, ...gathered.notes] } : analysed;
  const noModels = since !== undefined && scope?.kind === "none" ? `no model card, license file, dataset card or policy changed since ${since}` : undefined;

  await emitReport(report, { format, output: toFile, verbose: values.verbose, color, noModels, extras: values, guard, kb }, io);
  return exitStatus(verdictsOf(report), noModels !== undefined, io);
}

/**
 * Pieces written together once they reach about 1 MiB (the report is written before anything
 * else is said): one write per model was 10,000 writes, 5% of a 10,000-model scan. Memory stays bounded.
 */
function batched(out: Output): Output {
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length > 0) out.write(parts.join(""));
    parts = [];
    size = 0;
  };
  return {
    write: (chunk) => {
      parts.push(chunk);
      size += chunk.length;
      if (size >= 1 << 20) flush();
    },
    close: () => {
      flush();
      out.close();
    },
  };
}

interface Gathered {
  roots: string[];
  /** The tree's own files (fetched Hub cards are not among them), read when their model is read. */
  files: FileSource;
  /** With --hub, the tree's facts and the fetched cards', read once before the analysis. */
  tree?: TreeFacts | undefined;
  only?: string[] | undefined;
  /** What the gathering has to say, after the analysis's notes (the Hub's). */
  notes?: string[] | undefined;
}

/** Writes the JSON report model by model; returns what the exit status is decided on. */
function streamJson(analysis: Analysis, notes: readonly string[], writer: JsonReportWriter): Verdicts {
  writer.head(analysis.head);
  let models = 0;
  for (const m of analysis.models()) {
    writer.model(m);
    models++;
  }
  const tail = analysis.tail();
  writer.tail({ ...tail, notes: [...tail.notes, ...notes] });
  return { findings: analysis.head.findings, models, counts: tail.counts, failOn: analysis.head.policy.failOn };
}

/** A large tree's cards and license files read in worker threads (src/cli/preread.ts); undefined below the cut-over. */
async function prereadLarge(files: FileSource, kb: KnowledgeBase, io: Io): Promise<Preread | undefined> {
  if (!io.prereadWorker) return undefined;
  const { prereadInWorkers, workersFor } = await import("./preread.js");
  const workers = workersFor(files.paths.length, io.env ?? process.env);
  return workers > 0 ? prereadInWorkers(files, io.cwd, nameIndex(kb), io.prereadWorker, workers) : undefined;
}

function local(positionals: string[], io: Io): Gathered {
  const targets = targetsOf(positionals, io.cwd);
  return { roots: targets.roots, files: workspaceSource(targets.roots, io.cwd), only: targets.only };
}

/** --changed-since within file PATHs: only the given files' models that changed. */
function narrowed(scope: Scope, only: readonly string[] | undefined): Scope {
  if (!only || scope.kind === "none") return scope;
  const dirs = scope.kind === "all" ? [...only] : scope.dirs.filter((d) => only.includes(d));
  return dirs.length === 0 ? { kind: "none", reason: "none of the given files' models changed" } : { kind: "models", dirs, fineTunes: true };
}
