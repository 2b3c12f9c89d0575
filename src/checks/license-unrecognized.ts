import type { ModelCheck } from "./types.js";

export const licenseUnrecognized: ModelCheck = {
  meta: {
    id: "license-unrecognized",
    description: "The license cannot be identified: `license: other` without a name or link, an id the Hub does not know, or a license file no matcher recognises.",
    defaultSeverity: "warning",
    scope: "model",
    docs: "An unidentified license cannot be compared with the training data. Name it (`license_name`, `license_link`) or use a Hub license id.",
    messages: {
      other: "`license: {value}` without `license_name` or `license_link`: the license cannot be identified",
      unknownId: "`license: {value}` is not a license id the Hugging Face Hub or rules/ knows",
      unknownName: "`license_name: {value}` is not a license rules/ knows, so its grants cannot be checked",
      file: "{file} does not match any known license text (closest: {candidates})",
    },
  },
  run(ctx) {
    const m = ctx.model;
    const card = m.facts.card;
    if (card?.license) {
      const value = card.license.value;
      const entry = ctx.kb.license(value);
      if (!entry) {
        ctx.report({
          messageId: "unknownId",
          summary: `license id '${value}' is not one the Hub or rules/ knows`,
          hint: "use a Hub license id",
          data: { value },
          location: card.license.location,
          evidence: [{ about: "card", statement: `license: ${value}`, location: card.license.location }],
          fix: "Use an id from https://huggingface.co/docs/hub/repositories-licenses, or `license: other` with `license_name` and `license_link`.",
        });
      } else if (entry.kind === "placeholder") {
        if (!card.licenseName && !card.licenseLink) {
          ctx.report({
            messageId: "other",
            summary: `license: ${value} names no license`,
            hint: "add license_name and license_link",
            data: { value },
            location: card.license.location,
            evidence: [{ about: "card", statement: `license: ${value}, with no license_name or license_link`, location: card.license.location }],
            fix: "Add `license_name: <slug>` and `license_link: LICENSE` (or a URL) to the front matter, and ship the text.",
          });
        } else if (card.licenseName && !ctx.kb.license(card.licenseName.value) && !m.fileLicense?.entry) {
          ctx.report({
            messageId: "unknownName",
            summary: `license_name '${card.licenseName.value}' is not a license rules/ knows`,
            hint: "use a Hub id or ship the text",
            data: { value: card.licenseName.value },
            location: card.licenseName.location,
            evidence: [{ about: "card", statement: `license_name: ${card.licenseName.value}`, location: card.licenseName.location }],
            fix: "Use the license's Hub id if it has one; otherwise ship its text as LICENSE and review its grants by hand (or add it to rules/licenses).",
          });
        }
      }
    }
    // Only the file that governs the weights matters here: a repo's code LICENSE (often a modified
    // MIT) being unrecognised says nothing about the model's rights.
    for (const f of m.facts.governingLicense ? [m.facts.governingLicense] : []) {
      const ident = f.identification;
      if (!ident || ident.status !== "unrecognized") continue;
      const candidates = ident.runnersUp.map((r) => `${r.id} ${Math.round(r.confidence)}%`).join(", ") || "none";
      ctx.report({
        messageId: "file",
        summary: `${f.file} matches no known license text`,
        hint: "ship the license text unmodified",
        data: { file: f.file, candidates },
        location: { file: f.file, line: 1, column: 1 },
        evidence: [{ about: "license-file", statement: `no license matched above its threshold; closest: ${candidates}`, location: { file: f.file, line: 1, column: 1 } }],
        fix: "Ship the license text unmodified (notes can go in the README), or state the license in the card's `license:` key.",
      });
    }
  },
};
