// What loading the dataset catalogue costs a fresh CLI or Action process: the compiled knowledge
// base (dist/knowledge-base.json, the artefact the bundles read) parsed, indexed and asked what a
// first check asks (a dataset lookup, the names a card reader matches), beside two floors measured
// in the same run: node starting alone, and node parsing the same file with nothing else. Each is
// a fresh process, the rounds interleaved; the table gives medians and ratios to node alone. The
// catalogue's own cost is the bundle with it minus the bundle without it.
// Usage: npm run measure:kb-load -- [--runs N]   (needs dist/: npm run build:action)
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const ARTEFACT = path.join(REPO, "dist/knowledge-base.json");
const API = path.join(REPO, "dist/api.js");

/** Each case prints the milliseconds from process start (performance.now() counts from there) to its end. */
const CASES: [name: string, code: string][] = [
  ["node alone", "console.log(performance.now())"],
  ["JSON.parse of the artefact", `import { readFileSync } from "node:fs"; JSON.parse(readFileSync(${JSON.stringify(ARTEFACT)}, "utf8")); console.log(performance.now())`],
  ["the API bundle imported, no catalogue", `await import(${JSON.stringify(API)}); console.log(performance.now())`],
  [
    "the API bundle and the catalogue (loaded, a lookup, the reader's names)",
    `const api = await import(${JSON.stringify(API)}); const kb = api.knowledgeBase(); kb.lookupDataset("rajpurkar/squad"); kb.datasetNames(); console.log(performance.now())`,
  ],
];

function once(code: string): number {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
  return Number(out.trim().split("\n").pop());
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function main(): void {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "15" } } });
  if (!existsSync(ARTEFACT) || !existsSync(API)) {
    console.log("measure:kb-load: dist/ is not built (npm run build:action); nothing measured.");
    process.exitCode = 2;
    return;
  }
  const runs = Math.max(1, Number(values.runs) || 15);
  const times = CASES.map(() => [] as number[]);
  for (const [, code] of CASES) once(code); // warm the file cache
  for (let r = 0; r < runs; r++) for (const [i, [, code]] of CASES.entries()) times[i]!.push(once(code));
  const floor = median(times[0]!);
  console.log(`${path.relative(REPO, ARTEFACT)}: ${(statSync(ARTEFACT).size / 1024).toFixed(0)} KiB; node ${process.version}; medians of ${runs} fresh processes`);
  console.log("| case | ms from process start | × node alone |");
  console.log("|---|--:|--:|");
  for (const [i, [name]] of CASES.entries()) {
    const m = median(times[i]!);
    console.log(`| ${name} | ${m.toFixed(0)} | ${(m / floor).toFixed(2)}× |`);
  }
  const parse = median(times[1]!) - floor;
  const cost = median(times[3]!) - median(times[2]!);
  console.log(`\nthe catalogue adds ${cost.toFixed(0)} ms to a process that has the bundle loaded; parsing its JSON alone takes ${parse.toFixed(0)} ms (${(cost / Math.max(1, parse)).toFixed(2)}× that floor)`);
}

main();
