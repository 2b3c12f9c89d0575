import type { ResolvedLicense } from "../facts/resolve.js";
import type { ModelCheck } from "./types.js";
import { licenseName } from "./util.js";

/** Card metadata, the governing license file and the card's License section must name one license. */
export const licenseMismatch: ModelCheck = {
  meta: {
    id: "license-mismatch",
    description: "The card's metadata license and its license file (or License section) name different licenses.",
    defaultSeverity: "error",
    scope: "model",
    docs: "When the card and the license file disagree — including on the version, e.g. CC BY-SA 3.0 vs 4.0 — a user cannot know which terms apply.",
    messages: { mismatch: "the card's `license:` says {a}, but {where} says {b}" },
  },
  run(ctx) {
    const m = ctx.model;
    const meta = m.metadataLicense;
    if (!meta?.entry || meta.entry.kind === "placeholder") return;
    const others: [ResolvedLicense | undefined, string][] = [
      [m.fileLicense, m.fileLicense?.location?.file ?? "the license file"],
      [m.proseLicense, "the card's License section"],
    ];
    for (const [other, where] of others) {
      if (!other?.entry || other.entry.kind === "placeholder" || other.entry.id === meta.entry.id) continue;
      ctx.report({
        messageId: "mismatch",
        data: { a: licenseName(meta), where, b: licenseName(other) },
        location: meta.location!,
        evidence: [
          { about: "card", statement: `license: ${meta.raw}`, location: meta.location, sources: meta.entry.sources },
          { about: other.source === "license-file" ? "license-file" : "card", statement: `${where}: ${licenseName(other)}`, location: other.location, sources: other.entry.sources },
        ],
        fix: `Make them agree: if the weights are under ${other.entry.name}, set \`license: ${other.entry.id}\`; otherwise replace ${where} with the text of ${meta.entry.name}.`,
      });
    }
  },
};
