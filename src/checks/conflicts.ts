// What a model's license claims against what its sources support, computed once per model and
// shared by the checks that report it (license-exceeds-data-rights), advise on it (fix.ts) or
// weigh it (lineage-incomplete).
import type { Right } from "../domain.js";
import type { ResolvedBase, ResolvedModel, ResolvedSource } from "../facts/resolve.js";
import { limitsOf, type DatasetView, type Limit } from "../facts/sources.js";
import type { RuleFile } from "../kb/load.js";
import type { LicenseEntry } from "../kb/schema.js";
import type { CheckContext } from "./types.js";
import { grants } from "./util.js";

export interface Conflict {
  source: ResolvedSource;
  /** The limits that decide: the definite ones, else the open ones. */
  decisive: Limit[];
  /** Open questions beside a definite conflict, shown as mitigation. */
  open: Limit[];
}

/** The license the weights are distributed under: their own, or, for a derivative without one, its base's. */
export interface EffectiveLicense {
  entry: LicenseEntry & RuleFile;
  /** Set when the model has no license of its own and carries its base's. */
  inheritedFrom?: ResolvedBase | undefined;
}

export interface ModelConflicts {
  license?: EffectiveLicense | undefined;
  own: Conflict[];
  inherited: Conflict[];
  /** Rights some source definitely does not support. */
  definite: Set<Right>;
  /** Rights whose support is open for the model's own sources. */
  open: Set<Right>;
}

function usable(l: (LicenseEntry & RuleFile) | undefined): l is LicenseEntry & RuleFile {
  return l !== undefined && l.kind !== "placeholder" && !l.family;
}

/**
 * A model without a usable license of its own that is a derivative of a licensed base is
 * distributed under that base's license (it must carry it), so the base's grants are what it claims.
 */
export function effectiveLicense(m: ResolvedModel): EffectiveLicense | undefined {
  if (usable(m.license.entry)) return { entry: m.license.entry };
  if (m.license.source !== "none") return undefined;
  const base = m.bases.find((b) => b.depth === 1 && usable(b.license));
  return base ? { entry: base.license!, inheritedFrom: base } : undefined;
}

const memo = new WeakMap<ResolvedModel, { ctx: CheckContext["scope"]; result: ModelConflicts }>();

export function conflictsOf(ctx: Pick<CheckContext, "model" | "scope" | "policy">): ModelConflicts {
  const m = ctx.model;
  const cached = memo.get(m);
  if (cached && cached.ctx === ctx.scope) return cached.result;
  const license = effectiveLicense(m);
  const result: ModelConflicts = { license, own: [], inherited: [], definite: new Set(), open: new Set() };
  if (license) {
    for (const source of m.sources) {
      if (!source.dataset || ctx.policy.datasets.allow.includes(source.dataset.id)) continue;
      const limits = limitsFor(source.dataset, ctx.scope).filter((l) => grants(license.entry, l.right));
      // A base model's own open questions are reported on the base, not on every derivative.
      const relevant = source.via === "base-model" ? limits.filter((l) => l.support === "no") : limits;
      if (relevant.length === 0) continue;
      const definite = relevant.filter((l) => l.support === "no");
      const conflict = { source, decisive: definite.length > 0 ? definite : relevant, open: definite.length > 0 ? relevant.filter((l) => l.support === "open") : [] };
      (source.via === "base-model" ? result.inherited : result.own).push(conflict);
      for (const l of definite) result.definite.add(l.right);
      if (source.via !== "base-model") for (const l of relevant) if (l.support === "open") result.open.add(l.right);
    }
  }
  memo.set(m, { ctx: ctx.scope, result });
  return result;
}

/**
 * A dataset's limits depend on the dataset and the scope alone: worked out once per dataset, not
 * once per model that cites it (thousands of fine-tunes of one dataset in a monorepo). Read-only.
 */
const limitsMemo = new WeakMap<DatasetView, { scope: CheckContext["scope"]; limits: readonly Limit[] }>();

function limitsFor(ds: DatasetView, scope: CheckContext["scope"]): readonly Limit[] {
  const cached = limitsMemo.get(ds);
  if (cached && cached.scope === scope) return cached.limits;
  const limits = limitsOf(ds, scope);
  limitsMemo.set(ds, { scope, limits });
  return limits;
}

/** Own conflicts that are one conflict across several sources (the same legal basis, the same terms): grouped. */
export function groupConflicts(conflicts: Conflict[]): Conflict[][] {
  const groups = new Map<string, Conflict[]>();
  for (const c of conflicts) {
    const key = `${c.decisive[0]!.support}|${[...new Set(c.decisive.map((l) => l.key))].sort().join(",")}`;
    // Appended in place: copying the group for each conflict made 25,000 of them quadratic.
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()];
}
