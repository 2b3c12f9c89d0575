import type { ModelCheck } from "./types.js";

export const lineageIncomplete: ModelCheck = {
  meta: {
    id: "lineage-incomplete",
    description: "A base model cannot be followed: it is unknown to the tree and rules/, or the lineage loops or runs too deep.",
    defaultSeverity: "warning",
    scope: "model",
    docs: "A derivative inherits its bases' data and obligations. A base the tool cannot resolve leaves those unchecked; cycles and very deep chains are cut and reported.",
    messages: {
      unknown: "base model '{ref}' is not in this repository or rules/models, so what it was trained on and its license terms are unchecked",
      bounded: "{message}",
    },
  },
  run(ctx) {
    const m = ctx.model;
    for (const b of m.bases) {
      if (b.license || b.file) continue;
      ctx.report({
        messageId: "unknown",
        data: { ref: b.ref },
        location: b.location ?? m.facts.card?.baseModels[0]?.location ?? { file: m.facts.card?.file ?? m.facts.dir, line: 1, column: 1 },
        openQuestion: true,
        evidence: [{ about: "model", id: b.ref, statement: `${b.chain.join(" → ")}: not found in the tree or rules/models` }],
        fix: `Add the base model's card to the repository, add it to rules/models, or run with --hub to fetch its card.`,
      });
    }
    for (const p of m.lineageProblems) {
      ctx.report({ messageId: "bounded", data: { message: p.message }, location: p.location, evidence: [{ about: "model", statement: p.message, location: p.location }], fix: "Remove the cycle or shorten the chain of `base_model:` links." });
    }
  },
};
