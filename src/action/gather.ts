// What a run judges: the files, the policy in force and which models are in scope.
// A PR is judged by its base branch's policy and only on the models it touches.
import { existsSync } from "node:fs";
import path from "node:path";
import type { InputFile } from "../pipeline.js";
import { DEFAULT_POLICY_PATH } from "../policy/schema.js";
import { classify } from "../readers/discover.js";
import { readCapped, readWorkspace } from "../workspace.js";
import { listChangedFiles } from "../github/changed-files.js";
import type { GitHub } from "../github/client.js";
import type { RunContext } from "../github/context.js";
import { readFilesAt } from "../github/head-files.js";
import { code } from "../render/escape/markdown.js";
import { policyFromBase } from "../github/policy-from-base.js";
import { OptionsError, type ActionOptions } from "./options.js";
import { scopeOfChange, underRoots, type Scope } from "./scope.js";

export interface Gathered {
  files: InputFile[];
  policy?: InputFile | undefined;
  scope: Scope;
  policyNotes: string[];
  /** On a PR: the lines its diff shows, per file (for review comments). */
  diffLines?: Map<string, [number, number][]> | undefined;
}

export async function gather(gh: GitHub, ctx: RunContext, options: ActionOptions): Promise<Gathered> {
  const policyFile = options.policy ?? DEFAULT_POLICY_PATH;
  if (!ctx.pullRequest) {
    const files = readWorkspace(options.paths, ctx.workspace);
    return { files, policy: localPolicy(ctx, options.policy), scope: { kind: "all", reason: `full scan on ${ctx.eventName || "a local run"}` }, policyNotes: [] };
  }
  const pr = ctx.pullRequest;
  const { paths: changed, diffLines } = await listChangedFiles(gh, ctx, pr.number);
  const policyChanged = changed.includes(policyFile);
  if (!policyChanged && !changed.some((p) => classify(p) && underRoots(options.paths, p))) {
    return { files: [], scope: { kind: "none" }, policyNotes: [], diffLines };
  }
  // Only `pull_request` checks out the PR; the others read it through the API as data.
  const files = ctx.eventName === "pull_request"
    ? readWorkspace(options.paths, ctx.workspace)
    : await readFilesAt(gh, ctx, pr.headSha, (p) => underRoots(options.paths, p));
  const scope = scopeOfChange(changed, files.map((f) => f.path), policyFile, options.paths);
  if (scope.kind === "none") return { files: [], scope, policyNotes: [], diffLines };
  const policy = await policyFromBase(gh, ctx, policyFile, pr.baseSha);
  if (!policy && options.policy && !policyChanged) throw new OptionsError(`input 'policy': ${options.policy} does not exist on the base branch`);
  return { files, policy, scope, policyNotes: basePolicyNotes(policyFile, Boolean(policy), policyChanged), diffLines };
}

/** Notes for the comment. No commit ids: they are part of its digest, and the base moves on. */
function basePolicyNotes(file: string, found: boolean, changed: boolean): string[] {
  const notes = [found ? `Policy in force: ${code(file)} from the base branch.` : `No policy at ${code(file)} on the base branch: the built-in defaults apply.`];
  if (changed) notes.push(`This pull request changes ${code(file)}. A pull request cannot change the policy that judges it: the change applies once merged.`);
  return notes;
}

function localPolicy(ctx: RunContext, given: string | undefined): InputFile | undefined {
  const file = given ?? DEFAULT_POLICY_PATH;
  const abs = path.resolve(ctx.workspace, file);
  if (existsSync(abs)) return { path: file, content: readCapped(abs) };
  if (given) throw new OptionsError(`input 'policy': ${given} does not exist`);
  return undefined;
}
