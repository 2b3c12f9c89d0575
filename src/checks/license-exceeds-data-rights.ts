import type { Evidence, Right } from "../domain.js";
import { rightWords, type Limit } from "../facts/sources.js";
import { conflictsOf, groupConflicts, type Conflict, type EffectiveLicense } from "./conflicts.js";
import { coherentFix } from "./fix.js";
import type { CheckContext, ModelCheck } from "./types.js";
import { grantEvidence, list, modelLocation } from "./util.js";

/** The seed case: a license that grants commercial use over research-only or unlawful data. */
export const licenseExceedsDataRights: ModelCheck = {
  meta: {
    id: "license-exceeds-data-rights",
    description: "The model's license grants a right that a training source does not support.",
    defaultSeverity: "error",
    scope: "model",
    docs:
      "Each training source limits the rights a model trained on it can carry: its terms of access (a research-only dataset, or a dataset's own " +
      "non-commercial license), the legal basis for mining its content (EU DSM Art. 3 and UK s29A support research only; unlawfully obtained data " +
      "supports nothing), and, if a model is a derivative of its data, the licenses on its items. A license that grants more than every source " +
      "supports is an error. Where the facts leave the question open (a provider's terms on model-generated data, a fact rules/ marks unverified, an " +
      "item license under a policy that has not decided whether models are derivatives), the finding is graded by `open_questions`. Each message " +
      "states the fact and, separately, what the policy concludes from it. One conflict across several sources (the same legal basis, the same " +
      "terms) is one finding listing them; conflicts inherited from a base are reported once per base. A derivative without a license of its own is " +
      "judged under its base's license, which it must carry.",
    messages: {
      exceeds: "{license} grants {rights}, but {facts}; {conclusion}",
      open: "{license} grants {rights}, but {facts}; {conclusion}",
      inherited: "{license} grants {rights}, but {base} was trained on data that does not support it: {datasets}",
    },
  },
  run(ctx) {
    const c = conflictsOf(ctx);
    if (!c.license) return;
    for (const group of groupConflicts(c.own)) reportOwn(ctx, c.license, group);
    const byBase = new Map<string, Conflict[]>();
    for (const x of c.inherited) {
      const base = x.source.chain[1] ?? "base model";
      byBase.set(base, [...(byBase.get(base) ?? []), x]);
    }
    for (const [base, group] of byBase) reportInherited(ctx, c.license, base, group);
  },
};

function rightsOf(limits: Limit[]): Right[] {
  return [...new Set(limits.map((l) => l.right))];
}

/** The first of each piece of evidence, in one pass (a card naming a dataset 25,000 times made a scan per piece quadratic). */
function unique(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    // Unambiguous without JSON: `about` is a word, `id` carries its length.
    const key = `${e.about}|${e.id === undefined ? "-" : `${e.id.length}:${e.id}`}|${e.statement}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** The license as a message names it; a derivative without one is judged under its base's. */
function licenseText(lic: EffectiveLicense): string {
  const name = `${lic.entry.name} (${lic.entry.id})`;
  return lic.inheritedFrom ? `With no license of its own, this ${lic.inheritedFrom.relation} of ${lic.inheritedFrom.ref} carries ${name}, which` : name;
}

function fixText(ctx: CheckContext, alternative: string): string {
  return `${coherentFix(ctx).advice} Or ${alternative}, or, if you hold a license for this data, declare it under \`declarations:\` in the policy with \`legal_basis: licensed\`.`;
}

function reportOwn(ctx: CheckContext, lic: EffectiveLicense, group: Conflict[]): void {
  const m = ctx.model;
  const decisive = group.flatMap((c) => c.decisive);
  const rights = rightsOf(decisive);
  const definite = decisive[0]!.support === "no";
  const names = group.map((c) => c.source.dataset!.name);
  // One fact per source ("LAION-2B-en was collected under ...") and the policy's one conclusion.
  const facts = [...new Set(group.map((c) => c.decisive[0]!.fact))];
  const conclusion = group[0]!.decisive[0]!.conclusion;
  const grantsWhat = list(rights.map(rightWords));
  const first = group[0]!;
  ctx.report({
    messageId: definite ? "exceeds" : "open",
    data: { license: licenseText(lic), rights: grantsWhat, facts: facts.join("; "), conclusion },
    location: first.source.location ?? modelLocation(m),
    evidence: unique([
      ...rights.map((r) => grantEvidence(lic.entry, r, m.license.location)),
      ...group.flatMap((c) => (c.source.location ? [{ about: "card" as const, statement: `the card names ${c.source.ref} as training data${matchNote(c)}`, location: c.source.location }] : [])),
      ...decisive.flatMap((l) => l.evidence),
      ...group.flatMap((c) => c.open.flatMap((l) => l.evidence)),
    ]),
    openQuestion: !definite,
    severity: definite ? undefined : ctx.policy.open_questions,
    summary: definite ? `${lic.entry.id} grants ${grantsWhat}, which ${list(names)} ${names.length > 1 ? "do" : "does"} not support` : `whether ${list(names)} ${names.length > 1 ? "support" : "supports"} ${grantsWhat} under ${lic.entry.id} is open`,
    hint: coherentFix(ctx).hint,
    fix: fixText(ctx, `stop training on ${list(names)}`),
  });
}

function matchNote(c: Conflict): string {
  const match = c.source.match;
  if (!match) return "";
  const bits = [match.how === "variant" ? `read as a variant of ${c.source.dataset!.name}` : `matched to ${c.source.dataset!.name}`, match.version ? `version ${match.version}` : "", match.config ? `config ${match.config}` : ""];
  return ` (${bits.filter(Boolean).join(", ")})`;
}

function reportInherited(ctx: CheckContext, lic: EffectiveLicense, base: string, group: Conflict[]): void {
  const m = ctx.model;
  const rights = rightsOf(group.flatMap((c) => c.decisive));
  const datasets = group.map((c) => `${c.decisive[0]!.reason} (via ${c.source.chain.slice(1).join(" → ")})`);
  const names = group.map((c) => c.source.dataset!.name);
  ctx.report({
    messageId: "inherited",
    data: { license: licenseText(lic), rights: list(rights.map(rightWords)), base, datasets: datasets.join("; ") },
    location: group[0]!.source.location ?? modelLocation(m),
    evidence: unique([
      ...rights.map((r) => grantEvidence(lic.entry, r, m.license.location)),
      ...group.map((c) => ({ about: "model" as const, id: base, statement: `inherits ${c.source.dataset!.name} through ${c.source.chain.join(" → ")}` })),
      ...group.flatMap((c) => c.decisive.flatMap((l) => l.evidence)),
    ]),
    summary: `${lic.entry.id} grants ${list(rights.map(rightWords))}, which ${base}'s training data (${list(names)}) does not support`,
    hint: coherentFix(ctx).hint,
    fix: fixText(ctx, `build on a base model trained without ${list(names)}`),
  });
}
