import type { ModelCheck } from "./types.js";
import { modelLocation } from "./util.js";

/** Relations that involve no training step of the model's own: a copy at lower precision, an average of weights. */
const NO_TRAINING = new Set(["quantized", "merge"]);

export const trainingDataUndisclosed: ModelCheck = {
  meta: {
    id: "training-data-undisclosed",
    description: "The card does not say what the model's own training step used (pretraining, or the fine-tuning on top of a base).",
    defaultSeverity: "warning",
    scope: "model",
    docs:
      "Without knowing the training data, nobody can tell whether the license claims more than the data supports. The check judges the model's own " +
      "training step: a fine-tune or adapter that names its base but not its fine-tuning data is undisclosed too, and a pretrained component it ships " +
      "(a frozen text encoder) says nothing about the data the rest was trained on. Quantised copies and merges have no training step of their own. " +
      "List datasets in `datasets:` (Hub ids) and describe them in a Training data section; declare in-house data in the policy.",
    messages: {
      undisclosed: "{model} does not say what it was trained on, so its license cannot be checked against its data",
      finetune: "{model} names its base ({base}) but not the data of its own {relation}, so that step cannot be checked against its license",
    },
  },
  run(ctx) {
    const m = ctx.model;
    if (m.sources.some((s) => s.via !== "base-model")) return;
    const direct = m.bases.filter((b) => b.depth === 1);
    if (direct.some((b) => NO_TRAINING.has(b.relation))) return;
    const trained = direct.find((b) => b.relation !== "component");
    const location = modelLocation(m);
    ctx.report({
      messageId: trained ? "finetune" : "undisclosed",
      data: { model: m.facts.name, base: trained?.ref ?? "", relation: trained?.relation ?? "" },
      location,
      openQuestion: true,
      evidence: [
        {
          about: "card",
          statement: trained
            ? `the card names ${trained.ref} as its base (${trained.relation}) but no dataset for its own training`
            : `no \`datasets:\` metadata, no dataset named in the prose${direct.length > 0 ? "; the pretrained components it ships do not say what the rest was trained on" : ", no base model"}`,
          location,
        },
      ],
      summary: trained ? `the data of its own ${trained.relation} is not named` : "no training data named",
      hint: "add `datasets:` and a Training data section",
      fix: "Add `datasets: [<hub dataset ids>]` to the front matter and a '## Training data' section; declare unlisted or in-house datasets under `declarations:` in .github/model-provenance.yml.",
    });
  },
};
