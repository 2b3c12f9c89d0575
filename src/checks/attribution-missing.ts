import type { ModelCheck } from "./types.js";

/**
 * Headings that say how authors are credited. A "Citation" or "BibTeX" section asks users to cite
 * the model's paper: it credits nobody's items, so it is not an attribution notice by itself.
 */
const NOTICE_HEADING = /^#{1,6}[ \t]+[^\n]*\b(attribution|acknowledge?ments?|credits?|notices?|licen[cs]es? of (the )?(training )?data)\b/im;

/** Dataset-level attribution is met by naming the dataset; per-item licenses need a notice mechanism. */
export const attributionMissing: ModelCheck = {
  meta: {
    id: "attribution-missing",
    description: "A training source's items carry attribution licenses, and the card has no attribution notice or mechanism.",
    defaultSeverity: "warning",
    scope: "model",
    docs:
      "ODC-By or CC BY on a whole dataset is satisfied by naming and linking the dataset in the card. Where licenses attach to each item " +
      "(source files in a code corpus, CC BY photos), the card needs an attribution section or a pointer to where attribution is kept. " +
      "A Citation section (how to cite the model) is not an attribution notice.",
    messages: { perItem: "{dataset} carries per-item attribution licenses, but the card has no attribution notice" },
  },
  run(ctx) {
    const m = ctx.model;
    const card = m.facts.card;
    if (!card || NOTICE_HEADING.test(card.body) || /\battribution\b/i.test(card.body.replace(/^#{1,6}[^\n]*$/gm, ""))) return;
    for (const src of m.sources) {
      if (!src.dataset?.attributionPerItem || src.via === "base-model") continue;
      ctx.report({
        messageId: "perItem",
        data: { dataset: src.dataset.name },
        location: src.location ?? { file: card.file, line: 1, column: 1 },
        evidence: [{ about: "dataset", id: src.dataset.id, statement: `${src.dataset.name}: items are under licenses that require attribution`, sources: src.dataset.sources }],
        summary: `no attribution notice for ${src.dataset.name}'s per-item licenses`,
        hint: "add an Attribution section",
        fix: `Add an '## Attribution' section that says how the authors of ${src.dataset.name}'s items are credited (e.g. a link to the dataset's attribution index).`,
      });
    }
  },
};
