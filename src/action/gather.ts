// What a run judges: the files, the policy in force, which models are in scope and, on a pull
// request, what it changed with the base branch's versions of those files (AnalysisInput's
// pullRequest), so that the engine never lets a PR loosen its own verdict.
// A PR is judged by its base branch's policy, only on the models it touches, and its files are read
// from the checkout only on `pull_request` (elsewhere through the API, as data).
import { existsSync } from "node:fs";
import path from "node:path";
import type { KnowledgeBase } from "../kb/load.js";
import type { InputFile, PullRequestView } from "../pipeline.js";
import { DEFAULT_POLICY_PATH } from "../policy/schema.js";
import { code } from "../render/escape/markdown.js";
import { readCapped, readWorkspaceTree } from "../workspace.js";
import { listChangedFiles } from "../github/changed-files.js";
import type { GitHub } from "../github/client.js";
import type { PullRequest, RunContext } from "../github/context.js";
import { readFileAt, readFilesAt } from "../github/repo-files.js";
import { readBlobs, readTree, type Skipped, type Tree } from "../github/trees.js";
import { filesForScope, relevantFiles } from "./commit-files.js";
import { OptionsError, type ActionOptions, type PolicySpec } from "./options.js";
import { NOTHING_CHANGED, relevantChanges, scopeOfChange, type Scope } from "./scope.js";

export interface Gathered {
  files: InputFile[];
  policy?: InputFile | undefined;
  scope: Scope;
  /** On a PR: what it changed, with the base branch's versions (see AnalysisInput.pullRequest). */
  pullRequest?: PullRequestView | undefined;
  /** For the comment and summary: the policy in force, how complete the view of the change is. */
  notes: string[];
  /** Paths the run did not read, and why (symbolic links and oversized blobs read through the API). */
  skipped: Skipped[];
  /** On a PR: the lines its diff shows, per file (for review comments). */
  diffLines?: Map<string, [number, number][]> | undefined;
  /** Other workspace files the run read (the shards' reports in merge mode): never written over. */
  read?: string[] | undefined;
}

/** Base versions fetched at most; past it, a changed file's facts count only where they restrict. */
export const MAX_BASE_FILES = 200;
/** Files GitHub's compare API lists at most. */
const COMPARE_FILES_CAP = 300;

export async function gather(gh: GitHub, ctx: RunContext, options: ActionOptions, kb: KnowledgeBase): Promise<Gathered> {
  if (ctx.pullRequest) return gatherPullRequest(gh, ctx, ctx.pullRequest, options, kb);
  const policy = await policyOffPullRequest(gh, ctx, options.policy);
  if (options["base-ref"]) return { ...(await gatherComparison(gh, ctx, options, options["base-ref"], kb)), ...policy };
  const { files, skipped } = readWorkspaceTree(options.paths, ctx.workspace);
  return { files, scope: { kind: "all", reason: `full scan on ${ctx.eventName || "a local run"}` }, skipped, ...policy };
}

async function gatherPullRequest(gh: GitHub, ctx: RunContext, pr: PullRequest, options: ActionOptions, kb: KnowledgeBase): Promise<Gathered> {
  const policyFile = options.policy?.kind === "local" ? options.policy.path : options.policy ? undefined : DEFAULT_POLICY_PATH;
  const listing = await listChangedFiles(gh, ctx, pr);
  const policyChanged = policyFile !== undefined && listing.paths.includes(policyFile);
  const nothing = { files: [], skipped: [], notes: [], diffLines: listing.diffLines };
  if (!listing.incomplete && !policyChanged && relevantChanges(listing.paths, options.paths).length === 0) return { ...nothing, scope: { kind: "none", reason: NOTHING_CHANGED } };
  // Only `pull_request` checks out the PR; the others read it through the API as data.
  const checkedOut = ctx.eventName === "pull_request";
  const headTree = checkedOut ? undefined : await readTree(gh, ctx, pr.headSha);
  const local = checkedOut ? readWorkspaceTree(options.paths, ctx.workspace) : undefined;
  const present = local ? local.files.map((f) => f.path) : relevantFiles(headTree!, options.paths).map((f) => f.path);

  // A cut-off list is completed from the two trees: everything that differs counts as changed.
  const diff = listing.incomplete ? await diffTrees(gh, ctx, pr.baseSha, headTree ?? (await readTree(gh, ctx, ctx.sha || pr.headSha))) : undefined;
  const changed = diff ? [...new Set([...listing.paths, ...diff.changed])] : listing.paths;
  const scope = scopeOfChange({ changed, present, policyFile: policyFile ?? "", roots: options.paths, incomplete: listing.incomplete, allCardsAtHand: checkedOut });
  if (scope.kind === "none") return { ...nothing, scope };

  const read = local ?? (await filesForScope(gh, ctx, headTree!, options.paths, scope, kb));
  const relevant = relevantChanges(changed, options.paths);
  // What of the change exists on the base branch: from the tree when it was read, else from each file's status.
  const baseHas = diff && new Set(diff.baseTree.files.map((f) => f.path));
  const inBase = baseHas ? relevant.filter((p) => baseHas.has(p)) : relevantChanges(listing.inBase, options.paths);
  const [policy, base] = await Promise.all([policyOnPullRequest(gh, ctx, pr, options.policy, policyChanged), baseVersions(gh, ctx, pr, inBase, diff?.baseTree)]);
  const notes = [...policy.notes, ...base.notes];
  if (listing.incomplete) notes.push(`${listing.incomplete}: every model was checked, and every file that differs from the base branch counts as changed by it.`);
  return { files: read.files, policy: policy.file, scope, pullRequest: { changed: relevant, base: base.files }, notes, skipped: read.skipped, diffLines: listing.diffLines };
}

/** Paths whose blob differs between the base commit and `head`, and the base tree for reading their base versions. */
async function diffTrees(gh: GitHub, ctx: RunContext, baseSha: string, head: Tree): Promise<{ changed: string[]; baseTree: Tree }> {
  const baseTree = await readTree(gh, ctx, baseSha);
  const before = new Map(baseTree.files.map((f) => [f.path, f.sha]));
  const after = new Map(head.files.map((f) => [f.path, f.sha]));
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p));
  return { changed, baseTree };
}

/**
 * The base branch's versions of the changed files that exist there. Past MAX_BASE_FILES the rest
 * are left out: the engine then treats those files as new, whose facts only ever restrict.
 */
async function baseVersions(gh: GitHub, ctx: RunContext, pr: PullRequest, inBase: readonly string[], baseTree?: Tree): Promise<{ files: InputFile[]; notes: string[] }> {
  const wanted = inBase.slice(0, MAX_BASE_FILES);
  const notes =
    inBase.length > wanted.length
      ? [`This pull request changes ${inBase.length} cards and license files that exist on the base branch; the base versions of ${inBase.length - wanted.length} of them were not read, so what those files say counts only where it restricts.`]
      : [];
  if (baseTree) {
    const inBase = new Set(wanted);
    return { files: (await readBlobs(gh, ctx, baseTree.files.filter((f) => inBase.has(f.path)))).files, notes };
  }
  return { files: await readFilesAt(gh, ctx, wanted, pr.baseSha), notes };
}

interface PolicyRead {
  file?: InputFile | undefined;
  notes: string[];
}

/** On a PR: the base branch's copy of a policy in this repository (the PR's own could weaken it), or the other repository's. */
async function policyOnPullRequest(gh: GitHub, ctx: RunContext, pr: PullRequest, spec: PolicySpec | undefined, changed: boolean): Promise<PolicyRead> {
  if (spec?.kind === "remote") return remotePolicy(gh, spec);
  const file = spec?.path ?? DEFAULT_POLICY_PATH;
  const found = await readFileAt(gh, ctx, file, pr.baseSha);
  if (!found && spec && !changed) throw new OptionsError(`input 'policy': ${spec.path} does not exist on the base branch`);
  // No commit ids: they are part of the comment's digest, and the base moves on.
  const notes = [found ? `Policy in force: ${code(file)} from the base branch.` : `No policy at ${code(file)} on the base branch: the built-in defaults apply.`];
  if (changed) notes.push(`This pull request changes ${code(file)}. A pull request cannot change the policy that judges it: the change applies once merged.`);
  return { file: found, notes };
}

async function policyOffPullRequest(gh: GitHub, ctx: RunContext, spec: PolicySpec | undefined): Promise<{ policy?: InputFile | undefined; notes: string[] }> {
  if (spec?.kind === "remote") {
    const read = await remotePolicy(gh, spec);
    return { policy: read.file, notes: read.notes };
  }
  const file = spec?.path ?? DEFAULT_POLICY_PATH;
  const abs = path.resolve(ctx.workspace, file);
  if (existsSync(abs)) return { policy: { path: file, content: readCapped(abs) }, notes: [] };
  if (spec) throw new OptionsError(`input 'policy': ${spec.path} does not exist`);
  return { notes: [] };
}

async function remotePolicy(gh: GitHub, spec: Extract<PolicySpec, { kind: "remote" }>): Promise<PolicyRead> {
  const where = `${spec.owner}/${spec.repo}/${spec.path}@${spec.ref}`;
  const found = await readFileAt(gh, spec, spec.path, spec.ref);
  if (!found) throw new OptionsError(`input 'policy': ${where} does not exist, or the token cannot read ${spec.owner}/${spec.repo} (give the step a token that can)`);
  return { file: { ...found, path: where }, notes: [`Policy in force: ${code(where)}.`] };
}

/** push / workflow_dispatch with base-ref: the models changed between base-ref and head-ref. */
async function gatherComparison(gh: GitHub, ctx: RunContext, options: ActionOptions, baseRef: string, kb: KnowledgeBase): Promise<Omit<Gathered, "notes">> {
  const headRef = options["head-ref"] ?? ctx.sha;
  const { data } = await gh.rest.repos.compareCommitsWithBasehead({ owner: ctx.owner, repo: ctx.repo, basehead: `${baseRef}...${headRef}` });
  const listed = data.files ?? [];
  const changed = listed.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
  const incomplete = listed.length >= COMPARE_FILES_CAP ? `GitHub's comparison lists at most ${COMPARE_FILES_CAP} files, and ${baseRef}...${headRef} changes at least that many` : undefined;
  // The checkout is the head unless another head-ref was asked for; that one is read through the API.
  const tree = options["head-ref"] ? await readTree(gh, ctx, headRef) : undefined;
  const local = tree ? undefined : readWorkspaceTree(options.paths, ctx.workspace);
  const present = local ? local.files.map((f) => f.path) : relevantFiles(tree!, options.paths).map((f) => f.path);
  const policyFile = options.policy?.kind === "local" ? options.policy.path : DEFAULT_POLICY_PATH;
  const scope = scopeOfChange({ changed, present, policyFile, roots: options.paths, incomplete, allCardsAtHand: Boolean(local), subject: `the changes since ${baseRef}` });
  if (scope.kind === "none") return { files: [], skipped: [], scope };
  const read = local ?? (await filesForScope(gh, ctx, tree!, options.paths, scope, kb));
  return { files: read.files, skipped: read.skipped, scope };
}
