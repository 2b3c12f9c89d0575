import type { Evidence, Right } from "../domain.js";
import type { ResolvedSource } from "../facts/resolve.js";
import { limitsOf, type Limit } from "../facts/sources.js";
import type { CheckContext, ModelCheck } from "./types.js";
import { grantEvidence, grants, licenseName, list, modelLocation, supportedLicenses } from "./util.js";

interface Conflict {
  source: ResolvedSource;
  decisive: Limit[];
  /** Open questions reported beside a definite conflict, as mitigation the reader should see. */
  open: Limit[];
}

/** The seed case: a license that grants commercial use over research-only or unlawful data. */
export const licenseExceedsDataRights: ModelCheck = {
  meta: {
    id: "license-exceeds-data-rights",
    description: "The model's license grants a right that a training source does not support.",
    defaultSeverity: "error",
    scope: "model",
    docs:
      "Each training source limits the rights a model trained on it can carry: its terms of access (research-only datasets), " +
      "the legal basis for mining its content (EU DSM Art. 3 and UK s29A support research only; unlawfully obtained data supports nothing), " +
      "and, if a model is a derivative of its data, the licenses on its items. A license that grants more than every source supports is an error; " +
      "where the facts leave the question open (e.g. a non-commercial item license and a policy that has not decided whether models are derivatives), the finding is graded by `open_questions`. " +
      "Conflicts inherited from a base model are reported once per base, listing every dataset involved.",
    messages: {
      exceeds: "{license} grants {rights}, but {dataset} does not support it: {reason}",
      open: "{license} grants {rights}; whether {dataset} supports it is an open question: {reason}",
      inherited: "{license} grants {rights}, but {base} was trained on data that does not support it: {datasets}",
    },
  },
  run(ctx) {
    const m = ctx.model;
    const lic = m.license.entry;
    if (!lic) return;
    const conflicts: Conflict[] = [];
    for (const source of m.sources) {
      if (!source.dataset || ctx.policy.datasets.allow.includes(source.dataset.id)) continue;
      const limits = limitsOf(source.dataset, ctx.scope).filter((l) => grants(lic, l.right));
      // A base model's own open questions are reported on the base, not on every derivative.
      const relevant = source.via === "base-model" ? limits.filter((l) => l.support === "no") : limits;
      if (relevant.length === 0) continue;
      const definite = relevant.filter((l) => l.support === "no");
      conflicts.push({ source, decisive: definite.length > 0 ? definite : relevant, open: definite.length > 0 ? relevant.filter((l) => l.support === "open") : [] });
    }
    for (const c of conflicts.filter((x) => x.source.via !== "base-model")) reportOwn(ctx, c);
    const byBase = new Map<string, Conflict[]>();
    for (const c of conflicts.filter((x) => x.source.via === "base-model")) {
      const base = c.source.chain[1] ?? "base model";
      byBase.set(base, [...(byBase.get(base) ?? []), c]);
    }
    for (const [base, group] of byBase) reportInherited(ctx, base, group);
  },
};

function rightsOf(limits: Limit[]): Right[] {
  return [...new Set(limits.map((l) => l.right))];
}

function unique(evidence: Evidence[]): Evidence[] {
  return evidence.filter((e, i) => evidence.findIndex((o) => o.about === e.about && o.id === e.id && o.statement === e.statement) === i);
}

function fix(ctx: CheckContext, rights: Right[], drop: string): string {
  const suggestions = supportedLicenses(ctx.kb, new Set(rights));
  return (
    `License the weights under terms that grant no ${list(rights)}` +
    (suggestions.length > 0 ? ` (for example ${list(suggestions)})` : "") +
    `, or ${drop}, or, if you hold a license for this data, declare it under \`declarations:\` in the policy with \`legal_basis: licensed\`.`
  );
}

function reportOwn(ctx: CheckContext, c: Conflict): void {
  const m = ctx.model;
  const lic = m.license.entry!;
  const rights = rightsOf(c.decisive);
  const definite = c.decisive[0]!.support === "no";
  const ds = c.source.dataset!;
  ctx.report({
    messageId: definite ? "exceeds" : "open",
    data: { license: licenseName(m.license), rights: list(rights), dataset: ds.name, reason: c.decisive[0]!.reason },
    location: c.source.location ?? modelLocation(m),
    evidence: unique([
      ...rights.map((r) => grantEvidence(lic, r, m.license.location)),
      ...(c.source.location ? [{ about: "card" as const, statement: `the card names ${c.source.ref} as training data`, location: c.source.location }] : []),
      ...c.decisive.flatMap((l) => l.evidence),
      ...c.open.flatMap((l) => l.evidence),
    ]),
    openQuestion: !definite,
    severity: definite ? undefined : ctx.policy.open_questions,
    fix: fix(ctx, rights, `stop training on ${ds.name}`),
  });
}

function reportInherited(ctx: CheckContext, base: string, group: Conflict[]): void {
  const m = ctx.model;
  const lic = m.license.entry!;
  const rights = rightsOf(group.flatMap((c) => c.decisive));
  const datasets = group.map((c) => `${c.source.dataset!.name} (${c.decisive[0]!.reason}; via ${c.source.chain.slice(1).join(" → ")})`);
  ctx.report({
    messageId: "inherited",
    data: { license: licenseName(m.license), rights: list(rights), base, datasets: datasets.join("; ") },
    location: group[0]!.source.location ?? modelLocation(m),
    evidence: unique([
      ...rights.map((r) => grantEvidence(lic, r, m.license.location)),
      ...group.map((c) => ({ about: "model" as const, id: base, statement: `inherits ${c.source.dataset!.name} through ${c.source.chain.join(" → ")}` })),
      ...group.flatMap((c) => c.decisive.flatMap((l) => l.evidence)),
    ]),
    fix: fix(ctx, rights, `build on a base model trained without ${list(group.map((c) => c.source.dataset!.name))}`),
  });
}
