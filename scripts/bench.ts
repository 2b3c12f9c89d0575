// npm run bench: the CLI's speed and memory as ratios to a floor measured in the same run, so that a
// loaded machine cancels out. Prints figures; asserts nothing (a benchmark is never a timed test).
//
//   1. A generated monorepo of --models models (default 10,000; scripts/bench/monorepo.ts): the floor
//      (walk, read, parse front matter with js-yaml: scripts/bench/floor.mjs) and `check . --format
//      json` run as users run it, alternately, --runs times: medians, ratio, peak RSS, models/s.
//   2. The real cards of ../shared/corpus (at /tmp/corpus/hf-cards-dev, else unpacked to a temp
//      folder), with their own floor.
//   3. A one-model check beside `licensee detect` on one license file (Debian's ruby-licensee).
//   4. `check --hub` on the monorepo with a warm cache (a local fake Hub via HF_ENDPOINT) beside the
//      offline scan.
//
// Usage: npm run bench -- [--models N] [--runs N] [--only monorepo,corpus,one,hub] [--keep] [--json FILE]
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startLocalHub } from "./bench/fake-hub.js";
import { generateMonorepo, writeMonorepo, type Monorepo } from "./bench/monorepo.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RSS_PROBE = pathToFileURL(path.join(REPO, "scripts/bench/rss.mjs")).href;
const FLOOR = path.join(REPO, "scripts/bench/floor.mjs");

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const MODELS = Number(arg("models") ?? 10_000);
const RUNS = Math.max(1, Number(arg("runs") ?? 5));
const ONLY = new Set((arg("only") ?? "monorepo,corpus,one,hub").split(","));
const KEEP = process.argv.includes("--keep");
const JSON_OUT = arg("json");

interface Run {
  ms: number;
  rssBytes: number;
  /** CPU time (user + system, every thread) in ms: a load on the machine stretches it less than the wall clock. */
  cpuMs: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** GNU time, for the CPU time of a command that is not node (licensee); without it, none is reported. */
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/**
 * Runs a node program (with the RSS probe) or, `external`, any command (under GNU time when there
 * is one); stdout to `stdoutFile` when given.
 */
async function run(cmd: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; stdoutFile?: string; external?: boolean }): Promise<Run> {
  const rssFile = path.join(tmpdir(), `bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const out = opts.stdoutFile ? openSync(opts.stdoutFile, "w") : "pipe";
  const timed = opts.external && GNU_TIME ? [GNU_TIME, "-f", "%M %U %S", "-o", rssFile, ...cmd] : cmd;
  const started = process.hrtime.bigint();
  const child = spawn(timed[0]!, timed.slice(1), { cwd: opts.cwd, env: { ...process.env, ...opts.env, BENCH_RSS_FILE: rssFile }, stdio: ["ignore", out, "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (typeof out === "number") closeSync(out);
  let rssBytes = 0;
  let cpuMs = NaN;
  try {
    const fields = readFileSync(rssFile, "utf8").trim().split(/\s+/).map(Number);
    rmSync(rssFile);
    // The probe writes bytes and microseconds; GNU time KiB and seconds.
    if (opts.external) [rssBytes, cpuMs] = [fields[0]! * 1024, (fields[1]! + fields[2]!) * 1000];
    else [rssBytes, cpuMs] = [fields[0]!, fields[1]! / 1000];
  } catch {
    // No probe output (no GNU time for an external command): no figures.
  }
  return { ms, rssBytes, cpuMs, code, stdout, stderr };
}

/** The CLI as users run it: the package's built bin when there is one, else `tsx src/cli.ts` (the README's way). */
function cliEntry(): { argv: string[]; label: string } {
  const pkg = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { bin?: string | Record<string, string> };
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin ? Object.values(pkg.bin)[0] : undefined;
  if (bin && existsSync(path.join(REPO, bin))) return { argv: [process.execPath, "--import", RSS_PROBE, path.join(REPO, bin)], label: `node ${bin}` };
  const tsx = pathToFileURL(path.join(REPO, "node_modules/tsx/dist/loader.mjs")).href;
  return { argv: [process.execPath, "--import", RSS_PROBE, "--import", tsx, path.join(REPO, "src/cli.ts")], label: "tsx src/cli.ts (no built bin in package.json)" };
}

const CLI = cliEntry();
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const secs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const figures: Record<string, unknown> = {};

function ensureOk(what: string, r: Run, okCodes = [0, 1]): void {
  if (r.code === null || !okCodes.includes(r.code)) throw new Error(`${what} exited ${r.code}:\n${r.stderr.slice(0, 2000)}`);
}

interface Pair {
  a: Run[];
  b: Run[];
}

/** Runs a then b, `runs` times after one untimed warm-up of each (page cache, JIT of the bench). */
async function alternate(runs: number, a: () => Promise<Run>, b: () => Promise<Run>): Promise<Pair> {
  await a();
  await b();
  const pair: Pair = { a: [], b: [] };
  for (let i = 0; i < runs; i++) {
    pair.a.push(await a());
    pair.b.push(await b());
  }
  return pair;
}

function summarise(name: string, label: [string, string], p: Pair, models: number, budget?: { max: number; goal?: number }): void {
  const ratios = p.b.map((r, i) => r.ms / p.a[i]!.ms);
  const [ta, tb] = [median(p.a.map((r) => r.ms)), median(p.b.map((r) => r.ms))];
  const ratio = median(ratios);
  const rss = p.b.map((r) => r.rssBytes);
  console.log(`  ${label[0].padEnd(34)} median ${secs(ta).padStart(9)}   peak RSS ${mib(median(p.a.map((r) => r.rssBytes)))}`);
  console.log(`  ${label[1].padEnd(34)} median ${secs(tb).padStart(9)}   peak RSS ${mib(median(rss))} (max ${mib(Math.max(...rss))})   ${(models / (tb / 1000)).toFixed(0)} models/s`);
  const verdict = budget ? `   budget ≤ ${budget.max}×${budget.goal ? ` (goal ${budget.goal}×)` : ""}: ${ratio <= budget.max ? "holds" : "does NOT hold"}` : "";
  console.log(`  ratio ${ratio.toFixed(2)}× (per run: ${ratios.map((r) => r.toFixed(2)).join(", ")})${verdict}`);
  const [ca, cb] = [median(p.a.map((r) => r.cpuMs)), median(p.b.map((r) => r.cpuMs))];
  console.log(`  CPU time (user + system): ${secs(ca)} against ${secs(cb)}, ratio ${(cb / ca).toFixed(2)}×`);
  figures[name] = { [label[0]]: ta, [label[1]]: tb, ratio, ratios, cpuMs: [ca, cb], cpuRatio: cb / ca, peakRssBytes: median(rss), maxRssBytes: Math.max(...rss), models };
}

async function monorepo(root: string, repo: Monorepo): Promise<void> {
  console.log(`\nmonorepo: ${repo.models} models, ${repo.licenseFiles} license files, ${repo.datasetCards} dataset cards (${root})`);
  const report = path.join(root, "..", "report.json");
  const p = await alternate(
    RUNS,
    () => run([process.execPath, "--import", RSS_PROBE, FLOOR, "."], { cwd: root }),
    async () => {
      const r = await run([...CLI.argv, "check", ".", "--format", "json"], { cwd: root, stdoutFile: report });
      ensureOk("check", r);
      return r;
    },
  );
  summarise("monorepo", ["floor (walk, read, js-yaml)", "check . --format json"], p, repo.models, { max: 2, goal: 1.5 });
  const bytes = statSync(report).size;
  console.log(`  report ${(bytes / 1e6).toFixed(1)} MB; peak RSS budget < 512 MiB: ${median(p.b.map((r) => r.rssBytes)) < 512 * 2 ** 20 ? "holds" : "does NOT hold"}`);
  (figures.monorepo as Record<string, unknown>).reportBytes = bytes;
}

/** The real-card corpus: /tmp/corpus/hf-cards-dev, else ../shared/corpus's archive unpacked into `tmp`. */
function corpusDir(tmp: string): string | undefined {
  if (existsSync("/tmp/corpus/hf-cards-dev/cards")) return "/tmp/corpus/hf-cards-dev";
  const archive = path.resolve(REPO, "../shared/corpus/hf-cards-dev.tar.gz");
  if (!existsSync(archive)) return undefined;
  const r = spawnSync("tar", ["-xzf", archive, "-C", tmp]);
  return r.status === 0 && existsSync(path.join(tmp, "hf-cards-dev/cards")) ? path.join(tmp, "hf-cards-dev") : undefined;
}

async function corpus(tmp: string): Promise<void> {
  const dir = corpusDir(tmp);
  if (!dir) {
    console.log("\nreal cards: skipped (no /tmp/corpus/hf-cards-dev and no ../shared/corpus/hf-cards-dev.tar.gz)");
    return;
  }
  const floor = await run([process.execPath, FLOOR, "cards"], { cwd: dir });
  const cards = (JSON.parse(floor.stdout) as { cards: number }).cards;
  console.log(`\nreal cards: ${cards} cards (${dir}/cards)`);
  const report = path.join(tmp, "corpus-report.json");
  const p = await alternate(
    RUNS,
    () => run([process.execPath, "--import", RSS_PROBE, FLOOR, "cards"], { cwd: dir }),
    async () => {
      const r = await run([...CLI.argv, "check", "cards", "--format", "json"], { cwd: dir, stdoutFile: report });
      ensureOk("check (corpus)", r);
      return r;
    },
  );
  summarise("corpus", ["floor (walk, read, js-yaml)", "check cards --format json"], p, cards, { max: 2 });
}

/** One model folder (card + the Apache-2.0 LICENSE most repositories copy), checked beside licensee on that LICENSE. */
async function oneModel(tmp: string, repo: Monorepo): Promise<void> {
  const dir = path.join(tmp, "one-model");
  const card = repo.files.find((f) => /README\.md$/.test(f.path) && f.content.includes("base_model:"))!;
  const apache = repo.files.find((f) => /\/LICENSE$/.test(f.path) && f.content.includes("Apache License"))!;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "README.md"), card.content);
  writeFileSync(path.join(dir, "LICENSE"), apache.content);
  const runs = Math.max(RUNS, 7);
  const ours = async () => {
    const r = await run([...CLI.argv, "check", "one-model"], { cwd: tmp });
    ensureOk("check one-model", r);
    return r;
  };
  const cpu = (rs: Run[]) => secs(median(rs.map((r) => r.cpuMs)));
  console.log(`\none-model check (${CLI.label} check one-model: README.md + LICENSE)`);
  const hasLicensee = spawnSync("licensee", ["version"]).status === 0;
  // Alternated with licensee, so that a change of load falls on both.
  const licensee = () => run(["licensee", "detect", path.join(dir, "LICENSE")], { cwd: tmp, external: true });
  const p: Pair = hasLicensee ? await alternate(runs, ours, licensee) : { a: [], b: [] };
  if (!hasLicensee) for (let i = 0; i < runs; i++) p.a.push(await ours());
  console.log(`  check one-model                    median ${secs(median(p.a.map((r) => r.ms))).padStart(9)}   CPU ${cpu(p.a)}   peak RSS ${mib(median(p.a.map((r) => r.rssBytes)))}`);
  const entry: Record<string, unknown> = { check: median(p.a.map((r) => r.ms)), checkCpu: median(p.a.map((r) => r.cpuMs)) };
  if (!hasLicensee) console.log("  licensee detect: skipped (licensee not installed: apt-get install ruby-licensee)");
  else {
    const [a, b] = [median(p.a.map((r) => r.ms)), median(p.b.map((r) => r.ms))];
    console.log(`  licensee detect one-model/LICENSE  median ${secs(b).padStart(9)}   CPU ${cpu(p.b)}`);
    console.log(`  ratio ${(a / b).toFixed(2)}× licensee (CPU ${(median(p.a.map((r) => r.cpuMs)) / median(p.b.map((r) => r.cpuMs))).toFixed(2)}×)   budget: faster than licensee: ${a < b ? "holds" : "does NOT hold"}`);
    Object.assign(entry, { licensee: b, licenseeCpu: median(p.b.map((r) => r.cpuMs)) });
  }
  figures.oneModel = entry;
}

/** `check --hub` with a warm cache against the offline scan, the Hub being a local fake (HF_ENDPOINT). */
async function hub(root: string, repo: Monorepo): Promise<void> {
  const local = await startLocalHub(repo.hub);
  try {
    const cache = path.join(root, "..", "hub-cache");
    const env = { HF_ENDPOINT: local.url };
    const report = path.join(root, "..", "hub-report.json");
    const cold = await run([...CLI.argv, "check", ".", "--hub", "--hub-cache", cache, "--format", "json"], { cwd: root, env, stdoutFile: report });
    ensureOk("check --hub (cold)", cold);
    const coldRequests = local.requests();
    console.log(`\ncheck --hub on the monorepo (fake Hub at ${local.url}): cold run ${secs(cold.ms)}, ${coldRequests} requests`);
    const p = await alternate(
      RUNS,
      async () => {
        const r = await run([...CLI.argv, "check", ".", "--format", "json"], { cwd: root, stdoutFile: report });
        ensureOk("check (offline)", r);
        return r;
      },
      async () => {
        const r = await run([...CLI.argv, "check", ".", "--hub", "--hub-cache", cache, "--format", "json"], { cwd: root, env, stdoutFile: report });
        ensureOk("check --hub (warm)", r);
        return r;
      },
    );
    summarise("hub", ["check . (offline)", "check . --hub (warm cache)"], p, repo.models, { max: 1.1 });
    console.log(`  requests per warm run: ${((local.requests() - coldRequests) / (RUNS + 1)).toFixed(0)}`);
  } finally {
    await local.close();
  }
}

async function main(): Promise<void> {
  const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");
  console.log(`npm run bench — node ${process.version}, ${cpus().length} cores, load average ${load()}; CLI: ${CLI.label}; ${RUNS} runs per figure, medians`);
  const tmp = mkdtempSync(path.join(tmpdir(), "mpc-bench-"));
  try {
    const root = path.join(tmp, "monorepo");
    const repo = generateMonorepo(MODELS);
    writeMonorepo(root, repo);
    if (ONLY.has("monorepo")) await monorepo(root, repo);
    if (ONLY.has("corpus")) await corpus(tmp);
    if (ONLY.has("one")) await oneModel(tmp, repo);
    if (ONLY.has("hub")) await hub(root, repo);
    console.log(`\nload average at the end ${load()} (1, 5, 15 min; ${cpus().length} cores: above ${cpus().length} means others were running)`);
    if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ node: process.version, cli: CLI.label, runs: RUNS, figures }, null, 2) + "\n");
  } finally {
    if (KEEP) console.log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
