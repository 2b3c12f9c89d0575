// Small helpers the checks share: where to point when a fact has no line of its own, how to cite
// a license, and which licenses a set of sources would support.
import type { Evidence, Location, Right } from "../domain.js";
import type { ResolvedLicense, ResolvedModel } from "../facts/resolve.js";
import type { KnowledgeBase, RuleFile } from "../kb/load.js";
import type { LicenseEntry } from "../kb/schema.js";
import { localeOrder } from "../order.js";

/** The card's license line, else the card, else the governing license file, else the model folder. */
export function modelLocation(m: ResolvedModel): Location {
  const card = m.facts.card;
  if (m.license.location) return m.license.location;
  if (card) return { file: card.file, line: 1, column: 1 };
  const lic = m.facts.governingLicense ?? m.facts.licenseFiles[0];
  return { file: lic?.file ?? m.facts.dir, line: 1, column: 1 };
}

export function licenseName(l: ResolvedLicense): string {
  return l.entry ? `${l.entry.name} (${l.entry.id})` : (l.raw ?? "no license");
}

export function grantEvidence(entry: LicenseEntry & RuleFile, right: Right, location?: Location): Evidence {
  return {
    about: "license",
    id: entry.id,
    statement: `${entry.name} grants ${right}: ${entry.grants[right]}`,
    location,
    sources: entry.sources,
  };
}

/** Rights the license grants outright or with conditions. */
export function grants(entry: LicenseEntry | undefined, right: Right): boolean {
  return entry?.grants[right] === "yes" || entry?.grants[right] === "conditional";
}

/**
 * Hub licenses that grant none of `excluded`, most permissive first, preferring licenses written
 * for models. These are what the data would support.
 */
export function supportedLicenses(kb: KnowledgeBase, excluded: Set<Right>, limit = 4): string[] {
  const order: Record<string, number> = { yes: 3, conditional: 2, unstated: 1, no: 0 };
  return [...kb.licenses.values()]
    .filter((l) => l.hub && !l.family && l.kind !== "placeholder" && l.grants["research-use"] !== "no")
    .filter((l) => [...excluded].every((r) => l.grants[r] === "no"))
    .map((l) => ({
      id: l.id,
      score: Object.values(l.grants).reduce((s, g) => s + (order[g] ?? 0), 0) + (l.kind === "model" ? 0.5 : 0),
      version: Number.parseFloat(l.version ?? "0") || 0,
    }))
    // Among equals, the current version of a family (CC BY-NC 4.0 rather than 2.0).
    .sort((a, b) => b.score - a.score || b.version - a.version || localeOrder(a.id, b.id))
    .slice(0, limit)
    .map((x) => x.id);
}

export function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
