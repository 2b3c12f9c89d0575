// One coherent fix per model: the licenses that satisfy every constraint at once (what each
// source supports and what every base's license obliges), ranked by closeness to the license the
// model has now, and one sentence of advice that every finding of the model repeats.
import type { Right } from "../domain.js";
import type { ResolvedModel } from "../facts/resolve.js";
import { rightWords } from "../facts/sources.js";
import type { KnowledgeBase, RuleFile } from "../kb/load.js";
import type { LicenseEntry } from "../kb/schema.js";
import { localeOrder } from "../order.js";
import { droppedTerms, dutiesOf, familyOf, type Dropped } from "./obligations.js";
import { conflictsOf } from "./conflicts.js";
import type { CheckContext } from "./types.js";
import { list } from "./util.js";

type License = LicenseEntry & RuleFile;

export interface CoherentFix {
  /** Licenses that satisfy every constraint, closest to the current license first (at most 3). */
  licenses: string[];
  /** Obligations no listed license carries that the weights must carry beside it (RAIL use restrictions). */
  riders: string[];
  /** The advice, word for word the same in every finding of the model. */
  advice: string;
  /** The advice in a few words. */
  hint: string;
}

/** Obligations a license cannot bring but the card and LICENSE can add beside one. */
const RIDERS = new Set(["use-restrictions-flowdown", "acceptable-use-policy"]);

interface Constraints {
  excluded: Right[];
  bases: License[];
  why: string[];
}

function constraintsOf(ctx: CheckContext): Constraints {
  const conflicts = conflictsOf(ctx);
  const excluded = [...(conflicts.definite.size > 0 ? conflicts.definite : conflicts.open)];
  const bases = [...new Map(ctx.model.bases.filter((b) => b.license && !b.license.family && b.license.kind !== "placeholder").map((b) => [b.license!.id, b.license!])).values()];
  const sources = [...new Set([...conflicts.own, ...conflicts.inherited].filter((c) => c.decisive.some((l) => excluded.includes(l.right))).map((c) => c.source.dataset!.name))];
  const why = [
    ...(excluded.length > 0 ? [`grant no ${list(excluded.map(rightWords))}${sources.length > 0 ? ` (${list(sources)} ${sources.length > 1 ? "do" : "does"} not support it)` : ""}`] : []),
    ...bases.filter(binds).map((b) => `keep what ${b.name} requires of derivatives`),
  ];
  return { excluded, bases, why };
}

/** A base license whose terms narrow the choice (not one that asks only for a notice). */
function binds(b: License): boolean {
  return b.grants["commercial-use"] === "no" || b.obligations.some((o) => ["use-restrictions-flowdown", "share-alike", "acceptable-use-policy", "naming"].includes(o.type));
}

/** Obligations of the bases that `candidate` drops (naming left out: a license cannot fix a name). */
function droppedBy(candidate: License, bases: License[], m: ResolvedModel): Dropped[] {
  const duties = dutiesOf(m);
  return bases.flatMap((b) => droppedTerms(b, candidate, duties, { naming: false, vendorTermsExact: true }));
}

/** Lower is closer: the same license, its family, its obligations kept, its grants, and no other vendor's model license. */
function distance(c: License, current: License | undefined, baseIds: Set<string>): number {
  let d = 0;
  if (current && c.id === current.id) d -= 100;
  if (baseIds.has(c.id)) d -= 15;
  if (current && familyOf(c) === familyOf(current)) d -= 20;
  if (current) {
    d -= 3 * current.obligations.filter((o) => c.obligations.some((x) => x.type === o.type)).length;
    d += (Object.keys(c.grants) as Right[]).filter((r) => c.grants[r] !== current.grants[r]).length;
  }
  // Weights nobody may build on are rarely what a publisher means.
  if (c.obligations.some((o) => o.type === "no-derivatives")) d += 5;
  // Another vendor's model license (apple-amlr for a Stable Diffusion fine-tune) is no one's first choice.
  if (c.kind === "model" && !baseIds.has(c.id) && (!current || familyOf(c) !== familyOf(current))) d += 30;
  return d;
}

function candidates(kb: KnowledgeBase, bases: License[]): License[] {
  const baseIds = new Set(bases.map((b) => b.id));
  return [...kb.licenses.values()].filter((l) => (l.hub || baseIds.has(l.id)) && !l.family && l.kind !== "placeholder" && l.grants["research-use"] !== "no");
}

const memo = new WeakMap<ResolvedModel, { scope: CheckContext["scope"]; fix: CoherentFix }>();

export function coherentFix(ctx: CheckContext): CoherentFix {
  const cached = memo.get(ctx.model);
  if (cached && cached.scope === ctx.scope) return cached.fix;
  const fix = sharedFix(ctx);
  memo.set(ctx.model, { scope: ctx.scope, fix });
  return fix;
}

/**
 * The fix depends on the license, the bases' licenses, the rights excluded and the sources that
 * exclude them, whether the card passes restrictions on, and whether anything is definite; not on
 * the model otherwise. Thousands of fine-tunes of one base share it: worked out once per
 * knowledge base and scope, and only reused for the very same license objects.
 */
const shared = new WeakMap<KnowledgeBase, { scope: CheckContext["scope"]; fixes: Map<string, { current: License | undefined; bases: License[]; fix: CoherentFix }> }>();

function sharedFix(ctx: CheckContext): CoherentFix {
  let byKb = shared.get(ctx.kb);
  if (!byKb || byKb.scope !== ctx.scope) shared.set(ctx.kb, (byKb = { scope: ctx.scope, fixes: new Map() }));
  const current = currentLicense(ctx);
  const { excluded, bases, why } = constraintsOf(ctx);
  const key = JSON.stringify([current?.id ?? null, excluded, bases.map((b) => b.id), why, dutiesOf(ctx.model).passesOnRestrictions, conflictsOf(ctx).definite.size === 0]);
  const hit = byKb.fixes.get(key);
  if (hit && hit.current === current && hit.bases.length === bases.length && hit.bases.every((b, i) => b === bases[i])) return hit.fix;
  const fix = computeFix(ctx);
  byKb.fixes.set(key, { current, bases, fix });
  return fix;
}

function currentLicense(ctx: CheckContext): License | undefined {
  const m = ctx.model;
  return conflictsOf(ctx).license?.entry ?? (m.license.entry?.kind === "placeholder" ? undefined : m.license.entry);
}

function computeFix(ctx: CheckContext): CoherentFix {
  const m = ctx.model;
  const current = currentLicense(ctx);
  const { excluded, bases, why } = constraintsOf(ctx);
  const baseIds = new Set(bases.map((b) => b.id));
  const pool = candidates(ctx.kb, bases).filter((l) => excluded.every((r) => l.grants[r] === "no"));
  const rank = (ls: License[]) =>
    ls
      .map((l) => ({ l, d: distance(l, current, baseIds), v: Number.parseFloat(l.version ?? "0") || 0 }))
      .sort((a, b) => a.d - b.d || b.v - a.v || localeOrder(a.l.id, b.l.id))
      .map((x) => x.l);
  // The model's own use restrictions (an OpenRAIL-M model's Attachment A) are kept too.
  const kept = (current?.obligations ?? []).filter((o) => RIDERS.has(o.type)).map((o) => o.type);
  const missing = (l: License): string[] => [
    ...droppedBy(l, bases, m).map((d) => riderText(d.obligation, bases)),
    ...kept.filter((o) => !l.obligations.some((x) => x.type === o)).map((o) => riderText(o, current ? [current] : [])),
  ];
  // Where nothing is definite, the advice says what settles the open question against you.
  const open = conflictsOf(ctx).definite.size === 0 && excluded.length > 0;
  const strict = rank(pool.filter((l) => droppedBy(l, bases, m).length === 0 && missing(l).length === 0));
  if (strict.length > 0) return advise(strict.slice(0, 3), [], why, open);
  // None carries everything: allow obligations a rider can add (use restrictions, an acceptable-use policy).
  const relaxed = rank(pool.filter((l) => droppedBy(l, bases, m).every((d) => RIDERS.has(d.obligation))));
  if (relaxed.length > 0) {
    const riders = [...new Set(relaxed.slice(0, 1).flatMap(missing))];
    return advise(relaxed.slice(0, 3), riders, why, open);
  }
  const text = `No license in the catalogue can ${why.join(" and ")}: change the training data or the base model.`;
  return { licenses: [], riders: [], advice: text, hint: "change the data or the base" };
}

function riderText(obligation: Dropped["obligation"], from: License[]): string {
  const owner = from.find((b) => b.obligations.some((o) => o.type === obligation));
  const of = owner ? `${owner.name}'s` : "the base's";
  return obligation === "use-restrictions-flowdown" ? `${of} use restrictions` : `${of} acceptable-use policy`;
}

function advise(ls: License[], riders: string[], why: string[], open: boolean): CoherentFix {
  const fix = adviseLicenses(ls, riders, why);
  return open ? { ...fix, advice: `If the open question is settled against this use: ${fix.advice[0]!.toLowerCase()}${fix.advice.slice(1)}` } : fix;
}

function adviseLicenses(ls: License[], riders: string[], why: string[]): CoherentFix {
  const [first, ...rest] = ls;
  const named = `${first!.id} (${first!.name})`;
  const others = rest.length > 0 ? `; next closest: ${list(rest.map((l) => l.id))}` : "";
  const goal = why.length > 0 ? ` It must ${why.join("; and ")}.` : "";
  if (riders.length === 0) {
    return { licenses: ls.map((l) => l.id), riders, advice: `License the weights under ${named}${others}.${goal}`, hint: `relicense as ${first!.id}` };
  }
  const advice =
    `No license in the catalogue carries everything by itself: license the weights under ${named}${others}, ` +
    `with ${list(riders)} written into your LICENSE and passed on to users in the card.${goal}`;
  return { licenses: ls.map((l) => l.id), riders, advice, hint: `relicense as ${first!.id} + ${riders.length === 1 ? riders[0] : "the base's restrictions"}` };
}
