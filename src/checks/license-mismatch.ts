import type { ResolvedLicense, ResolvedModel } from "../facts/resolve.js";
import type { ModelCheck } from "./types.js";
import { licenseName } from "./util.js";

/**
 * Every statement about the weights must name one license: the metadata, the card's License
 * section, "License:" lines and sentences about the weights, and the governing license file. They
 * are compared pairwise in the order the card gives them (metadata first, the file last); each
 * disagreement names both places. Statements about the code, data or the card itself are not compared.
 */
export const licenseMismatch: ModelCheck = {
  meta: {
    id: "license-mismatch",
    description: "Two statements about the weights' license disagree: the card's metadata, its License section or a license line or sentence about the weights, and the governing license file.",
    defaultSeverity: "error",
    scope: "model",
    docs: "When the card and the license file disagree — including on the version, e.g. CC BY-SA 3.0 vs 4.0 — a user cannot know which terms apply. A statement about the code (\"this code repository is MIT\") or data is not about the weights and is not compared.",
    messages: {
      mismatch: "{first} says {a}, but {where} says {b}",
      denied: "{first} says {a}, but {where} says the weights are not under it",
    },
  },
  run(ctx) {
    const statements = weightStatementsOf(ctx.model);
    const anchor = statements.find((s) => !s.negated);
    if (!anchor?.entry) return;
    const reported = new Set<string>();
    for (const other of statements) {
      if (other === anchor || !other.entry) continue;
      const denies = other.negated === true && other.entry.id === anchor.entry.id;
      if (!denies && (other.negated || other.entry.id === anchor.entry.id)) continue;
      const key = `${denies ? "!" : ""}${other.entry.id}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const first = placeOf(anchor);
      const where = placeOf(other);
      ctx.report({
        messageId: denies ? "denied" : "mismatch",
        data: { first, a: licenseName(anchor), where, b: licenseName(other) },
        location: anchor.location ?? other.location!,
        evidence: [
          { about: aboutOf(anchor), statement: `${first}: ${anchor.raw ?? licenseName(anchor)}`, location: anchor.location, sources: anchor.entry.sources },
          { about: aboutOf(other), statement: `${where}: ${other.raw ?? licenseName(other)}`, location: other.location, sources: other.entry.sources },
        ],
        fix: denies
          ? `Make them agree: state one license for the weights, and remove or correct the statement at ${where}.`
          : `Make them agree: if the weights are under ${other.entry.name}, say so at ${first}${anchor.source === "metadata" ? ` (\`license: ${other.entry.id}\`)` : ""}; otherwise change ${where} to ${anchor.entry.name}.`,
      });
    }
  },
};

/** The statements about the weights with a usable license, in the order the card gives them, the license file last. */
function weightStatementsOf(m: ResolvedModel): ResolvedLicense[] {
  const usable = (l?: ResolvedLicense): l is ResolvedLicense => Boolean(l?.entry && l.entry.kind !== "placeholder");
  const body = m.facts.card?.licenseStatements ? m.weightStatements : m.proseLicense ? [m.proseLicense] : [];
  return [m.metadataLicense, ...body, m.fileLicense].filter(usable);
}

function placeOf(l: ResolvedLicense): string {
  if (l.source === "metadata") return "the card's `license:`";
  if (l.source === "license-file") return l.location?.file ?? "the license file";
  return l.location ? `${l.location.file}:${l.location.line}` : "the card's License section";
}

function aboutOf(l: ResolvedLicense): "card" | "license-file" {
  return l.source === "license-file" ? "license-file" : "card";
}
