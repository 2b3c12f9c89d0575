// The command line: model-provenance check|merge|init|license|bom|schema. Exit 0 = below the fail
// threshold, 1 = findings reach it, 2 = usage or configuration error, no model checked, or a
// crash (never 1, which means findings). No effect on import: bin/model-provenance.js (through
// the bundle, src/cli/bundle.ts) and scripts/cli.ts (from source) call runCli().
import { KnowledgeBaseError } from "./kb/knowledge-base.js";
import { takeColorFlag, UsageError } from "./cli/args.js";
import { check } from "./cli/check.js";
import type { Io } from "./cli/io.js";
import { OutputRefused } from "./cli/output.js";
import { TOOL } from "./version.js";

export type { Io } from "./cli/io.js";

export const USAGE = `Usage: model-provenance <command> [options]

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

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    return failure(e, io);
  }
}

function failure(e: unknown, io: Io): number {
  if (e instanceof OutputRefused) io.stderr(`model-provenance: ${e.message}\n`);
  else if (e instanceof UsageError) io.stderr(`model-provenance: ${e.message}\n\n${USAGE}\n`);
  else if (e instanceof KnowledgeBaseError) io.stderr(`model-provenance: the rules/ knowledge base is invalid:\n${e.message}\n`);
  else io.stderr(`model-provenance: internal error (please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 2;
}

async function dispatch(argv: string[], io: Io): Promise<number> {
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
      return (await import("./cli/merge.js")).merge(rest, io, color);
    case "init":
      return (await import("./cli/init.js")).init(rest, io);
    case "license":
      return (await import("./cli/license.js")).license(rest, io);
    case "bom":
      return (await import("./cli/bom.js")).bom(rest, io);
    case "schema": {
      const { policyJsonSchema } = await import("./policy/schema.js");
      io.stdout(JSON.stringify(policyJsonSchema(), null, 2) + "\n");
      return 0;
    }
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

/** Runs the CLI as a process: its arguments, streams and working directory; sets the exit code. */
export async function runCli(deps: Pick<Io, "knowledgeBase" | "prereadWorker"> = {}): Promise<void> {
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
