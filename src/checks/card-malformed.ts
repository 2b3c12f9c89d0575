import type { ModelCheck } from "./types.js";

/** Metadata that is there but broken. A card without front matter is normal and not reported. */
export const cardMalformed: ModelCheck = {
  meta: {
    id: "card-malformed",
    description: "A card, license or dataset card cannot be read: broken or unterminated YAML front matter, wrong value types, a binary or oversized file.",
    defaultSeverity: "error",
    scope: "model",
    docs: "Broken metadata hides the license and training data from the Hub and from this check. The finding names the line to fix.",
    messages: { problem: "{file}: {message}" },
  },
  run(ctx) {
    const m = ctx.model;
    // The dataset cards its training data points to are read on its behalf: their problems are its too.
    const datasetCards = [...new Map(m.sources.flatMap((s) => s.dataset?.problems ?? []).map((p) => [`${p.location.file}:${p.location.line}:${p.message}`, { messageId: "yaml", ...p }])).values()];
    const problems = [...(m.facts.card?.problems ?? []), ...m.facts.licenseFiles.flatMap((f) => f.problems), ...datasetCards];
    for (const p of problems) {
      ctx.report({
        messageId: "problem",
        summary: p.message,
        hint: p.messageId === "unterminated" ? "close the front matter with ---" : p.messageId === "unreadable" ? "keep it UTF-8 text under 1 MiB" : "fix the value at this line",
        data: { file: p.location.file, message: p.message },
        location: p.location,
        evidence: [{ about: "card", statement: p.message, location: p.location }],
        fix:
          p.messageId === "unterminated"
            ? "Close the front matter with a line containing only '---'."
            : p.messageId === "unreadable"
              ? "Keep cards and license files as UTF-8 text under 1 MiB."
              : "Fix the value at this line; see https://huggingface.co/docs/hub/model-cards#model-card-metadata for the expected keys and types.",
      });
    }
  },
};
