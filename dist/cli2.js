import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { a as KnowledgeBaseError } from './knowledge-base.js';
import { w as wantsColor, U as UsageError, p as parse, o as oneOf, t as takeColorFlag } from './args.js';
import { _ as __builtin$1 } from './_builtin_path.js';
import { n as failsAt, o as parseShard, t as treeScope, q as startAnalysis, D as DEFAULT_POLICY_PATH, a as analyze, u as nameIndex, T as TOOL } from './pipeline.js';
import { w as writeOutput, s as scopeOfChange, o as outputGuard, a as openOutput, b as analyzeScope, O as OutputRefused } from './output.js';
import { m as missingRoots, t as toPosix, c as classify, a as readCapped, w as workspaceSource } from './workspace.js';
import { r as renderText } from './text.js';
import { _ as __builtin$2 } from './_builtin_child_process.js';
import { _ as __builtin } from './_builtin_fs.js';

// What `check` and `merge` do with a report in memory: render it in the format asked for, to
// standard output or --output, write the other forms asked for (--sarif, --badge, --badge-json,
// --bom), and decide the exit status. Each renderer is loaded only when asked for.

const FORMATS = ["text", "json", "markdown", "sarif", "codeclimate"] ;
 

/** The options of every command that renders a report (check, merge). */
const OUTPUT_OPTIONS = {
  format: { type: "string", short: "f" },
  "fail-on": { type: "string" },
  output: { type: "string", short: "o" },
  sarif: { type: "string" },
  badge: { type: "string" },
  "badge-json": { type: "string" },
  bom: { type: "string" },
  verbose: { type: "boolean", short: "v" },
} ;

const EXTRAS = ["sarif", "badge", "badge-json", "bom"] ;
 













async function emitReport(report, e, io) {
  const colored = e.format === "text" && wantsColor(e.color, io.env ?? process.env, io.isTTY && e.output === undefined);
  const rendered = e.format === "text" ? renderText(report, { color: colored, verbose: e.verbose, noModels: e.noModels }) : await renderAs(e.format, report, e.kb);
  if (e.output !== undefined) writeOutput(io.cwd, e.output, rendered, e.guard);
  else io.stdout(rendered);
  await writeExtras(report, e.extras, io, e.guard);
}

async function renderAs(format, report, kb) {
  switch (format) {
    case "json":
      return (await import('./json.js')).renderJson(report);
    case "markdown": {
      const { renderMarkdown, ruleFileOf } = await import('./markdown.js').then(n => n.m);
      return renderMarkdown(report, { ruleFile: ruleFileOf(kb) });
    }
    case "sarif":
      return (await import('./sarif.js')).renderSarif(report);
    case "codeclimate":
      return (await import('./codeclimate.js')).renderCodeClimate(report);
  }
}

/** Every other form of the same report, to the paths the user named. */
async function writeExtras(report, values, io, guard) {
  const extras = [
    [values.sarif, async () => (await import('./sarif.js')).renderSarif(report)],
    [values.badge, async () => (await import('./badge.js')).renderBadgeSvg(report)],
    [values["badge-json"], async () => (await import('./badge.js')).renderBadgeJson(report)],
    [values.bom, async () => (await import('./bom2.js')).renderBom(report, await bomRunOptions())],
  ];
  for (const [file, render] of extras) if (file !== undefined) writeOutput(io.cwd, file, await render(), guard);
}

/** A BOM written by the CLI is one document of its own: it gets a serial number and a timestamp. */
async function bomRunOptions() {
  const { randomUUID } = await import('./_builtin_crypto.js').then(n => n._);
  return { timestamp: new Date(), serialNumber: `urn:uuid:${randomUUID()}` };
}

/** What the exit status depends on: run-level findings, how many models were checked, the counts and the threshold. */







function verdictsOf(report) {
  return { findings: report.findings, models: report.models.length, counts: report.counts, failOn: report.policy.failOn };
}

function exitStatus(v, explainedEmpty, io) {
  if (v.findings.some((f) => f.checkId === "policy-invalid" && !f.waived)) return 2;
  if (v.models === 0 && !explainedEmpty) {
    io.stderr("model-provenance: no model was checked: no model card or license file under the paths given (exit 2).\n");
    return 2;
  }
  return failsAt(v.counts, v.failOn) ? 1 : 0;
}

/** The bundle's compiled knowledge base, else rules/ read and validated (loaded only then). */
async function knowledgeBaseOf(io) {
  return io.knowledgeBase ? io.knowledgeBase() : (await import('./load.js')).loadKnowledgeBase();
}

// What `check` reads and which models it reports: the PATHs given (folders as they are; a file
// stands for its model's folder, so that a pre-commit hook passing README.md alone still checks
// it against the LICENSE beside it), narrowed by --changed-since to the models a change touched.








function targetsOf(positionals, cwd) {
  const given = positionals.length > 0 ? [...positionals] : ["."];
  const missing = missingRoots(given, cwd);
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(", ")}`);
  const files = given.filter((p) => __builtin.statSync(__builtin$1.resolve(cwd, p)).isFile());
  if (files.length === 0) return { roots: given.map(toPosix) };
  // A card or license file stands for its model; any other file (the policy) for every model.
  if (files.some((f) => !classify(toPosix(__builtin$1.relative(cwd, __builtin$1.resolve(cwd, f)))))) return { roots: ["."] };
  const folders = files.map((f) => modelFolderOf(f, cwd));
  const dirs = given.filter((p) => !files.includes(p)).map(toPosix);
  const roots = [...new Set([...dirs, ...folders])];
  // A folder PATH reports all its models; a file PATH only the model it belongs to.
  return { roots, only: dirs.length > 0 ? undefined : [...new Set(folders)] };
}

/**
 * The folder of the model a file belongs to: the nearest folder at or above it, up to the working
 * directory, that holds a model card; the file's own folder when none does.
 */
function modelFolderOf(file, cwd) {
  const own = __builtin$1.dirname(__builtin$1.resolve(cwd, file));
  const top = __builtin$1.resolve(cwd);
  for (let dir = own; dir === top || dir.startsWith(top + __builtin$1.sep); dir = __builtin$1.dirname(dir)) {
    if (hasModelCard(dir, top)) return toPosix(__builtin$1.relative(top, dir)) || ".";
    if (dir === top) break;
  }
  return toPosix(__builtin$1.relative(top, own)) || ".";
}

function hasModelCard(dir, top) {
  try {
    return __builtin.readdirSync(dir).some((name) => classify(toPosix(__builtin$1.relative(top, __builtin$1.join(dir, name)))) === "model-card");
  } catch {
    return false;
  }
}

/**
 * --changed-since REF: the models whose card or license files differ from REF (committed, staged,
 * unstaged or untracked), as a pull request's scope would be. Every model when the policy or a
 * dataset card changed.
 */
function changedScope(ref, present, policyFile, roots, cwd) {
  const git = (...args) => {
    try {
      return __builtin$2.execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      const stderr = (e ).stderr?.trim();
      throw new UsageError(`--changed-since ${ref}: git ${args[0]} failed${stderr ? `: ${stderr}` : ""}`);
    }
  };
  if (ref.startsWith("-")) throw new UsageError(`--changed-since needs a git revision, not ${ref}`);
  git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`);
  const changed = [
    ...git("diff", "--name-only", "--relative", "-z", ref, "--").split("\0"),
    ...git("ls-files", "--others", "--exclude-standard", "-z").split("\0"),
  ].filter((p) => p !== "");
  return scopeOfChange({ changed, present, policyFile, roots, allCardsAtHand: true, subject: `the changes since ${ref}` });
}

function policyPathOf(flag, cwd, defaultPath) {
  if (flag !== undefined) {
    if (missingRoots([flag], cwd).length > 0) throw new UsageError(`policy file not found: ${flag}`);
    return flag;
  }
  return __builtin.existsSync(__builtin$1.resolve(cwd, defaultPath)) ? defaultPath : undefined;
}

// `model-provenance check [PATH...]`: read, analyse, render, write, and the exit status
// (0 below --fail-on, 1 findings reach it, 2 usage or configuration error or no model checked).

const OPTIONS = {
  ...OUTPUT_OPTIONS,
  policy: { type: "string" },
  hub: { type: "boolean" },
  "hub-cache": { type: "string" },
  "changed-since": { type: "string" },
  shard: { type: "string" },
  exclude: { type: "string", multiple: true },
} ;

async function check(args, io, color) {
  const { values, positionals } = parse(args, OPTIONS);
  const format = oneOf(values.format, FORMATS, "--format") ?? "text";
  const failOn = oneOf(values["fail-on"], ["error", "warning", "never"] , "--fail-on");
  if (values["hub-cache"] !== undefined && !values.hub) throw new UsageError("--hub-cache needs --hub");
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (typeof shard === "string") throw new UsageError(`--shard ${shard}`);
  const policyPath = policyPathOf(values.policy, io.cwd, DEFAULT_POLICY_PATH);
  const kb = await knowledgeBaseOf(io);
  const policy = policyPath ? { path: policyPath, content: readCapped(__builtin$1.resolve(io.cwd, policyPath)) } : undefined;
  const exclude = values.exclude?.flatMap((g) => g.split(",")).map((g) => g.trim()).filter(Boolean);
  const gathered = values.hub ? await (await import('./hub.js')).fromHub(positionals, values["hub-cache"], kb, io, treeScope(policy, exclude)) : local(positionals, io);
  const input = {
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
      const { JsonReportWriter } = await import('./json.js');
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
function batched(out) {
  let parts = [];
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












/** Writes the JSON report model by model; returns what the exit status is decided on. */
function streamJson(analysis, notes, writer) {
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
async function prereadLarge(files, kb, io) {
  if (!io.prereadWorker) return undefined;
  const { prereadInWorkers, workersFor } = await import('./preread.js');
  const workers = workersFor(files.paths.length, io.env ?? process.env);
  return workers > 0 ? prereadInWorkers(files, io.cwd, nameIndex(kb), io.prereadWorker, workers) : undefined;
}

function local(positionals, io) {
  const targets = targetsOf(positionals, io.cwd);
  return { roots: targets.roots, files: workspaceSource(targets.roots, io.cwd), only: targets.only };
}

/** --changed-since within file PATHs: only the given files' models that changed. */
function narrowed(scope, only) {
  if (!only || scope.kind === "none") return scope;
  const dirs = scope.kind === "all" ? [...only] : scope.dirs.filter((d) => only.includes(d));
  return dirs.length === 0 ? { kind: "none", reason: "none of the given files' models changed" } : { kind: "models", dirs, fineTunes: true };
}

// The command line: model-provenance check|merge|init|license|bom|schema. Exit 0 = below the fail
// threshold, 1 = findings reach it, 2 = usage or configuration error, no model checked, or a
// crash (never 1, which means findings). No effect on import: bin/model-provenance.js (through
// the bundle, src/cli/bundle.ts) and scripts/cli.ts (from source) call runCli().

const USAGE = `Usage: model-provenance <command> [options]

  check [PATH...]     check the models under each PATH (default .); a file PATH checks its model's folder
      --policy FILE           policy file (default .github/model-provenance.yml when present)
      --format FORMAT         text (default), json, markdown, sarif or codeclimate (GitLab Code Quality)
      -o, --output FILE       write the report to FILE instead of standard output
      --fail-on LEVEL         error, warning or never (default: the policy's fail_on, else error)
      -v, --verbose           text: each finding's evidence, full fix and sources
      --changed-since REF     only the models whose card or license files differ from git REF
      --exclude GLOB          leave out paths matching GLOB (gitignore syntax; repeatable, or comma-separated)
      --sarif FILE, --badge FILE, --badge-json FILE, --bom FILE
                              also write a SARIF log, an SVG badge, a shields.io endpoint, a CycloneDX ML-BOM
      --hub [--hub-cache DIR] fetch the Hub cards of unknown bases and datasets first (HF_TOKEN for gated
                              repos, HF_HUB_OFFLINE=1 for the cache only); org/name[@rev] checks a Hub model
      --shard K/N             job K of N of a matrix: only the models whose lineage group hashes to K
      --color, --no-color     colour the text report (default: on a terminal; NO_COLOR and FORCE_COLOR apply)
  merge REPORT...     the shards' JSON reports (check --shard K/N --format json) as one report and verdict
                      (--format, --output, --fail-on, --verbose, --sarif, --badge, --badge-json, --bom as for check)
  init [FILE]         write a starter policy (default .github/model-provenance.yml); never overwrites
  license FILE        identify the license in one file (--format text|json); exit 1 when none is recognised
  bom [PATH...]       print the CycloneDX 1.6 ML-BOM of the models (--policy FILE, --output FILE)
  schema              print the policy's JSON Schema

  -h, --help          this text        --version          the version

Exit status: 0 no finding reaches --fail-on; 1 some do; 2 a usage or configuration error, no model
checked, or an internal error.`;

async function main(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    return failure(e, io);
  }
}

function failure(e, io) {
  if (e instanceof OutputRefused) io.stderr(`model-provenance: ${e.message}\n`);
  else if (e instanceof UsageError) io.stderr(`model-provenance: ${e.message}\n\n${USAGE}\n`);
  else if (e instanceof KnowledgeBaseError) io.stderr(`model-provenance: the rules/ knowledge base is invalid:\n${e.message}\n`);
  else io.stderr(`model-provenance: internal error (please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 2;
}

async function dispatch(argv, io) {
  const { args, color } = takeColorFlag(argv);
  const [command, ...rest] = args;
  if (command === "--version" || command === "-V" || (command !== undefined && rest.includes("--version") && command !== "license")) {
    io.stdout(`${TOOL.name} ${TOOL.version}\n`);
    return 0;
  }
  if (command === undefined || command === "--help" || command === "-h" || command === "help" || rest.includes("--help") || rest.includes("-h")) {
    (command === undefined ? io.stderr : io.stdout)(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  switch (command) {
    case "check":
      return check(rest, io, color);
    case "merge":
      return (await import('./merge3.js')).merge(rest, io, color);
    case "init":
      return (await import('./init.js')).init(rest, io);
    case "license":
      return (await import('./license.js')).license(rest, io);
    case "bom":
      return (await import('./bom.js')).bom(rest, io);
    case "schema": {
      const { policyJsonSchema } = await import('./pipeline.js').then(n => n.M);
      io.stdout(JSON.stringify(policyJsonSchema(), null, 2) + "\n");
      return 0;
    }
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

/** Runs the CLI as a process: its arguments, streams and working directory; sets the exit code. */
async function runCli(deps = {}) {
  const code = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
    ...deps,
  });
  process.exitCode = code;
}

const cli = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  USAGE,
  main,
  runCli
}, Symbol.toStringTag, { value: 'Module' }));

export { FORMATS as F, OUTPUT_OPTIONS as O, exitStatus as a, bomRunOptions as b, cli as c, emitReport as e, knowledgeBaseOf as k, policyPathOf as p, targetsOf as t, verdictsOf as v };
