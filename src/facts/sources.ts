// What each training source supports. A source is limited three ways, separately: its terms of
// access, the legal basis for mining its content in each jurisdiction, and the licenses on its items
// (which bind the model only if a model counts as a derivative of its data).
import type { Evidence, Location, Right, Source } from "../domain.js";
import { RIGHTS } from "../domain.js";
import type { KnowledgeBase } from "../kb/load.js";
import type { DatasetEntry } from "../kb/schema.js";
import type { DatasetDeclaration, Policy } from "../policy/schema.js";

/** A training dataset as the checks see it, whether it comes from rules/, the policy or a dataset card. */
export interface DatasetView {
  id: string;
  name: string;
  origin: "rules" | "policy" | "dataset-card";
  /** For rules/: the curated or the imported tier. */
  tier?: "curated" | "imported" | undefined;
  /** rules/ file or policy/dataset-card path the facts come from. */
  file: string;
  license: string | null;
  /** What `license` covers: the dataset as a whole (its terms), its metadata only, or each item. */
  licenseScope: DatasetEntry["licenseScope"];
  licenseNote?: string | undefined;
  /** Outputs of other models in the dataset, with the provider whose terms reach them. */
  modelGenerated: DatasetEntry["modelGenerated"];
  contentStatus: DatasetEntry["content"]["status"];
  itemLicenses: string[];
  useRestriction: DatasetEntry["useRestriction"];
  useRestrictionNote?: string | undefined;
  legalBasis: string | null;
  alternativeBases: string[];
  optOuts: DatasetEntry["optOuts"];
  attributionPerItem: boolean;
  /** rules/datasets ids this dataset was built from. */
  derivedFrom: string[];
  note?: string | undefined;
  sources: Source[];
  /** A dataset card's own problems (broken front matter): its claims were not read, and card-malformed says why. */
  problems?: { message: string; location: Location }[] | undefined;
}

export function viewOfEntry(d: DatasetEntry & { file: string }): DatasetView {
  return {
    id: d.id,
    name: d.name,
    origin: "rules",
    tier: d.tier,
    file: `rules/${d.file}`,
    license: d.license,
    licenseScope: d.licenseScope,
    licenseNote: d.licenseNote,
    modelGenerated: d.modelGenerated,
    contentStatus: d.content.status,
    itemLicenses: d.content.itemLicenses,
    useRestriction: d.useRestriction,
    useRestrictionNote: d.useRestrictionNote,
    legalBasis: d.legalBasis,
    alternativeBases: d.alternativeBases,
    optOuts: d.optOuts,
    attributionPerItem: d.attributionPerItem,
    derivedFrom: d.derivedFrom,
    note: d.content.note,
    sources: d.sources,
  };
}

export function viewOfDeclaration(d: DatasetDeclaration, policyFile: string): DatasetView {
  return {
    id: d.id,
    name: d.name ?? d.id,
    origin: "policy",
    file: policyFile,
    license: d.license ?? null,
    licenseScope: "dataset",
    modelGenerated: [],
    contentStatus: d.content_status,
    itemLicenses: [],
    useRestriction: d.use_restriction,
    legalBasis: d.legal_basis,
    alternativeBases: [],
    optOuts: "not-applicable",
    attributionPerItem: false,
    derivedFrom: [],
    note: d.note,
    sources: [],
  };
}

/** One right a source does not support (`no`) or leaves open (`open`), with the evidence why. */
export interface Limit {
  right: Right;
  support: "no" | "open";
  kind: "terms" | "legal-basis" | "item-license" | "unlawful" | "opt-out" | "model-generated";
  /** What a source records, as fact: "LAION-2B-en was collected under EU DSM Art. 3 (research)". */
  fact: string;
  /** What the policy concludes from it: "under this policy that does not support commercial use". */
  conclusion: string;
  /** fact and conclusion in one sentence. */
  reason: string;
  /** What makes two limits the same conflict (the same legal basis, the same provider ...), for grouping. */
  key: string;
  evidence: Evidence[];
}

/** A fact rules/ marks `unverified:` is an open question, never an error. */
export function isUnverified(note: string | undefined): boolean {
  return note !== undefined && /^\s*unverified\b/i.test(note);
}

function limit(l: Omit<Limit, "reason">): Limit {
  return { ...l, reason: `${l.fact}; ${l.conclusion}` };
}

const RIGHT_WORDS: Record<Right, string> = {
  "commercial-use": "commercial use",
  redistribution: "redistribution",
  derivatives: "derivatives",
  sublicensing: "sublicensing",
  "research-use": "research use",
};

/** A right as prose ("commercial use"). */
export function rightWords(r: Right): string {
  return RIGHT_WORDS[r];
}

export interface Scope {
  kb: KnowledgeBase;
  policy: Policy;
  /** Jurisdictions in force: the policy's, or every jurisdiction in rules/. */
  jurisdictions: string[];
}

export function jurisdictionsInForce(kb: KnowledgeBase, policy: Policy): string[] {
  return policy.jurisdictions ?? [...new Set([...kb.legalBases.values()].map((b) => b.jurisdiction))].filter((j) => j !== "*").sort();
}

function datasetEvidence(ds: DatasetView, statement: string): Evidence {
  return { about: "dataset", id: ds.id, statement, sources: ds.sources, ...(ds.origin !== "rules" ? { location: { file: ds.file, line: 1, column: 1 } } : {}) };
}

/** Everything a source limits, most decisive first. */
export function limitsOf(ds: DatasetView, scope: Scope, seen: Set<string> = new Set([ds.id])): Limit[] {
  const limits = ownLimits(ds, scope);
  // A dataset built from another carries that one's definite limits (The Pile contains Books3).
  for (const parentId of ds.derivedFrom) {
    const parent = scope.kb.datasets.get(parentId);
    if (!parent || seen.has(parentId)) continue;
    seen.add(parentId);
    for (const l of limitsOf(viewOfEntry(parent), scope, seen)) {
      if (l.support !== "no" || limits.some((x) => x.right === l.right && x.kind === l.kind)) continue;
      limits.push(
        limit({
          ...l,
          fact: `${ds.name} contains ${parent.name}, and ${l.fact}`,
          evidence: [datasetEvidence(ds, `${ds.name} was built from ${parent.name}`), ...l.evidence],
        }),
      );
    }
  }
  return limits;
}

function ownLimits(ds: DatasetView, scope: Scope): Limit[] {
  const { kb, jurisdictions } = scope;
  const inScope = (j: string) => j === "*" || jurisdictions.includes(j);

  if (ds.contentStatus === "unlawful" || ds.legalBasis === "unlawfully-obtained") {
    const basis = kb.legalBasis("unlawfully-obtained");
    return RIGHTS.map((right) =>
      limit({
        right,
        support: "no",
        kind: "unlawful",
        key: "unlawful",
        fact: `${ds.name} was obtained unlawfully`,
        conclusion: "under this policy an unlawful source supports no use of it",
        evidence: [
          datasetEvidence(ds, `${ds.name}: ${ds.note ?? "content obtained without permission"}`),
          ...(basis ? [{ about: "legal-basis" as const, id: basis.id, statement: basis.summary, sources: basis.sources }] : []),
        ],
      }),
    );
  }
  const limits = [...termsLimits(ds, scope)];

  const basis = ds.legalBasis ? kb.legalBasis(ds.legalBasis) : undefined;
  if (basis && inScope(basis.jurisdiction)) {
    const alternatives = ds.alternativeBases
      .map((id) => kb.legalBasis(id))
      .filter((b): b is NonNullable<typeof b> => b !== undefined && inScope(b.jurisdiction));
    const mitigation: Evidence[] = alternatives.map((b) => ({
      about: "legal-basis",
      id: b.id,
      statement: `Open question: ${b.name} may also cover this data (${b.summary})`,
      sources: b.sources,
    }));
    for (const right of RIGHTS) {
      const support = basis.supports[right];
      if (support === "yes") continue;
      // Only commercial use decides a verdict by itself; the other rights follow from it.
      if (support === "open" && right !== "commercial-use") continue;
      limits.push(
        limit({
          right,
          support,
          kind: "legal-basis",
          key: `legal-basis:${basis.id}:${right}`,
          fact: `${ds.name} was collected under ${basis.name}`,
          conclusion: support === "no" ? `under this policy that does not support ${rightWords(right)}` : `under this policy whether that supports ${rightWords(right)} is unsettled`,
          evidence: [
            datasetEvidence(ds, `${ds.name} relies on ${basis.name}`),
            { about: "legal-basis", id: basis.id, statement: basis.summary, sources: basis.sources },
            ...(support === "no" ? mitigation : []),
          ],
        }),
      );
    }
  } else if (!basis && ds.contentStatus === "copyrighted" && ds.optOuts === "not-honoured") {
    limits.push(
      limit({
        right: "commercial-use",
        support: "open",
        kind: "opt-out",
        key: "opt-out",
        fact: `${ds.name} is copyrighted content collected without honouring opt-outs, and states no legal basis`,
        conclusion: "under this policy whether it supports commercial use is an open question",
        evidence: [datasetEvidence(ds, `${ds.name} states no legal basis and did not honour opt-outs`)],
      }),
    );
  }
  limits.push(...itemLicenseLimits(ds, scope), ...generatedLimits(ds, scope));
  return limits;
}

/**
 * Limit 1, the dataset's terms: a declared research-only or non-commercial restriction, or a
 * license on the dataset as a whole that rules out commercial use (its terms, not a content license).
 * A restriction rules/ marks unverified is an open question.
 */
function termsLimits(ds: DatasetView, scope: Scope): Limit[] {
  // A license on the dataset as a whole is its terms (Alpaca's CC BY-NC 4.0), stated as such.
  const lic = ds.license && ds.licenseScope === "dataset" ? scope.kb.license(ds.license) : undefined;
  if (lic && lic.grants["commercial-use"] === "no" && ds.useRestriction !== "research-only") {
    const unverified = isUnverified(ds.licenseNote);
    return [
      limit({
        right: "commercial-use",
        support: unverified ? "open" : "no",
        kind: "terms",
        key: `terms:license:${lic.id}`,
        fact: `${ds.name} as a whole is licensed ${lic.name}, which does not allow commercial use${unverified ? " (unverified in rules/)" : ""}`,
        conclusion: unverified ? "under this policy an unverified license is an open question" : "under this policy a dataset's own license is its terms, so that rules out commercial use",
        evidence: [
          datasetEvidence(ds, `${ds.name} is licensed ${lic.name} as a whole${ds.licenseNote ? ` (${ds.licenseNote})` : ""}`),
          { about: "license", id: lic.id, statement: `${lic.name} grants commercial-use: no`, sources: lic.sources },
        ],
      }),
    ];
  }
  if (ds.useRestriction !== "research-only" && ds.useRestriction !== "non-commercial") return [];
  const what = ds.useRestriction === "research-only" ? "research use only" : "non-commercial use only";
  const unverified = isUnverified(ds.useRestrictionNote);
  return [
    limit({
      right: "commercial-use",
      support: unverified ? "open" : "no",
      kind: "terms",
      key: `terms:${ds.useRestriction}`,
      fact: `the terms of ${ds.name} allow ${what}${unverified ? " (unverified in rules/)" : ""}`,
      conclusion: unverified ? "under this policy an unverified restriction is an open question" : "under this policy that rules out commercial use",
      evidence: [datasetEvidence(ds, `${ds.name}'s terms of access allow ${what}${ds.useRestrictionNote ? `: ${ds.useRestrictionNote}` : ""}`)],
    }),
  ];
}

/** Limit 3: licenses on the items, which bind a model only if it is a derivative of its data (the policy's stance). */
function itemLicenseLimits(ds: DatasetView, scope: Scope): Limit[] {
  const { kb, policy } = scope;
  if (policy.derivative === "no") return [];
  const out: Limit[] = [];
  const itemLicenses = new Set(ds.itemLicenses);
  if (ds.license && ds.licenseScope === "items") itemLicenses.add(ds.license);
  // A dataset-wide no-derivatives license reaches the model only as a derivative, like an item license.
  if (ds.license && ds.licenseScope === "dataset" && kb.license(ds.license)?.grants.derivatives === "no") itemLicenses.add(ds.license);
  for (const id of itemLicenses) {
    const lic = kb.license(id);
    if (!lic || lic.resultsUnrestricted) continue;
    for (const right of ["commercial-use", "derivatives"] as const) {
      if (lic.grants[right] !== "no") continue;
      if (right === "commercial-use" && ds.licenseScope === "dataset" && id === ds.license) continue; // already a terms limit
      const binds = policy.derivative === "yes";
      out.push(
        limit({
          right,
          support: binds ? "no" : "open",
          kind: "item-license",
          key: `item-license:${lic.id}:${right}`,
          fact: `items of ${ds.name} are under ${lic.name}, which does not grant ${rightWords(right)}`,
          conclusion: binds
            ? "under this policy a model is a derivative of its data, so that binds the model"
            : "that binds the model only if a model is a derivative of its training data, which this policy leaves open",
          evidence: [
            datasetEvidence(ds, `${ds.name} contains items licensed ${lic.name}`),
            { about: "license", id: lic.id, statement: `${lic.name} grants ${right}: ${lic.grants[right]}`, sources: lic.sources },
          ],
        }),
      );
    }
  }
  return out;
}

/**
 * Model-generated content (ChatGPT conversations in ShareGPT): the provider's terms forbid using
 * outputs to develop competing models. Whether they bind whoever trains on a published dataset is
 * open, so this is an open question; the dataset's own terms, if they restrict too, are the error.
 */
function generatedLimits(ds: DatasetView, scope: Scope): Limit[] {
  const out: Limit[] = [];
  const seen = new Set<string>();
  for (const g of ds.modelGenerated) {
    const provider = g.provider ? scope.kb.provider(g.provider) : undefined;
    if (!provider?.forbidsCompetingModels || seen.has(provider.id)) continue;
    seen.add(provider.id);
    const models = ds.modelGenerated.filter((x) => x.provider === provider.id).map((x) => x.model);
    out.push(
      limit({
        right: "commercial-use",
        support: "open",
        kind: "model-generated",
        key: `model-generated:${provider.id}`,
        fact: `${ds.name} contains outputs of ${models.join(", ")}, and ${provider.name}'s terms forbid using outputs to develop competing models${provider.verified ? "" : " (unverified in rules/)"}`,
        conclusion: "under this policy whether those terms bind someone who trains on the published dataset is an open question",
        evidence: [
          datasetEvidence(ds, `${ds.name} contains model-generated content: ${models.join(", ")}`),
          { about: "provider", id: provider.id, statement: `${provider.name}: ${provider.terms}`, sources: provider.sources },
        ],
      }),
    );
  }
  return out;
}
