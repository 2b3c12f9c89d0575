// Command-line entry: model-provenance check|license|schema. Exit 0 = below the fail threshold,
// 1 = findings reach it, 2 = usage or configuration error.
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { identifyLicense, renderIdentification } from "./identify/index.js";
import { KnowledgeBaseError, loadKnowledgeBase, type KnowledgeBase } from "./kb/load.js";
import { analyze } from "./pipeline.js";
import { DEFAULT_POLICY_PATH, policyJsonSchema } from "./policy/schema.js";
import { decodeText } from "./readers/text.js";
import { renderBadgeJson, renderBadgeSvg } from "./render/badge.js";
import { renderBom } from "./render/bom.js";
import { renderJson } from "./render/json.js";
import { renderMarkdown } from "./render/markdown.js";
import { renderSarif } from "./render/sarif.js";
import { renderText } from "./render/text.js";
import { failsAt } from "./engine/verdict.js";
import { cacheDirOf, parseHubRef, prefetchLineage, withHubNotes, type PrefetchResult } from "./hub/index.js";
import type { InputFile } from "./pipeline.js";
import { discover } from "./readers/discover.js";
import { missingRoots, readCapped, readWorkspace } from "./workspace.js";
import type { Report } from "./report.js";
import { TOOL } from "./version.js";

const USAGE = `Usage:
  model-provenance check [PATH...] [--policy FILE] [--format text|json|markdown] [--fail-on error|warning|never] [--output FILE]
                         [--sarif FILE] [--badge FILE] [--badge-json FILE] [--bom FILE] [--hub [--hub-cache DIR]]
  model-provenance bom [PATH...] [--policy FILE] [--output FILE]
  model-provenance license FILE [--format text|json]
  model-provenance schema            print the policy's JSON Schema
  model-provenance --version

check   scans PATH (default: .) for model cards and license files and checks each model's license
        against what its training data supports. Exit 0: no finding reaches --fail-on; 1: some do;
        2: usage or configuration error. --sarif, --badge (SVG), --badge-json (shields.io endpoint)
        and --bom (CycloneDX 1.6 ML-BOM) also write the report in those forms.
        --hub fetches, before the check, the Hub cards of base models and datasets that neither the
        tree nor rules/ knows (cached in --hub-cache, default $MODEL_PROVENANCE_CACHE or
        .model-provenance-cache; HF_TOKEN for gated repos; HF_HUB_OFFLINE=1 uses the cache only).
        With --hub, a PATH that is not on disk but reads org/name[@revision] is a Hub model to check.
bom     prints (or writes to --output) the CycloneDX 1.6 ML-BOM of the models under PATH.
license identifies the license in one file.`;

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  isTTY: boolean;
  cwd: string;
  /** For --hub: the fetch to use (tests inject a fake), the environment, a per-request timeout. */
  hub?: { fetch?: typeof fetch; env?: NodeJS.ProcessEnv; timeoutMs?: number } | undefined;
}

class UsageError extends Error {}

/** A number, or with `check --hub` a promise of one (the Hub is fetched before the check). */
export function main(argv: string[], io: Io): number | Promise<number> {
  try {
    const code = dispatch(argv, io);
    return typeof code === "number" ? code : code.catch((e: unknown) => failure(e, io));
  } catch (e) {
    return failure(e, io);
  }
}

function failure(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    io.stderr(`model-provenance: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (e instanceof KnowledgeBaseError) {
    io.stderr(`model-provenance: the rules/ knowledge base is invalid:\n${e.message}\n`);
    return 2;
  }
  throw e;
}

function dispatch(argv: string[], io: Io): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--version" || command === "-v") {
    io.stdout(`${TOOL.name} ${TOOL.version}\n`);
    return 0;
  }
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === "check") return check(rest, io);
  if (command === "bom") return bom(rest, io);
  if (command === "license") return license(rest, io);
  if (command === "schema") {
    io.stdout(JSON.stringify(policyJsonSchema(), null, 2) + "\n");
    return 0;
  }
  throw new UsageError(`unknown command '${command}'`);
}

/** parseArgs with its errors turned into usage errors (exit 2). */
function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}`);
}

function check(args: string[], io: Io): number | Promise<number> {
  const { values, positionals } = parsed(() =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        policy: { type: "string" },
        format: { type: "string", default: "text" },
        "fail-on": { type: "string" },
        output: { type: "string", short: "o" },
        sarif: { type: "string" },
        badge: { type: "string" },
        "badge-json": { type: "string" },
        bom: { type: "string" },
        hub: { type: "boolean" },
        "hub-cache": { type: "string" },
      },
    }),
  );
  const format = oneOf(values.format, ["text", "json", "markdown"] as const, "--format")!;
  const failOn = oneOf(values["fail-on"], ["error", "warning", "never"] as const, "--fail-on");
  if (values.hub) return checkWithHub(positionals, values["hub-cache"], io).then((hub) => finish(analyzeRoots(hub.roots, values.policy, failOn, io, hub), values, format, io));
  if (values["hub-cache"] !== undefined) throw new UsageError("--hub-cache needs --hub");
  return finish(analyzeRoots(positionals, values.policy, failOn, io), values, format, io);
}

interface CheckValues {
  output?: string | undefined;
  sarif?: string | undefined;
  badge?: string | undefined;
  "badge-json"?: string | undefined;
  bom?: string | undefined;
}

/** Renders the report, writes the extra forms, and returns the exit status. */
function finish(report: Report, values: CheckValues, format: "text" | "json" | "markdown", io: Io): number {
  const rendered =
    format === "json" ? renderJson(report) : format === "markdown" ? renderMarkdown(report) : renderText(report, { color: io.isTTY && !values.output });
  if (typeof values.output === "string") writeOutput(io, values.output, rendered);
  else io.stdout(rendered);
  // Every other form of the same report, to the user's paths (overwritten: they named them).
  const extra: [string | undefined, () => string][] = [
    [values.sarif, () => renderSarif(report)],
    [values.badge, () => renderBadgeSvg(report)],
    [values["badge-json"], () => renderBadgeJson(report)],
    [values.bom, () => renderBom(report, bomRunOptions())],
  ];
  for (const [file, render] of extra) if (typeof file === "string") writeOutput(io, file, render());
  if (report.findings.some((f) => f.checkId === "policy-invalid" && !f.waived)) return 2;
  return failsAt(report.counts, report.policy.failOn) ? 1 : 0;
}

/** The BOM of the models under PATH; exit 0, or 2 on usage errors and an invalid policy. */
function bom(args: string[], io: Io): number {
  const { values, positionals } = parsed(() =>
    parseArgs({ args, allowPositionals: true, options: { policy: { type: "string" }, output: { type: "string", short: "o" } } }),
  );
  const report = analyzeRoots(positionals, values.policy, undefined, io);
  const rendered = renderBom(report, bomRunOptions());
  if (typeof values.output === "string") writeOutput(io, values.output, rendered);
  else io.stdout(rendered);
  return report.findings.some((f) => f.checkId === "policy-invalid" && !f.waived) ? 2 : 0;
}

/** --hub: Hub ids among the PATHs, then the Hub cards the local tree and those models lack. */
async function checkWithHub(positionals: string[], cacheFlag: string | undefined, io: Io): Promise<HubInput> {
  const env = io.hub?.env ?? process.env;
  const hubIds = positionals.filter((p) => missingRoots([p], io.cwd).length > 0 && parseHubRef(p) !== undefined);
  const roots = positionals.filter((p) => !hubIds.includes(p));
  // `check --hub org/model` alone checks that model only; otherwise the local roots (default .) too.
  const localRoots = roots.length > 0 ? roots : hubIds.length > 0 ? [] : ["."];
  const missing = missingRoots(localRoots, io.cwd);
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(", ")}`);
  const local = readWorkspace(localRoots, io.cwd);
  const kb = loadKnowledgeBase();
  const prefetch = await prefetchLineage(local, kb, {
    models: hubIds,
    fetch: io.hub?.fetch,
    accessToken: env.HF_TOKEN || env.HUGGING_FACE_HUB_TOKEN || undefined,
    offline: env.HF_HUB_OFFLINE === "1" || env.HF_HUB_OFFLINE === "true",
    hubUrl: env.HF_ENDPOINT || undefined,
    timeoutMs: io.hub?.timeoutMs,
    cacheDir: cacheDirOf(cacheFlag, io.cwd, env),
  });
  const onlyModels = [...discover(local.map((f) => f.path)).models.map((m) => m.dir), ...prefetch.modelDirs];
  return { roots: localRoots, kb, files: [...local, ...prefetch.files], onlyModels, prefetch };
}

interface HubInput {
  roots: string[];
  kb: KnowledgeBase;
  files: InputFile[];
  onlyModels: string[];
  prefetch: PrefetchResult;
}

/** Reads PATHs (default .) and the policy (--policy, else .github/model-provenance.yml if present) and analyses them. */
function analyzeRoots(positionals: string[], policy: string | undefined, failOn: "error" | "warning" | "never" | undefined, io: Io, hub?: HubInput): Report {
  const roots = hub ? hub.roots : positionals.length > 0 ? positionals : ["."];
  const missing = missingRoots(roots, io.cwd);
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(", ")}`);

  const policyPath = typeof policy === "string" ? policy : existsSync(path.resolve(io.cwd, DEFAULT_POLICY_PATH)) ? DEFAULT_POLICY_PATH : undefined;
  if (typeof policy === "string" && missingRoots([policy], io.cwd).length > 0) {
    throw new UsageError(`policy file not found: ${policy}`);
  }
  const kb = hub?.kb ?? loadKnowledgeBase();
  const report = analyze({
    files: hub ? hub.files : readWorkspace(roots, io.cwd),
    policy: policyPath ? { path: policyPath, content: readCapped(path.resolve(io.cwd, policyPath)) } : undefined,
    kb,
    failOn,
    onlyModels: hub?.onlyModels,
  });
  return hub ? withHubNotes(report, hub.prefetch) : report;
}

/** A BOM written by the CLI is one document of its own: it gets a serial number and a timestamp. */
function bomRunOptions() {
  return { timestamp: new Date(), serialNumber: `urn:uuid:${randomUUID()}` };
}

/** Writes a file the user named (relative to the working directory), creating its folder. */
function writeOutput(io: Io, file: string, content: string): void {
  const target = path.resolve(io.cwd, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
}

function license(args: string[], io: Io): number {
  const { values, positionals } = parsed(() => parseArgs({ args, allowPositionals: true, options: { format: { type: "string", default: "text" } } }));
  const format = oneOf(values.format, ["text", "json"] as const, "--format")!;
  if (positionals.length !== 1) throw new UsageError("license takes exactly one FILE");
  const file = positionals[0]!;
  if (missingRoots([file], io.cwd).length > 0) throw new UsageError(`no such file: ${file}`);
  const decoded = decodeText(readCapped(path.resolve(io.cwd, file)));
  if (!decoded.ok) {
    io.stderr(`model-provenance: ${file}: ${decoded.reason}\n`);
    return 2;
  }
  const result = identifyLicense(decoded.text);
  io.stdout(renderIdentification(result, format));
  return 0;
}

// Run when executed directly (bin/ or tsx), not when imported by tests.
const invoked = process.argv[1] ? new URL(`file://${process.argv[1]}`).pathname : "";
if (invoked.endsWith("/cli.ts") || invoked.endsWith("/cli.js") || invoked.endsWith("/model-provenance.js")) {
  void Promise.resolve(
    main(process.argv.slice(2), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      isTTY: Boolean(process.stdout.isTTY),
      cwd: process.cwd(),
    }),
  ).then((code) => (process.exitCode = code));
}
