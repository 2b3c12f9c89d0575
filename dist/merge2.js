import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { _ as __builtin } from './_builtin_util.js';
import { l as localeOrder, f as count, v as verdictOf } from './workspace.js';

// The shards' reports of a matrix (check --shard K/N) as the one report a single run would have
// written: every shard present once, made by the same tool under the same policy, each model in one
// shard only. Counts and verdict are decided again from the findings, never taken from a shard.







/** Shards that do not make one run; the message names the report. */
class MergeError extends Error {}

function mergeShards(shards) {
  if (shards.length === 0) throw new MergeError("no report to merge");
  const first = shards[0];
  checkShards(shards);
  for (const s of shards.slice(1)) {
    if (!__builtin.isDeepStrictEqual(s.report.tool, first.report.tool)) throw new MergeError(`${s.name} was written by ${s.report.tool.name} ${s.report.tool.version}, ${first.name} by ${first.report.tool.version}: run every shard with the same version`);
    if (!__builtin.isDeepStrictEqual(s.report.policy, first.report.policy)) throw new MergeError(`${s.name} was judged under another policy than ${first.name} (policy file, jurisdictions or fail_on differ): run every shard with the same policy and --fail-on`);
  }
  const owner = new Map();
  for (const s of shards) {
    for (const m of s.report.models) {
      const other = owner.get(m.path);
      if (other) throw new MergeError(`model ${m.path} is in both ${other} and ${s.name}: the shards were not made from the same tree with the same --shard count`);
      owner.set(m.path, s.name);
    }
  }
  const models = shards.flatMap((s) => s.report.models).sort((a, b) => localeOrder(a.path, b.path) || (a.path < b.path ? -1 : 1));
  // Run-level findings (policy problems, expired waivers) are every shard's; each is kept once.
  const findings = onceEach(shards.flatMap((s) => s.report.findings));
  const counts = count(findings);
  for (const m of models) for (const k of ["error", "warning", "note"] ) counts[k] += m.counts[k];
  return {
    schemaVersion: first.report.schemaVersion,
    tool: first.report.tool,
    policy: first.report.policy,
    models,
    findings,
    counts,
    verdict: verdictOf(counts),
    notes: onceEach(shards.flatMap((s) => s.report.notes)),
  };
}

/** Every report a shard's, all of one count, each number once and none missing. */
function checkShards(shards) {
  const seen = new Map();
  let total;
  for (const { name, report } of shards) {
    if (!report.shard) throw new MergeError(`${name} is not a shard's report (it was written without --shard K/N)`);
    const { index, count: n } = report.shard;
    total ??= n;
    if (n !== total) throw new MergeError(`${name} is shard ${index}/${n}, but ${shards[0].name} is one of ${total}`);
    const twice = seen.get(index);
    if (twice) throw new MergeError(`${name} and ${twice} are both shard ${index}/${n}`);
    seen.set(index, name);
  }
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !seen.has(i));
  // A verdict from part of the models would pass what the missing shards would fail.
  if (missing.length > 0) throw new MergeError(`shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${total}`).join(", ")} missing: a merged verdict needs every shard's report`);
}

function onceEach(items) {
  const seen = new Set();
  return items.filter((x) => {
    const key = JSON.stringify(x);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export { MergeError as M, mergeShards as m };
