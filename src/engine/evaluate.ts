// Runs the checks over resolved models and turns their reports into Findings, with the severity
// the policy gives each check and the waivers the policy grants, bounded by the policy's limits
// (engine/bound.ts: identical findings merged, a cap per check). The only place checks are run.
import type { Finding, Location, Severity } from "../domain.js";
import type { ResolvedModel } from "../facts/resolve.js";
import type { Scope } from "../facts/sources.js";
import type { KnowledgeBase } from "../kb/load.js";
import type { Policy, Waiver } from "../policy/schema.js";
import type { ValidationProblem } from "../readers/validate.js";
import { CHECKS } from "../checks/index.js";
import { formatMessage, isRunCheck, type Check, type Report } from "../checks/types.js";
import { FindingBounds } from "./bound.js";

export interface EvaluationInput {
  kb: KnowledgeBase;
  policy: Policy;
  policyFile: string;
  policyProblems: ValidationProblem[];
  locatePolicy(path: (string | number)[]): Location;
  scope: Scope;
  today: string;
  checks?: readonly Check[];
}

/**
 * Findings about the run itself (policy problems, expired waivers): known before any model is
 * judged, so a streamed report can write them first.
 */
export function evaluateRun(input: EvaluationInput): Finding[] {
  const run = new FindingBounds(input.policy.limits);
  for (const check of enabled(input)) {
    if (!isRunCheck(check)) continue;
    check.run({
      kb: input.kb,
      policy: input.policy,
      policyFile: input.policyFile,
      policyProblems: input.policyProblems,
      locatePolicy: input.locatePolicy,
      today: input.today,
      report: (r) => {
        const f = toFinding(check, r, input);
        if (f) run.add(f);
      },
    });
  }
  return run.findings();
}

/** One model's findings, in the order of the checks: models are judged one at a time so a report can stream. */
export function evaluateModel(input: EvaluationInput, model: ResolvedModel): Finding[] {
  const dir = model.facts.dir;
  const list = new FindingBounds(input.policy.limits);
  for (const check of enabled(input)) {
    if (isRunCheck(check)) continue;
    check.run({
      kb: input.kb,
      policy: input.policy,
      scope: input.scope,
      model,
      report: (r) => {
        const f = toFinding(check, r, input, dir);
        if (f) list.add(f);
      },
    });
  }
  return list.findings();
}

function enabled(input: EvaluationInput): readonly Check[] {
  return (input.checks ?? CHECKS).filter((c) => input.policy.checks[c.meta.id] !== "off");
}

function toFinding(check: Check, r: Report, input: EvaluationInput, model?: string): Finding | undefined {
  const configured = input.policy.checks[check.meta.id];
  const severity: Severity = r.openQuestion && r.severity ? r.severity : (configured ?? r.severity ?? check.meta.defaultSeverity);
  if (severity === "off") return undefined;
  const message = formatMessage(check.meta.messages[r.messageId] ?? missingMessage(check, r.messageId), r.data);
  const finding: Finding = {
    checkId: check.meta.id,
    messageId: r.messageId,
    severity,
    message,
    model,
    location: r.location,
    evidence: r.evidence,
    fix: r.fix,
    ...(r.summary ? { summary: r.summary } : {}),
    ...(r.hint ? { hint: r.hint } : {}),
    openQuestion: r.openQuestion,
  };
  const waiver = findWaiver(input.policy.waivers, finding, input.today);
  if (waiver) finding.waived = { reason: waiver.reason, expires: waiver.expires };
  return finding;
}

function missingMessage(check: Check, id: string): never {
  throw new Error(`check ${check.meta.id} reported unknown messageId '${id}'`);
}

/** A waiver covers a finding of its check in a model folder or file; `*` covers every model. */
export function findWaiver(waivers: readonly Waiver[], f: Finding, today: string): Waiver | undefined {
  return waivers.find((w) => {
    if (w.check !== f.checkId) return false;
    if (w.expires && w.expires < today) return false;
    const p = w.path.replace(/^\.\//, "").replace(/\/$/, "");
    if (p === "*" || p === f.model || p === f.location.file) return true;
    return f.location.file.startsWith(`${p}/`) || (f.model !== undefined && f.model.startsWith(`${p}/`));
  });
}
