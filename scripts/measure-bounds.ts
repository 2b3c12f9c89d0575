// npm run measure:bounds: how large a report one hostile card can make (issue 12, point 7). Writes
// cards that name datasets many times, runs the built CLI on each as users run it (JSON report,
// then SARIF), and prints findings, places, bytes, wall time and the child's peak RSS. Asserts
// nothing: the bounds themselves are tested in __tests__/engine/bound.test.ts.
//
//   same      one unknown dataset named 150,000 times in `datasets:` (a 900 KB card): the issue's attack
//   known     LAION-2B-en named 50,000 times (each a license-exceeds-data-rights error, long evidence)
//   distinct  80,000 different unknown datasets (one dataset-unknown warning each)
//
// Usage: npm run measure:bounds -- [--repo DIR] [--only same,known,distinct]
//   --repo DIR runs DIR's bin/model-provenance.js (another checkout, e.g. an older commit), for a before/after.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const REPO = path.resolve(arg("repo") ?? HERE);
const ONLY = new Set((arg("only") ?? "same,known,distinct").split(","));
const BIN = path.join(REPO, "bin/model-provenance.js");
const RSS_PROBE = pathToFileURL(path.join(HERE, "scripts/bench/rss.mjs")).href;

const CARDS: Record<string, () => string> = {
  same: () => `---\nlicense: mit\ndatasets:\n${"- x/y\n".repeat(150_000)}---\n# Amplified\n`,
  known: () => `---\nlicense: mit\ndatasets:\n${"- laion/laion2B-en\n".repeat(50_000)}---\n# Amplified\n`,
  distinct: () => `---\nlicense: mit\ndatasets:\n${Array.from({ length: 80_000 }, (_, i) => `- x/d${i}\n`).join("")}---\n# Amplified\n`,
};

interface Run {
  seconds: number;
  rssMiB: number;
  code: number | null;
  stderr: string;
}

async function cli(args: string[], cwd: string): Promise<Run> {
  const rssFile = path.join(tmpdir(), `bounds-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ["--import", RSS_PROBE, BIN, ...args], { cwd, env: { ...process.env, BENCH_RSS_FILE: rssFile }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let rssMiB = 0;
  try {
    rssMiB = Number(readFileSync(rssFile, "utf8")) / 2 ** 20;
    rmSync(rssFile);
  } catch {
    // The child died before its exit hook ran.
  }
  return { seconds, rssMiB, code, stderr };
}

interface Finding {
  alsoAt?: { locations: unknown[]; unlisted: number };
}

async function measure(name: string, root: string): Promise<void> {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "README.md"), CARDS[name]!());
  const json = await cli(["check", name, "--format", "json", "--output", `${name}.json`, "--fail-on", "never"], root);
  const sarif = await cli(["check", name, "--format", "sarif", "--output", `${name}.sarif`, "--fail-on", "never"], root);
  if (json.code !== 0 || sarif.code !== 0) throw new Error(`${name}: exit ${json.code}/${sarif.code}\n${json.stderr}${sarif.stderr}`);
  const report = JSON.parse(readFileSync(path.join(root, `${name}.json`), "utf8")) as { models: { findings: Finding[] }[] };
  const findings = report.models.flatMap((m) => m.findings);
  const places = findings.reduce((n, f) => n + 1 + (f.alsoAt ? f.alsoAt.locations.length : 0), 0);
  const kb = (f: string) => (statSync(path.join(root, f)).size / 1024).toFixed(0);
  console.log(
    [
      name.padEnd(9),
      `card ${kb(`${name}/README.md`).padStart(5)} KiB`,
      `findings ${String(findings.length).padStart(6)}`,
      `places listed ${String(places).padStart(6)}`,
      `JSON ${kb(`${name}.json`).padStart(7)} KiB ${json.seconds.toFixed(1).padStart(5)} s ${json.rssMiB.toFixed(0).padStart(5)} MiB`,
      `SARIF ${kb(`${name}.sarif`).padStart(7)} KiB ${sarif.seconds.toFixed(1).padStart(5)} s ${sarif.rssMiB.toFixed(0).padStart(5)} MiB`,
    ].join("  "),
  );
}

const root = mkdtempSync(path.join(tmpdir(), "measure-bounds-"));
try {
  console.log(`CLI: ${BIN}; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  for (const name of Object.keys(CARDS)) if (ONLY.has(name)) await measure(name, root);
} finally {
  rmSync(root, { recursive: true, force: true });
}
