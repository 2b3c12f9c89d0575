import type { Right } from "../domain.js";
import { limitsOf, type Limit } from "../facts/sources.js";
import type { ModelCheck } from "./types.js";
import { grantEvidence, grants, licenseName, list, modelLocation, supportedLicenses } from "./util.js";

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
      "where the facts leave the question open (e.g. a non-commercial item license and a policy that has not decided whether models are derivatives), the finding is graded by `open_questions`.",
    messages: {
      exceeds: "{license} grants {rights}, but {dataset} does not support it: {reason}",
      open: "{license} grants {rights}; whether {dataset} supports it is an open question: {reason}",
    },
  },
  run(ctx) {
    const m = ctx.model;
    const lic = m.license.entry;
    if (!lic) return;
    for (const src of m.sources) {
      if (!src.dataset) continue;
      if (ctx.policy.datasets.allow.includes(src.dataset.id)) continue;
      const limits = limitsOf(src.dataset, ctx.scope).filter((l) => grants(lic, l.right));
      // A base model's own open questions are reported on the base, not on every derivative.
      const relevant = src.via === "base-model" ? limits.filter((l) => l.support === "no") : limits;
      if (relevant.length === 0) continue;
      const definite = relevant.filter((l) => l.support === "no");
      const decisive: Limit[] = definite.length > 0 ? definite : relevant;
      const rights = [...new Set(decisive.map((l) => l.right))];
      const excluded = new Set<Right>(rights);
      const suggestions = supportedLicenses(ctx.kb, excluded);
      const chain = src.chain.length > 2 ? ` (inherited: ${src.chain.join(" → ")})` : "";
      const evidence = [
        ...rights.map((r) => grantEvidence(lic, r, m.license.location)),
        ...(src.location
          ? [{ about: "card" as const, statement: `the card names ${src.ref} as training data${chain}`, location: src.location }]
          : []),
        ...decisive.flatMap((l) => l.evidence),
        ...(definite.length > 0 ? relevant.filter((l) => l.support === "open").flatMap((l) => l.evidence) : []),
      ];
      ctx.report({
        messageId: definite.length > 0 ? "exceeds" : "open",
        // One limit per right repeats the same dataset and basis; keep each statement once.
        data: { license: licenseName(m.license), rights: list(rights), dataset: src.dataset.name + chain, reason: decisive[0]!.reason },
        location: src.location ?? modelLocation(m),
        evidence: evidence.filter((e, i) => evidence.findIndex((o) => o.about === e.about && o.id === e.id && o.statement === e.statement) === i),
        openQuestion: definite.length === 0,
        severity: definite.length === 0 ? ctx.policy.open_questions : undefined,
        fix:
          `License the weights under terms that grant no ${list(rights)}` +
          (suggestions.length > 0 ? ` (for example ${list(suggestions)})` : "") +
          `, or stop training on ${src.dataset.name}${src.via === "base-model" ? " (choose a base model trained without it)" : ""}, ` +
          `or, if you hold a license for this data, declare it under \`declarations:\` in the policy with \`legal_basis: licensed\`.`,
      });
    }
  },
};
