// Fine-tunes, adapters, merges, quantisations and pipelines carry their bases' license obligations.
import type { ResolvedBase, ResolvedModel } from "../facts/resolve.js";
import type { LicenseEntry } from "../kb/schema.js";
import type { ModelCheck } from "./types.js";
import { coherentFix } from "./fix.js";
import { droppedTerms, dutiesOf } from "./obligations.js";
import { licenseName, list, modelLocation } from "./util.js";

export const baseModelTermsViolated: ModelCheck = {
  meta: {
    id: "base-model-terms-violated",
    description: "A derivative drops obligations of its base model's license (use restrictions, non-commercial limit, share-alike, naming, acceptable-use policy).",
    defaultSeverity: "error",
    scope: "model",
    docs:
      "Fine-tunes, adapters, merges, quantisations and pipelines that ship a pretrained component carry their bases' license obligations. " +
      "RAIL licenses require their use restrictions in every downstream license; a non-commercial base stays non-commercial; Llama requires its name and acceptable-use policy. " +
      "A derivative with no license at all drops every one of them. The fix is the model's one coherent fix: the licenses that keep every base's obligations and what every source supports.",
    messages: {
      dropped: "{model} is a {relation} of {base} ({baseLicense}) but its license {license} drops the base's terms: {what}",
      unlicensed: "{model} is a {relation} of {base} ({baseLicense}) but has no license, so it does not carry the base's terms: {what}",
    },
  },
  run(ctx) {
    const m = ctx.model;
    const own = m.license.entry;
    // An unidentified license (`other`, a family id) is license-unrecognized's; no license at all drops every term.
    if (own && (own.kind === "placeholder" || own.family)) return;
    if (!own && m.license.source !== "none") return;
    const reported = new Set<string>();
    const duties = dutiesOf(m);
    for (const base of m.bases) {
      const bl = base.license;
      if (!bl || bl.family || bl.kind === "placeholder" || reported.has(bl.id)) continue;
      const problems = droppedTerms(bl, own, duties);
      if (problems.length === 0) continue;
      reported.add(bl.id);
      const fix = coherentFix(ctx);
      ctx.report({
        messageId: own ? "dropped" : "unlicensed",
        data: {
          model: m.facts.name,
          relation: base.relation,
          base: base.chain.slice(1).join(" → "),
          baseLicense: bl.id,
          license: licenseName(m.license),
          what: problems.map((p) => p.what).join("; "),
        },
        location: base.location ?? modelLocation(m),
        evidence: evidenceFor(base, bl, m),
        summary: own ? `${own.id} drops terms of ${base.ref}'s ${bl.id}: ${list(problems.map((p) => p.obligation))}` : `no license: the ${base.relation} does not carry ${base.ref}'s ${bl.id}`,
        hint: problems.every((p) => p.obligation === "naming") ? `name it "Llama …"` : fix.hint,
        fix: `${fix.advice}${problems.some((p) => p.obligation === "naming") ? ` Name the model so that it begins with "Llama" (${bl.name}).` : ""} Or build on a base whose license allows what you grant.`,
      });
    }
  },
};

function evidenceFor(base: ResolvedBase, bl: LicenseEntry, m: ResolvedModel) {
  return [
    { about: "card" as const, statement: `the card names ${base.ref} as its base model (${base.relation})`, location: base.location },
    {
      about: "model" as const,
      id: base.ref,
      statement: `${base.ref} is licensed ${bl.name}${base.file ? ` (per ${base.file})` : ""}`,
      sources: base.sourceUrl ? [{ url: base.sourceUrl }] : undefined,
    },
    { about: "license" as const, id: bl.id, statement: `${bl.name} obligations: ${bl.obligations.map((o) => o.type).join(", ") || "none"}`, sources: bl.sources },
    ...(m.license.entry
      ? [{ about: "license" as const, id: m.license.entry.id, statement: `${m.license.entry.name} obligations: ${m.license.entry.obligations.map((o) => o.type).join(", ") || "none"}`, location: m.license.location, sources: m.license.entry.sources }]
      : [{ about: "card" as const, statement: "the model states no license (no `license:`, no license file)", location: modelLocation(m) }]),
  ];
}
