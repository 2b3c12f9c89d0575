import type { ModelCheck } from "./types.js";

export const datasetUnknown: ModelCheck = {
  meta: {
    id: "dataset-unknown",
    description: "A training dataset the card names is not in rules/, the policy's declarations or a dataset card in the tree.",
    defaultSeverity: "warning",
    scope: "model",
    docs: "The tool can only judge datasets whose terms and legal basis it knows. Declare the dataset in the policy with its terms, or add a dataset card.",
    messages: { unknown: "training dataset '{ref}' is unknown, so the rights it supports cannot be checked" },
  },
  run(ctx) {
    for (const src of ctx.model.sources) {
      if (src.dataset || src.via === "base-model" || !src.location) continue;
      if (ctx.policy.datasets.allow.includes(src.ref)) continue;
      ctx.report({
        messageId: "unknown",
        data: { ref: src.ref },
        location: src.location,
        openQuestion: true,
        evidence: [{ about: "card", statement: `the card names '${src.ref}' as training data`, location: src.location }],
        fix: `Declare '${src.ref}' under \`declarations:\` in the policy (license, use_restriction, legal_basis, note), or add its dataset card to the repository.`,
      });
    }
  },
};
