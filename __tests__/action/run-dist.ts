// Runs the bundled Action (dist/index.js) the way the runner does: a node process whose inputs are
// INPUT_* variables, whose event is a payload file, and whose outputs and summary go to files.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inputEnvName, type InputName } from "../../src/action/inputs.js";

export const DIST = fileURLToPath(new URL("../../dist/index.js", import.meta.url));

interface Example {
  name: string;
  examples: Record<string, unknown>[];
}
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples") as Example[];

/** A real webhook payload from @octokit/webhooks-examples (a deep copy, safe to edit). */
export function payload(event: string, pick: (e: Record<string, unknown>) => boolean = () => true): Record<string, unknown> {
  const found = examples.find((e) => e.name === event)?.examples.find(pick);
  if (!found) throw new Error(`no ${event} example`);
  return structuredClone(found);
}

export interface DistRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
  /** The run's RUNNER_TEMP (where the Hub cache and the default report go). */
  runnerTemp: string;
}

export interface DistOptions {
  event: string;
  payload: unknown;
  repository: string;
  apiUrl: string;
  workspace: string;
  sha?: string;
  inputs?: Partial<Record<InputName, string>>;
  /** Extra environment (e.g. HF_ENDPOINT for the fake Hub). */
  env?: Record<string, string>;
}

const temporary: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** Removes the workspaces and run folders made so far (scenario.ts calls it after each test). */
export function removeTemporary(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Files of a workspace, written under a fresh temp folder. */
export function workspace(files: Record<string, string>): string {
  const dir = tempDir("mpc-ws-");
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

export function runDist(o: DistOptions): Promise<DistRun> {
  const tmp = tempDir("mpc-run-");
  const files = { event: path.join(tmp, "event.json"), output: path.join(tmp, "output"), summary: path.join(tmp, "summary.md") };
  writeFileSync(files.event, JSON.stringify(o.payload));
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  // Only what a runner sets: nothing of the test process's own GITHUB_* or INPUT_* leaks in.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: o.repository,
    GITHUB_SHA: o.sha ?? "f".repeat(40),
    GITHUB_RUN_ID: "4242",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: o.apiUrl,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: tmp,
    [inputEnvName("token")]: "ghs_test-token",
    // The Hub is on by default: tests never reach huggingface.co (a test that wants a Hub names its fake in HF_ENDPOINT).
    ...(o.env?.HF_ENDPOINT ? {} : { HF_HUB_OFFLINE: "1" }),
    ...Object.fromEntries(Object.entries(o.inputs ?? {}).map(([k, v]) => [inputEnvName(k), v])),
    ...o.env,
  };
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [DIST], { cwd: o.workspace, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({
        code: error ? (typeof error.code === "number" ? error.code : 1) : 0,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(files.output, "utf8")),
        summary: readFileSync(files.summary, "utf8"),
        ms: performance.now() - started,
        runnerTemp: tmp,
      });
    });
  });
}

/** GITHUB_OUTPUT holds `name<<DELIM\nvalue\nDELIM` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}
