import type { Obligation } from "../domain.js";
import type { ResolvedBase, ResolvedModel } from "../facts/resolve.js";
import type { LicenseEntry } from "../kb/schema.js";
import type { ModelCheck } from "./types.js";
import { grants, licenseName, modelLocation } from "./util.js";

interface Dropped {
  obligation: Obligation | "non-commercial-base" | "no-derivatives-base";
  what: string;
}

/** Obligations of a base license that the derivative's license and card fail to carry. */
function dropped(base: LicenseEntry, m: ResolvedModel): Dropped[] {
  const d = m.license.entry!;
  const has = (o: Obligation) => d.obligations.some((x) => x.type === o);
  const card = m.facts.card;
  const out: Dropped[] = [];
  if (base.grants["commercial-use"] === "no" && grants(d, "commercial-use")) {
    out.push({ obligation: "non-commercial-base", what: `${base.name} does not allow commercial use, but ${d.name} grants it` });
  }
  if (base.grants.derivatives === "no") out.push({ obligation: "no-derivatives-base", what: `${base.name} does not allow sharing derivatives` });
  for (const o of base.obligations) {
    const told = card?.mentionsUseRestrictions ?? false;
    if (o.type === "use-restrictions-flowdown" && !has("use-restrictions-flowdown") && !told) {
      out.push({ obligation: o.type, what: `${base.name} requires its use restrictions in every derivative's license (${o.detail}); ${d.name} has none and the card does not pass them on` });
    } else if (o.type === "share-alike" && !has("share-alike")) {
      out.push({ obligation: o.type, what: `${base.name} requires derivatives under the same license (${o.detail})` });
    } else if (o.type === "acceptable-use-policy" && !has("acceptable-use-policy") && !told) {
      out.push({ obligation: o.type, what: `${base.name} incorporates an acceptable-use policy that derivatives must carry (${o.detail})` });
    } else if (o.type === "naming") {
      // Llama 3 and later: derived models' names must begin with "Llama" (the card's title or the repo folder).
      const prefix = /llama/i.test(base.id) ? "llama" : undefined;
      const names = [m.facts.name, m.facts.dir.split("/").pop() ?? ""].map((n) => n.toLowerCase());
      if (prefix && !names.some((n) => n.startsWith(prefix))) {
        out.push({ obligation: o.type, what: `${base.name} requires a name for derived models (${o.detail}); '${m.facts.name}' does not carry it` });
      }
    }
  }
  return out;
}

export const baseModelTermsViolated: ModelCheck = {
  meta: {
    id: "base-model-terms-violated",
    description: "A derivative drops obligations of its base model's license (use restrictions, non-commercial limit, share-alike, naming, acceptable-use policy).",
    defaultSeverity: "error",
    scope: "model",
    docs:
      "Fine-tunes, adapters, merges, quantisations and pipelines that ship a pretrained component carry their bases' license obligations. " +
      "RAIL licenses require their use restrictions in every downstream license; a non-commercial base stays non-commercial; Llama requires its name and acceptable-use policy.",
    messages: {
      dropped: "{model} is a {relation} of {base} ({baseLicense}) but its license {license} drops the base's terms: {what}",
    },
  },
  run(ctx) {
    const m = ctx.model;
    if (!m.license.entry || m.license.entry.kind === "placeholder" || m.license.entry.family) return;
    const reported = new Set<string>();
    for (const base of m.bases) {
      const bl = base.license;
      if (!bl || bl.family || bl.kind === "placeholder" || bl.id === m.license.entry.id || reported.has(bl.id)) continue;
      const problems = dropped(bl, m);
      if (problems.length === 0) continue;
      reported.add(bl.id);
      ctx.report({
        messageId: "dropped",
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
        fix:
          `License the ${base.relation} under ${bl.id} (or terms that keep its obligations: ${problems.map((p) => p.obligation).join(", ")}), ` +
          `carry the base's use restrictions and notices in your LICENSE and card, or build on a base whose license allows what you grant.`,
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
    { about: "license" as const, id: m.license.entry!.id, statement: `${m.license.entry!.name} obligations: ${m.license.entry!.obligations.map((o) => o.type).join(", ") || "none"}`, location: m.license.location, sources: m.license.entry!.sources },
  ];
}
