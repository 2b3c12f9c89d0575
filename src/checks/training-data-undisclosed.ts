import type { ModelCheck } from "./types.js";
import { modelLocation } from "./util.js";

export const trainingDataUndisclosed: ModelCheck = {
  meta: {
    id: "training-data-undisclosed",
    description: "The card names no training data, and no base model it builds on discloses any.",
    defaultSeverity: "warning",
    scope: "model",
    docs:
      "Without knowing the training data, nobody can tell whether the license claims more than the data supports. " +
      "List datasets in `datasets:` (Hub ids) and describe them in a Training data section; declare in-house data in the policy.",
    messages: { undisclosed: "{model} does not say what it was trained on, so its license cannot be checked against its data" },
  },
  run(ctx) {
    const m = ctx.model;
    if (m.sources.length > 0) return;
    // A derivative of a base whose data is disclosed (or undisclosed, reported on the base) has its data named.
    if (m.bases.length > 0) return;
    ctx.report({
      messageId: "undisclosed",
      data: { model: m.facts.name },
      location: modelLocation(m),
      openQuestion: true,
      evidence: [{ about: "card", statement: "no `datasets:` metadata, no dataset named in the prose, no base model", location: modelLocation(m) }],
      fix: "Add `datasets: [<hub dataset ids>]` to the front matter and a '## Training data' section; declare unlisted or in-house datasets under `declarations:` in .github/model-provenance.yml.",
    });
  },
};
