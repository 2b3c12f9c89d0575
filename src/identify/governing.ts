// Which of a model folder's license files governs the weights.
//
// The rule, in order:
//   1. Content: if any file is identified as a model license (kind `model` in the catalogue: RAIL,
//      Llama, Gemma, DeepFloyd, ...), the governing file is chosen among those files only. Repositories
//      that ship weights with a code license beside them (LICENSE = Apache-2.0 for the code,
//      LICENSE-MODEL = OpenRAIL-M for the weights) mean the model license for the weights.
//   2. Otherwise among the identified files, else among all files.
//   3. Within that set, by file name (NAME_RANKS, first match wins): names that say they are about the
//      model or weights (LICENSE-MODEL, MODEL_LICENSE, LICENSE_WEIGHTS, *MODEL*LICENSE*), then
//      LICENSE/LICENCE/COPYING, then LICENSE.md/.txt and the like, then *.license files, then other
//      license-like names; names that say they are about code (LICENSE-CODE) come last.
//   3a. Before the name: what the file's text says it covers (a notice "the weights are released
//      under ...", or the heading of the block it was identified by): the weights first, the code last.
//   4. Ties: the file nearest the model folder (fewest path segments), then the higher confidence,
//      then the path, so the choice is deterministic.
import { fingerprintIndex, type FingerprintIndex } from "./fingerprints.js";
import type { Coverage, Identification, LicenseBlock, LicenseKind } from "./types.js";

export interface LicenseFileIdentification {
  path: string;
  identification: Identification;
}

export interface GoverningChoice<F extends LicenseFileIdentification = LicenseFileIdentification> {
  governing: F;
  others: F[];
  reason: string;
  /** When the governing file holds several licenses: the block that governs the weights (its identification is the file's). */
  block?: LicenseBlock;
}

/** What a file's text says its license covers: its notice's subject, or the subject of the block it was identified by. */
function coverageOf(i: Identification): Coverage {
  if (i.notice) return i.notice.covers;
  return i.blocks?.find((b) => b.kind === "license" && b.id === i.id)?.covers ?? "unknown";
}

/** Files whose text says it is about the weights first, about the code last. */
const COVERAGE_RANK: Readonly<Record<Coverage, number>> = { weights: 0, unknown: 1, card: 1, data: 2, code: 2 };

/** File-name patterns (tested on the base name) from most to least likely to govern the weights. */
export const NAME_RANKS: readonly { label: string; test: RegExp }[] = [
  { label: "named for the model weights", test: /^(?:licen[cs]e[-_. ]?(?:model|weights?)|(?:model|weights?)[-_. ]?licen[cs]e)(?:\.(?:md|txt|rst))?$/i },
  { label: "named for the model", test: /(?:model|weights?).*licen[cs]e|licen[cs]e.*(?:model|weights?)/i },
  { label: "the folder's LICENSE file", test: /^(?:licen[cs]e|copying)$/i },
  { label: "the folder's LICENSE file", test: /^(?:licen[cs]e|copying)\.(?:md|txt|rst|markdown)$/i },
  { label: "a .license file", test: /\.licen[cs]e$/i },
  { label: "a license-like file", test: /^(?!.*\bcode\b)(?:licen[cs]e|copying|notice)/i },
  { label: "a code license file", test: /code/i },
];

function nameRank(p: string): number {
  const base = p.split(/[\\/]/).pop() ?? p;
  const i = NAME_RANKS.findIndex((r) => r.test.test(base));
  return i < 0 ? NAME_RANKS.length : i;
}

const depth = (p: string) => p.split(/[\\/]/).filter((s) => s !== "" && s !== ".").length;

/** Picks the file that governs the weights among a model folder's license files (at least one; throws on none). */
export function pickGoverningLicense<F extends LicenseFileIdentification>(
  files: readonly F[],
  opts: { index?: FingerprintIndex } = {},
): GoverningChoice<F> {
  if (files.length === 0) throw new RangeError("pickGoverningLicense needs at least one license file");
  const index = opts.index ?? fingerprintIndex();
  const kindOf = (f: F): LicenseKind | null => (f.identification.id ? (index.get(f.identification.id)?.kind ?? null) : null);
  const identifiedFiles = files.filter((f) => f.identification.status === "identified");
  const modelFiles = identifiedFiles.filter((f) => kindOf(f) === "model");
  const pool = modelFiles.length > 0 ? modelFiles : identifiedFiles.length > 0 ? identifiedFiles : [...files];
  const ranked = [...pool].sort(
    (a, b) =>
      COVERAGE_RANK[coverageOf(a.identification)] - COVERAGE_RANK[coverageOf(b.identification)] ||
      nameRank(a.path) - nameRank(b.path) ||
      depth(a.path) - depth(b.path) ||
      b.identification.confidence - a.identification.confidence ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  const governing = ranked[0]!;
  const others = files.filter((f) => f !== governing);
  const rank = nameRank(governing.path);
  const byName = rank < NAME_RANKS.length ? NAME_RANKS[rank]!.label : "the only candidate left";
  let reason: string;
  if (files.length === 1) reason = "the only license file";
  else if (modelFiles.length > 0 && modelFiles.length < identifiedFiles.length) {
    reason = `a model license (${governing.identification.id}) beats the code/content licenses beside it; ${byName}`;
  } else if (identifiedFiles.length === 0) {
    reason = `no license file was recognized; ${byName}`;
  } else {
    reason = byName;
  }
  const block = governing.identification.blocks?.find((b) => b.kind === "license" && b.id === governing.identification.id);
  if (block) reason += `; lines ${block.lines.from}-${block.lines.to} of the file (${block.covers === "weights" ? "the block about the weights" : "its first license"}), beside ${governing.identification.blocks!.length - 1} other block(s)`;
  else if (coverageOf(governing.identification) === "weights" && files.length > 1) reason += "; its text says it covers the weights";
  return { governing, others, reason, ...(block ? { block } : {}) };
}
