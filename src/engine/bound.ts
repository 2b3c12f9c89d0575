// Bounds on what one model (or the run) reports, so that a hostile card cannot flood the report, the
// PR comment or a SARIF upload: a card naming one dataset 150,000 times is one finding with many
// places, and a check lists at most `limits.findings_per_check` findings per model, the most severe
// first, with one more finding that counts the rest. Findings are bounded as the checks report them,
// so unlisted ones are counted, not kept.
import type { Finding, Location, ReportedSeverity } from "../domain.js";
import type { Limits } from "../policy/schema.js";

/** The messageId of the finding that counts a check's unlisted findings. */
export const UNLISTED = "unlisted";

const RANK: Record<ReportedSeverity, number> = { error: 3, warning: 2, note: 1 };

/** What the verdict needs of a finding: waived findings rank below every counted one. */
function rank(f: Finding): number {
  return f.waived ? 0 : RANK[f.severity];
}

/** The findings one check reported for one model: those listed, and a tally of the rest. */
interface Kind {
  listed: Finding[];
  /** The most severe unlisted finding: the counting finding takes its severity and place. */
  top?: Finding;
  unlisted: Record<ReportedSeverity | "waived", number>;
}

export class FindingBounds {
  /** Identity (see identity()) → the listed finding, or null once it is unlisted. */
  private readonly seen = new Map<string, Finding | null>();
  private readonly kinds = new Map<string, Kind>();

  constructor(private readonly limits: Limits) {}

  add(f: Finding): void {
    const key = identity(f);
    const known = this.seen.get(key);
    if (known !== undefined) {
      if (known) addPlace(known, f.location, this.limits.places_per_finding);
      return;
    }
    const kind = this.kinds.get(f.checkId) ?? { listed: [], unlisted: { error: 0, warning: 0, note: 0, waived: 0 } };
    this.kinds.set(f.checkId, kind);
    this.seen.set(key, f);
    if (kind.listed.length < this.limits.findings_per_check) {
      kind.listed.push(f);
      return;
    }
    // Full: the newcomer replaces the least severe listed finding if it outranks it (order is kept).
    const weakest = kind.listed.reduce((w, g, i) => (rank(g) < rank(kind.listed[w]!) ? i : w), 0);
    const out = rank(f) > rank(kind.listed[weakest]!) ? kind.listed.splice(weakest, 1)[0]! : f;
    if (out !== f) kind.listed.push(f);
    this.seen.set(out === f ? key : identity(out), null);
    kind.unlisted[out.waived ? "waived" : out.severity]++;
    if (!kind.top || rank(out) > rank(kind.top)) kind.top = out;
  }

  /** The bounded findings, in the order their checks reported them. */
  findings(): Finding[] {
    return [...this.kinds.values()].flatMap((k) => (k.top ? [...k.listed, unlistedFinding(k, k.top, this.limits)] : k.listed));
  }
}

/**
 * Two findings are the same when they differ only in where: same check, message, fix, evidence and
 * waiver. An evidence link at the finding's own place ("the card names x/y here") is no difference.
 */
function identity(f: Finding): string {
  const evidence = f.evidence.map((e) => [e.about, e.id, e.statement, e.location && !samePlace(e.location, f.location) ? e.location : "here", e.sources]);
  const fields = [f.checkId, f.messageId, f.severity, f.model, f.message, f.summary, f.hint, f.fix, f.openQuestion, f.waived, evidence];
  // The text itself is the key: the bounds live for one model, and hashing it cost more than the
  // comparison (a SHA-1 per finding, 2% of a 10,000-model scan).
  return JSON.stringify(fields);
}

function addPlace(f: Finding, l: Location, max: number): void {
  if (samePlace(l, f.location)) return;
  const also = (f.alsoAt ??= { locations: [], unlisted: 0 });
  if (also.locations.length < max) also.locations.push(l);
  else also.unlisted++;
}

/** One finding standing for a check's unlisted findings, as severe as the most severe of them. */
function unlistedFinding(kind: Kind, top: Finding, limits: Limits): Finding {
  const total = Object.values(kind.unlisted).reduce((a, b) => a + b, 0);
  const n = (k: number) => k.toLocaleString("en-US");
  const parts = (["error", "warning", "note", "waived"] as const)
    .filter((s) => kind.unlisted[s] > 0)
    .map((s) => `${n(kind.unlisted[s])} ${s === "waived" || kind.unlisted[s] === 1 ? s : `${s}s`}`);
  return {
    checkId: top.checkId,
    messageId: UNLISTED,
    severity: top.severity,
    message: `${n(total)} more ${top.checkId} findings (${parts.join(", ")}) are not listed: the policy lists at most ${limits.findings_per_check} of one check per model, the most severe first`,
    ...(top.model !== undefined ? { model: top.model } : {}),
    location: top.location,
    evidence: [
      { about: "policy", statement: `limits.findings_per_check is ${limits.findings_per_check}` },
      { about: top.model !== undefined ? "card" : "policy", statement: `the most severe of them: ${top.message}`, location: top.location },
    ],
    fix: `Fix the ${top.checkId} findings listed and run again to see the rest, or raise \`limits.findings_per_check\` in the policy.`,
    summary: `${n(total)} more ${top.checkId} findings not listed`,
    hint: "fix the listed ones and run again",
    ...(top.openQuestion ? { openQuestion: true } : {}),
    ...(top.waived ? { waived: { reason: "every unlisted finding is waived" } } : {}),
  };
}

function samePlace(a: Location, b: Location): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}
