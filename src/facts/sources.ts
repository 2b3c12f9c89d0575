// What each training source supports. A source is limited three ways, separately: its terms of
// access, the legal basis for mining its content in each jurisdiction, and the licenses on its items
// (which bind the model only if a model counts as a derivative of its data).
import type { Evidence, Right, Source } from "../domain.js";
import { RIGHTS } from "../domain.js";
import type { KnowledgeBase } from "../kb/load.js";
import type { DatasetEntry } from "../kb/schema.js";
import type { DatasetDeclaration, Policy } from "../policy/schema.js";

/** A training dataset as the checks see it, whether it comes from rules/, the policy or a dataset card. */
export interface DatasetView {
  id: string;
  name: string;
  origin: "rules" | "policy" | "dataset-card";
  /** rules/ file or policy/dataset-card path the facts come from. */
  file: string;
  license: string | null;
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
}

export function viewOfEntry(d: DatasetEntry & { file: string }): DatasetView {
  return {
    id: d.id,
    name: d.name,
    origin: "rules",
    file: `rules/${d.file}`,
    license: d.license,
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
  kind: "terms" | "legal-basis" | "item-license" | "unlawful" | "opt-out";
  reason: string;
  evidence: Evidence[];
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
      limits.push({
        ...l,
        reason: `${ds.name} contains ${parent.name}: ${l.reason}`,
        evidence: [datasetEvidence(ds, `${ds.name} was built from ${parent.name}`), ...l.evidence],
      });
    }
  }
  return limits;
}

function ownLimits(ds: DatasetView, scope: Scope): Limit[] {
  const { kb, policy, jurisdictions } = scope;
  const limits: Limit[] = [];
  const inScope = (j: string) => j === "*" || jurisdictions.includes(j);

  if (ds.contentStatus === "unlawful" || ds.legalBasis === "unlawfully-obtained") {
    const basis = kb.legalBasis("unlawfully-obtained");
    for (const right of RIGHTS) {
      limits.push({
        right,
        support: "no",
        kind: "unlawful",
        reason: `${ds.name} was obtained unlawfully, which supports no use of it`,
        evidence: [
          datasetEvidence(ds, `${ds.name}: ${ds.note ?? "content obtained without permission"}`),
          ...(basis ? [{ about: "legal-basis" as const, id: basis.id, statement: basis.summary, sources: basis.sources }] : []),
        ],
      });
    }
    return limits;
  }

  if (ds.useRestriction === "research-only" || ds.useRestriction === "non-commercial") {
    const what = ds.useRestriction === "research-only" ? "research use only" : "non-commercial use only";
    limits.push({
      right: "commercial-use",
      support: "no",
      kind: "terms",
      reason: `the terms of ${ds.name} allow ${what}`,
      evidence: [datasetEvidence(ds, `${ds.name}'s terms of access allow ${what}${ds.useRestrictionNote ? `: ${ds.useRestrictionNote}` : ""}`)],
    });
  }

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
      limits.push({
        right,
        support,
        kind: "legal-basis",
        reason:
          support === "no"
            ? `${ds.name} was collected under ${basis.name}, which does not support ${right}`
            : `${ds.name} relies on ${basis.name}, under which ${right} is unsettled`,
        evidence: [
          datasetEvidence(ds, `${ds.name} relies on ${basis.name}`),
          { about: "legal-basis", id: basis.id, statement: basis.summary, sources: basis.sources },
          ...(support === "no" ? mitigation : []),
        ],
      });
    }
  } else if (!basis && ds.contentStatus === "copyrighted" && ds.optOuts === "not-honoured") {
    limits.push({
      right: "commercial-use",
      support: "open",
      kind: "opt-out",
      reason: `${ds.name} is copyrighted content collected without honouring opt-outs and states no legal basis`,
      evidence: [datasetEvidence(ds, `${ds.name} states no legal basis and did not honour opt-outs`)],
    });
  }

  // Licenses on the items (and a dataset license covering the content itself) bind only derivatives.
  if (policy.derivative !== "no") {
    const itemLicenses = new Set(ds.itemLicenses);
    if (ds.license && ds.contentStatus !== "copyrighted") itemLicenses.add(ds.license);
    for (const id of itemLicenses) {
      const lic = kb.license(id);
      if (!lic || lic.resultsUnrestricted) continue;
      for (const right of ["commercial-use", "derivatives"] as const) {
        if (lic.grants[right] !== "no") continue;
        limits.push({
          right,
          support: policy.derivative === "yes" ? "no" : "open",
          kind: "item-license",
          reason: `items of ${ds.name} are under ${lic.name}, which does not grant ${right}${policy.derivative === "yes" ? "" : "; this binds the model only if a model is a derivative of its training data, which the policy leaves open"}`,
          evidence: [
            datasetEvidence(ds, `${ds.name} contains items licensed ${lic.name}`),
            { about: "license", id: lic.id, statement: `${lic.name} grants ${right}: ${lic.grants[right]}`, sources: lic.sources },
          ],
        });
      }
    }
  }
  return limits;
}
