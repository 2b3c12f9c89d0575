import type { ModelCheck } from "./types.js";
import { modelLocation } from "./util.js";

export const licenseMissing: ModelCheck = {
  meta: {
    id: "license-missing",
    description: "The model states no license: no `license:` in the card, no license file, no license in the prose.",
    defaultSeverity: "error",
    scope: "model",
    docs: "Without a license, users cannot know what they may do with the weights, and nothing can be checked against the training data.",
    messages: { missing: "{model} has no license: the card has no `license:` key and no license file or License section was found" },
  },
  run(ctx) {
    const m = ctx.model;
    // A statement in words ("proprietary", a custom license) is a license, if not a known one.
    if (m.metadataLicense || m.fileLicense || m.proseLicense || m.freeTextLicense) return;
    ctx.report({
      messageId: "missing",
      data: { model: m.facts.name },
      location: modelLocation(m),
      evidence: [{ about: "card", statement: "no license metadata, license file or License section", location: modelLocation(m) }],
      fix: "Add `license: <hub id>` to the card's front matter (e.g. `license: cc-by-nc-4.0`) and ship the license text as LICENSE next to the weights.",
    });
  },
};
