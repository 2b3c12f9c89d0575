// Accuracy and speed of license identification, and the same corpus through GitHub's licensee.
//
// Usage: npm run bench:licenses -- [--shared DIR] [--no-licensee] [--show N] [--markdown]
//
// Corpus: every SPDX text (npm spdx-license-list) and every model license in ../shared/licenses, each
// as found and through the named transforms of src/identify/corpus.ts (re-wrapped, copyright and
// preamble, Markdown, curly quotes, notes appended, Apache without its appendix, RAIL without
// Attachment A), plus negative controls (scrambled word order, random words, half the words replaced)
// that must not be identified. Duplicate texts are dropped, so counts are distinct files.
//
// Reports exact-id accuracy overall and on the model-license subset, the number of wrong ids reported
// as identified (must be 0), calibration (of the answers at confidence ≥ 95, how many are right), the
// outcomes (known / other / none), and throughput in distinct files per second, timing identification only
// (the fingerprint index is loaded before the clock starts).
//
// Peer: when `ruby` and the licensee gem are installed (Debian: apt-get install ruby-licensee), the
// same files are written to a temp folder and matched by licensee as a library in one Ruby process,
// timing only the matching.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadBuildInputs } from "../src/identify/build.js";
import { buildCorpus, type CorpusItem } from "../src/identify/corpus.js";
import { fingerprintIndex } from "../src/identify/fingerprints.js";
import { clearIdentificationCache, identifyLicense } from "../src/identify/index.js";
import { normalise } from "../src/identify/normalise.js";
import type { Identification } from "../src/identify/types.js";
import { requireSharedDir } from "./shared-data.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sharedDir = requireSharedDir(path.resolve(argValue("--shared") ?? path.resolve(repo, "../shared/licenses")), "manifest.json", "bench:licenses");
const show = Number(argValue("--show") ?? 15);
const runLicensee = !process.argv.includes("--no-licensee");

// ------------------------------------------------------------------------------------------ corpus

const loadStart = performance.now();
const index = fingerprintIndex();
const loadMs = performance.now() - loadStart;

const inputs = loadBuildInputs({ sharedDir, rulesDir: path.join(repo, "rules") });
const expectedKey = (text: string): string | null => {
  const sha = createHash("sha256").update(normalise(text).text, "utf8").digest("hex");
  const v = index.byHash.get(sha);
  return v ? index.licenses[v.license]!.key : null;
};
const refs = inputs.texts.map((t) => ({ id: t.id, name: t.name === t.id && t.hub ? (index.get(t.hub)?.name ?? t.name) : t.name, text: t.text, model: t.origin === "shared" }));
const corpus = buildCorpus(refs, expectedKey);
const positives = corpus.filter((c) => c.expected !== null);
const negatives = corpus.filter((c) => c.expected === null);

// --------------------------------------------------------------------------------------------- ours

// Warm up (JIT) on a slice, then time identification only.
for (const c of corpus.slice(0, 200)) identifyLicense(c.text);
// Distinct texts only, and no answer remembered from the warm-up: the time is identification's own.
clearIdentificationCache();
const results: Identification[] = [];
const t0 = performance.now();
for (const c of corpus) results.push(identifyLicense(c.text));
const oursMs = performance.now() - t0;

interface Tally {
  total: number;
  correct: number;
  wrongConfident: number;
  unrecognized: number;
}
const tally = (items: CorpusItem[], ok: (c: CorpusItem, i: number) => boolean, wrong: (c: CorpusItem, i: number) => boolean, unrec: (i: number) => boolean) => {
  const t: Tally = { total: 0, correct: 0, wrongConfident: 0, unrecognized: 0 };
  for (const c of items) {
    const i = corpus.indexOf(c);
    t.total++;
    if (ok(c, i)) t.correct++;
    else if (wrong(c, i)) t.wrongConfident++;
    else if (unrec(i)) t.unrecognized++;
  }
  return t;
};
// corpus.indexOf is quadratic; precompute positions instead.
const position = new Map(corpus.map((c, i) => [c, i]));
const ourOk = (c: CorpusItem) => {
  const r = results[position.get(c)!]!;
  return c.expected === null ? r.status !== "identified" : r.status === "identified" && r.id === c.expected;
};
const ourWrong = (c: CorpusItem) => {
  const r = results[position.get(c)!]!;
  return r.status === "identified" && r.id !== c.expected;
};
const ourUnrec = (c: CorpusItem) => results[position.get(c)!]!.status !== "identified";
const sum = (items: CorpusItem[]) => ({
  total: items.length,
  correct: items.filter(ourOk).length,
  wrongConfident: items.filter(ourWrong).length,
  unrecognized: items.filter((c) => c.expected !== null && ourUnrec(c)).length,
});
void tally;

const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(2)}%`);
const ours = {
  all: sum(positives),
  model: sum(positives.filter((c) => c.model)),
  negatives: sum(negatives),
  perSecond: corpus.length / (oursMs / 1000),
};

console.log(`corpus: ${corpus.length} distinct files (${positives.length} license texts and variants, ${positives.filter((c) => c.model).length} of them model licenses; ${negatives.length} negative controls)`);
console.log(`fingerprint index: ${index.licenses.length} licenses, loaded in ${loadMs.toFixed(1)} ms`);
console.log("");
console.log("model-provenance-check:");
console.log(`  accuracy (exact id)       ${pct(ours.all.correct, ours.all.total)}  (${ours.all.correct}/${ours.all.total}; ${ours.all.unrecognized} unrecognized)`);
console.log(`  model-license subset      ${pct(ours.model.correct, ours.model.total)}  (${ours.model.correct}/${ours.model.total})`);
console.log(`  confident wrong ids       ${ours.all.wrongConfident + ours.negatives.wrongConfident}  (${ours.negatives.wrongConfident} on negative controls)`);
console.log(`  throughput                ${Math.round(ours.perSecond)} files/s  (${oursMs.toFixed(0)} ms for ${corpus.length} files, one core)`);
// Calibration: of the answers given with confidence ≥ 95, the share that names the expected license.
const confident = corpus.filter((c) => results[position.get(c)!]!.status === "identified" && results[position.get(c)!]!.confidence >= 95);
const confidentRight = confident.filter((c) => results[position.get(c)!]!.id === c.expected).length;
console.log(`  calibration (conf. ≥ 95)  ${pct(confidentRight, confident.length)}  (${confidentRight}/${confident.length} right)`);
const outcomes = new Map<string, number>();
for (const r of results) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
console.log(`  outcomes                  ${[...outcomes].map(([o, n]) => `${o} ${n}`).join(", ")}; ${results.filter((r) => r.derivedFrom).length} reported as a modified copy`);

const byTransform = new Map<string, CorpusItem[]>();
for (const c of corpus) byTransform.set(c.transform, [...(byTransform.get(c.transform) ?? []), c]);
console.log("  by transform: " + [...byTransform].map(([t, cs]) => `${t} ${cs.filter(ourOk).length}/${cs.length}`).join(", "));

const misses = corpus.filter((c) => !ourOk(c));
if (misses.length > 0 && show > 0) {
  console.log(`  misses (first ${Math.min(show, misses.length)} of ${misses.length}):`);
  for (const c of misses.slice(0, show)) {
    const r = results[position.get(c)!]!;
    const ru = r.runnersUp.map((x) => `${x.id}:${x.confidence}`).join(" ");
    console.log(`    ${c.label} → ${r.status} ${r.id ?? "-"} (${r.matcher} ${r.confidence}) [${ru}] ${r.note ?? ""}`);
  }
}

// ----------------------------------------------------------------------------------------- licensee

interface PeerResult {
  available: boolean;
  tried: string;
  version?: string;
  knownIds?: Set<string>;
  ids?: (string | null)[];
  ms?: number;
}

/** licensee's keys are lower-case SPDX ids, with a few exceptions; maps them onto our ids. */
function licenseeToOurs(spdxId: string | null): string | null {
  if (!spdxId || spdxId === "NOASSERTION" || spdxId === "NONE" || spdxId === "other") return null;
  const l = index.get(spdxId);
  return l ? l.key : spdxId;
}

const RUBY = String.raw`
require "licensee"
require "json"
dir = ARGV[0]
files = Dir.children(dir).sort
contents = files.map { |f| File.read(File.join(dir, f), encoding: "UTF-8") }
known = Licensee.licenses(hidden: true).map(&:spdx_id)
out = []
t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
contents.each do |c|
  file = Licensee::ProjectFiles::LicenseFile.new(c, "LICENSE")
  lic = file.license
  out << (lic ? [lic.spdx_id, file.confidence] : [nil, 0])
end
t1 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
puts JSON.generate({ version: Licensee::VERSION, known: known, ms: (t1 - t0) * 1000.0, results: out })
`;

function peer(): PeerResult {
  if (!runLicensee) return { available: false, tried: "skipped (--no-licensee)" };
  const ruby = spawnSync("ruby", ["-e", 'require "licensee"; print Licensee::VERSION'], { encoding: "utf8" });
  if (ruby.error || ruby.status !== 0) {
    return {
      available: false,
      tried: ruby.error
        ? "`ruby` is not installed (tried: ruby -e 'require \"licensee\"'; install with apt-get install -y ruby-licensee)"
        : `ruby could not load licensee: ${(ruby.stderr || "").split("\n")[0]} (install with apt-get install -y ruby-licensee)`,
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "bench-licenses-"));
  try {
    corpus.forEach((c, i) => writeFileSync(path.join(dir, String(i).padStart(6, "0")), c.text));
    const raw = execFileSync("ruby", ["-e", RUBY, dir], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const parsed = JSON.parse(raw) as { version: string; known: string[]; ms: number; results: [string | null, number][] };
    return {
      available: true,
      tried: "ruby -e (licensee as a library)",
      version: parsed.version,
      knownIds: new Set(parsed.known.map((k) => licenseeToOurs(k)).filter((k): k is string => k !== null)),
      ids: parsed.results.map(([id]) => licenseeToOurs(id)),
      ms: parsed.ms,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const p = peer();
console.log("");
const rows: string[][] = [];
const oursPs = Math.round(ours.perSecond);
if (p.available && p.ids && p.knownIds && p.ms !== undefined) {
  const ids = p.ids;
  const known = p.knownIds;
  const theirOk = (c: CorpusItem) => (c.expected === null ? ids[position.get(c)!] === null : ids[position.get(c)!] === c.expected);
  const theirWrong = (c: CorpusItem) => {
    const id = ids[position.get(c)!];
    return id !== null && id !== c.expected;
  };
  const knownPos = positives.filter((c) => known.has(c.expected!));
  const modelPos = positives.filter((c) => c.model);
  const theirPs = Math.round(corpus.length / (p.ms / 1000));
  const count = (xs: CorpusItem[], f: (c: CorpusItem) => boolean) => xs.filter(f).length;
  console.log(`licensee ${p.version} (as a library, ${known.size} licenses known):`);
  console.log(`  accuracy on the licenses it knows  ${pct(count(knownPos, theirOk), knownPos.length)} (${count(knownPos, theirOk)}/${knownPos.length})`);
  console.log(`  accuracy on the whole corpus       ${pct(count(positives, theirOk), positives.length)}`);
  console.log(`  wrong ids reported                 ${count(corpus, theirWrong)}`);
  console.log(`  throughput                         ${theirPs} files/s (${p.ms.toFixed(0)} ms)`);
  console.log(
    "  by transform (licenses it knows): " +
      [...byTransform]
        .map(([t, cs]) => {
          const scope = cs.filter((c) => c.expected === null || known.has(c.expected));
          return `${t} ${scope.filter(theirOk).length}/${scope.length}`;
        })
        .join(", "),
  );
  rows.push(
    ["", "model-provenance-check", `licensee ${p.version}`],
    ["Accuracy, whole corpus", pct(ours.all.correct, ours.all.total), pct(count(positives, theirOk), positives.length)],
    ["Accuracy, licenses licensee knows", pct(count(knownPos, ourOk), knownPos.length), pct(count(knownPos, theirOk), knownPos.length)],
    ["Accuracy, model licenses", pct(ours.model.correct, ours.model.total), pct(count(modelPos, theirOk), modelPos.length)],
    [
      "Wrong ids reported (incl. negative controls)",
      String(ours.all.wrongConfident + ours.negatives.wrongConfident),
      String(count(corpus, theirWrong)),
    ],
    ["Calibration: answers at confidence ≥ 95 that are right", pct(confidentRight, confident.length), "n/a"],
    ["Throughput (files/s, one core)", String(oursPs), String(theirPs)],
    ["Speed ratio", `${(oursPs / theirPs).toFixed(1)}×`, "1×"],
  );
} else {
  console.log(`licensee: not run: ${p.tried}`);
  rows.push(
    ["", "model-provenance-check"],
    ["Accuracy, whole corpus", pct(ours.all.correct, ours.all.total)],
    ["Accuracy, model licenses", pct(ours.model.correct, ours.model.total)],
    ["Wrong ids reported (incl. negative controls)", String(ours.all.wrongConfident + ours.negatives.wrongConfident)],
    ["Throughput (files/s, one core)", String(oursPs)],
  );
}
console.log("");
console.log(`Corpus: ${corpus.length} distinct files (${positives.length} license texts and variants, ${negatives.length} negative controls).`);
console.log("");
console.log(`| ${rows[0]!.join(" | ")} |`);
console.log(`|${rows[0]!.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
for (const r of rows.slice(1)) console.log(`| ${r.join(" | ")} |`);

const failed = ours.all.wrongConfident + ours.negatives.wrongConfident > 0;
if (failed) process.exitCode = 1;
