// What a derivative owes its bases: the obligations of a base's license that a derivative's
// license (and card) must carry. Shared by base-model-terms-violated and the coherent fix.
import type { Obligation } from "../domain.js";
import type { ResolvedModel } from "../facts/resolve.js";
import type { LicenseEntry } from "../kb/schema.js";
import { grants } from "./util.js";

/** A family of licenses a model keeps when it moves within it (RAIL variants, Llama versions, CC). */
export function familyOf(l: LicenseEntry): string {
  if (l.kind === "model" && l.obligations.some((o) => o.type === "use-restrictions-flowdown")) return "rail";
  if (/^llama/.test(l.id)) return "llama";
  if (/^cc-|^cc0/.test(l.id)) return "creative-commons";
  if (/^(a|l)?gpl/.test(l.id)) return "gnu";
  return l.kind === "model" ? l.id : l.kind;
}

export interface Dropped {
  obligation: Obligation | "non-commercial-base" | "no-derivatives-base";
  what: string;
}

/** What a derivative's card does that counts toward its base's obligations. */
export interface CardDuties {
  /** The card tells users they are bound by use restrictions or an acceptable-use policy. */
  passesOnRestrictions: boolean;
  /** The names a derived model goes by (the card's title, the folder), for naming rules. */
  names: string[];
}

export function dutiesOf(m: ResolvedModel): CardDuties {
  return { passesOnRestrictions: m.facts.card?.mentionsUseRestrictions ?? false, names: [m.facts.name, m.facts.dir.split("/").pop() ?? ""] };
}

/**
 * Obligations of a base license that `license` (with the card's duties) fails to carry; with no
 * license at all, every obligation of the base is dropped. `naming: false` leaves the naming rule
 * out (a license cannot fix a name).
 */
export function droppedTerms(base: LicenseEntry, license: LicenseEntry | undefined, duties: CardDuties, opts: { naming?: boolean; vendorTermsExact?: boolean } = {}): Dropped[] {
  const has = (o: Obligation) => license?.obligations.some((x) => x.type === o) ?? false;
  const name = license?.name ?? "no license";
  const out: Dropped[] = [];
  if (license && base.id === license.id) return namingDropped(base, duties, opts);
  // Advice is stricter than judgement: a vendor's terms (an acceptable-use policy, a naming rule) are kept by that very license.
  const vendor = base.kind === "model" && base.obligations.some((o) => o.type === "acceptable-use-policy" || o.type === "naming");
  if (opts.vendorTermsExact && vendor) out.push({ obligation: "include-license", what: `${base.name}'s derivatives stay under it` });
  if (base.grants["commercial-use"] === "no" && (!license || grants(license, "commercial-use"))) {
    out.push({ obligation: "non-commercial-base", what: `${base.name} does not allow commercial use${license ? `, but ${name} grants it` : ", and without a license of its own the derivative does not say so"}` });
  }
  if (base.grants.derivatives === "no") out.push({ obligation: "no-derivatives-base", what: `${base.name} does not allow sharing derivatives` });
  for (const o of base.obligations) {
    const told = duties.passesOnRestrictions;
    if (o.type === "use-restrictions-flowdown" && !has("use-restrictions-flowdown") && !told) {
      out.push({ obligation: o.type, what: `${base.name} requires its use restrictions in every derivative's license (${o.detail}); ${license ? `${name} has none` : "the derivative has no license"} and the card does not pass them on` });
    } else if (o.type === "share-alike" && !has("share-alike")) {
      out.push({ obligation: o.type, what: `${base.name} requires derivatives under the same license (${o.detail})` });
    } else if (o.type === "acceptable-use-policy" && !told && !(has("acceptable-use-policy") && license && familyOf(license) === familyOf(base))) {
      // Another vendor's acceptable-use policy (Gemma's over a Llama base) is not the base's.
      out.push({ obligation: o.type, what: `${base.name} incorporates an acceptable-use policy that derivatives must carry (${o.detail})` });
    } else if (o.type === "include-license" && !license) {
      out.push({ obligation: o.type, what: `${base.name} must be passed on with the weights (${o.detail}); the derivative has no license at all` });
    }
  }
  return [...out, ...namingDropped(base, duties, opts)];
}

function namingDropped(base: LicenseEntry, duties: CardDuties, opts: { naming?: boolean }): Dropped[] {
  if (opts.naming === false) return [];
  const o = base.obligations.find((x) => x.type === "naming");
  // Llama 3 and later: derived models' names must begin with "Llama" (the card's title or the repo folder).
  if (!o || !/llama/i.test(base.id)) return [];
  if (duties.names.some((n) => n.toLowerCase().startsWith("llama"))) return [];
  return [{ obligation: "naming", what: `${base.name} requires a name for derived models (${o.detail}); '${duties.names[0]}' does not carry it` }];
}
