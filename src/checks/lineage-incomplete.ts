import { conflictsOf } from "./conflicts.js";
import { droppedTerms, dutiesOf } from "./obligations.js";
import type { CheckContext, ModelCheck } from "./types.js";

/**
 * Whether the model fails already on what is known (no license, a definite conflict, a base's
 * dropped terms): then an unresolved base cannot change its verdict, only add to the reasons.
 */
function failsAlready(ctx: CheckContext): boolean {
  const m = ctx.model;
  if (m.license.source === "none") return true;
  if (conflictsOf(ctx).definite.size > 0) return true;
  const own = m.license.entry;
  if (!own || own.kind === "placeholder" || own.family) return false;
  return m.bases.some((b) => b.license && !b.license.family && b.license.kind !== "placeholder" && droppedTerms(b.license, own, dutiesOf(m)).length > 0);
}

export const lineageIncomplete: ModelCheck = {
  meta: {
    id: "lineage-incomplete",
    description: "A base model cannot be followed: it is unknown to the tree and rules/, or the lineage loops or runs too deep.",
    defaultSeverity: "warning",
    scope: "model",
    docs:
      "A derivative inherits its bases' data and obligations. A base the tool cannot resolve leaves those unchecked: a warning where knowing the base " +
      "could change the verdict, a note where the model fails on what is known already. Cycles and very deep chains are cut and reported.",
    messages: {
      unknown: "base model '{ref}' is not in this repository or rules/models, so what it was trained on and its license terms are unchecked",
      bounded: "{message}",
    },
  },
  run(ctx) {
    const m = ctx.model;
    const unresolved = m.bases.filter((b) => !b.license && !b.file);
    const quiet = unresolved.length > 0 && failsAlready(ctx);
    for (const b of unresolved) {
      ctx.report({
        messageId: "unknown",
        data: { ref: b.ref },
        location: b.location ?? m.facts.card?.baseModels[0]?.location ?? { file: m.facts.card?.file ?? m.facts.dir, line: 1, column: 1 },
        openQuestion: true,
        severity: quiet ? "note" : undefined,
        evidence: [
          { about: "model", id: b.ref, statement: `${b.chain.join(" → ")}: not found in the tree or rules/models` },
          ...(quiet ? [{ about: "model" as const, statement: "the model fails on what is known already, so this base cannot change the verdict" }] : []),
        ],
        summary: `base '${b.ref}' is unknown`,
        hint: "add its card, or run with --hub",
        fix: `Add the base model's card to the repository, add it to rules/models, or run with --hub to fetch its card.`,
      });
    }
    for (const p of m.lineageProblems) {
      ctx.report({
        messageId: "bounded",
        data: { message: p.message },
        location: p.location,
        evidence: [{ about: "model", statement: p.message, location: p.location }],
        summary: p.message,
        hint: "shorten the base_model chain",
        fix: "Remove the cycle or shorten the chain of `base_model:` links.",
      });
    }
  },
};
