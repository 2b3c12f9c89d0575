import type { ModelCheck } from "./types.js";

/** Cards kept on GitHub often have no front matter; that is not an error, but metadata helps. */
export const metadataSuggested: ModelCheck = {
  meta: {
    id: "metadata-suggested",
    description: "A card without YAML front matter: suggests the metadata the Hub and this check would read.",
    defaultSeverity: "note",
    scope: "model",
    docs:
      "A card with no front matter is valid; its license and training data are read from the prose and the license files. " +
      "This note suggests front matter built from what was found, so the Hub can show and filter it.",
    messages: { suggest: "{file} has no metadata; suggested front matter: {yaml}" },
  },
  run(ctx) {
    const m = ctx.model;
    const card = m.facts.card;
    if (!card || card.frontMatter || card.problems.length > 0) return;
    const lines = [
      ...(m.license.entry ? [`license: ${m.license.entry.hub ? m.license.entry.id : "other"}`] : []),
      ...(m.license.entry && !m.license.entry.hub ? [`license_name: ${m.license.entry.id}`] : []),
      ...(m.sources.length > 0
        ? [`datasets: [${[...new Set(m.sources.filter((s) => s.via !== "base-model").map((s) => s.dataset?.id ?? s.ref))].join(", ")}]`]
        : []),
      ...(card.proseBaseModels.length > 0 ? [`base_model: ${card.proseBaseModels[0]!.value}`] : []),
    ];
    if (lines.length === 0) return;
    const location = { file: card.file, line: 1, column: 1 };
    ctx.report({
      messageId: "suggest",
      summary: `no front matter; suggested: ${lines.join("; ")}`,
      hint: "add the suggested front matter",
      data: { file: card.file, yaml: lines.join("; ") },
      location,
      evidence: [{ about: "card", statement: "read from the card's prose and license files", location }],
      fix: `Add at the top of ${card.file}:\n---\n${lines.join("\n")}\n---`,
    });
  },
};
