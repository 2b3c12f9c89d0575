// The Action's options: one zod schema holds the defaults and the rules that span inputs.
// Inputs, and a manual run's own inputs, are merged first and parsed once, so every error names
// the input it is about. `failOn` stays undefined when not given: the policy's fail_on then rules.
// A workflow_dispatch form field named like an input wins over the step's `with:` (documented in
// docs/action.md, and said in the log when it replaces a value the step gave).
import path from "node:path/posix";
import { z } from "zod";
import { parseShard, type Shard } from "../engine/shard.js";
import type { InputName } from "./inputs.js";

const FAIL_ON = ["error", "warning", "never"] as const;

/** A path inside the workspace: a PR must not point the scan outside the checkout. */
const scanPath = z
  .string()
  .min(1)
  .refine((p) => !path.isAbsolute(p) && !path.normalize(p).startsWith(".."), "must be a path inside the repository");

/** `owner/repo/path@ref`: a policy kept in another repository (an organisation's), read with the token. */
const REMOTE_POLICY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@]+)@([^@\s]+)$/;

export type PolicySpec = { kind: "local"; path: string } | { kind: "remote"; owner: string; repo: string; path: string; ref: string };

const policySpec = z.string().transform((v, ctx): PolicySpec => {
  const remote = REMOTE_POLICY.exec(v);
  const file = remote ? remote[3]! : v;
  if (!scanPath.safeParse(file).success) {
    ctx.addIssue({ code: "custom", message: "must be a path inside the repository, or owner/repo/path@ref" });
    return z.NEVER;
  }
  return remote ? { kind: "remote", owner: remote[1]!, repo: remote[2]!, path: path.normalize(file), ref: remote[4]! } : { kind: "local", path: path.normalize(file) };
});

/** A branch, tag or commit to compare (`main`, `v1.2`, a sha): what git and the compare API take. */
const gitRef = z
  .string()
  .min(1)
  .max(255)
  .refine((r) => !r.startsWith("-") && !r.includes("..") && ![...r].some((c) => c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f) && !/[~^:?*[\\]/.test(r), "must be a branch, tag or commit");

const list = z
  .string()
  .transform((s) => s.split(/[\n,]/).map((p) => p.trim()).filter(Boolean))
  .pipe(z.array(scanPath).min(1, "name at least one path"));

/** A branch name git accepts (git check-ref-format, roughly), given without `refs/heads/`. */
const branchName = z
  .string()
  .min(1)
  .refine(
    (b) =>
      !b.startsWith("refs/") &&
      !b.startsWith("-") &&
      !/(^|\/)\.|\.\.|\/\/|\/$|\.lock$|\.lock\/|\.$|@\{|^@$/.test(b) &&
      !/[~^:?*[\\]/.test(b) &&
      ![...b].some((c) => c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f),
    "must be a branch name (without refs/heads/)",
  );

const shard = z.string().transform((v, ctx): Shard => {
  const parsed = parseShard(v);
  if (typeof parsed !== "string") return parsed;
  ctx.addIssue({ code: "custom", message: parsed });
  return z.NEVER;
});

/** Reports to merge: downloaded artifacts may sit anywhere on the runner (runner.temp), so any path. */
const reports = z
  .string()
  .transform((s) => s.split(/[\n,]/).map((p) => p.trim()).filter(Boolean))
  .pipe(z.array(z.string()).min(1, "name at least one report or folder"));

export const DEFAULT_BADGE_BRANCH = "model-provenance-badges";

const flag = z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true");

/** Seconds all GitHub API work of one run may take. */
export const DEFAULT_API_TIMEOUT = 300;

export const ActionOptionsSchema = z
  .strictObject({
    token: z.string().optional(),
    policy: policySpec.optional(),
    paths: list.default(["."]),
    exclude: list.default([]),
    "base-ref": gitRef.optional(),
    "head-ref": gitRef.optional(),
    "fail-on": z.enum(FAIL_ON).optional(),
    // dependency-review-action's spelling; on-findings, the older one, means the same.
    comment: z
      .enum(["always", "on-failure", "on-findings", "never"])
      .default("on-failure")
      .transform((v) => (v === "on-failure" ? "on-findings" : v)),
    "comment-header": z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, "must be 1 to 64 letters, digits, '.', '_' or '-'").optional(),
    "inline-comments": flag.default(false),
    "json-report": z.string().optional(),
    sarif: z.string().optional(),
    badge: z.string().optional(),
    "badge-json": z.string().optional(),
    bom: z.string().optional(),
    "publish-badges": flag.default(false),
    "badge-branch": branchName.default(DEFAULT_BADGE_BRANCH),
    hub: flag.default(true),
    "hub-cache": z.string().min(1).optional(),
    "hf-token": z.string().optional(),
    "api-timeout": z
      .string()
      .regex(/^\d+$/, "must be a whole number of seconds")
      .transform(Number)
      .pipe(z.number().int().min(10, "must be at least 10 seconds").max(3600, "must be at most 3600 seconds"))
      .default(DEFAULT_API_TIMEOUT),
    shard: shard.optional(),
    merge: reports.optional(),
  })
  .superRefine((o, ctx) => {
    const seen = new Map<string, string>();
    for (const key of ["json-report", "sarif", "badge", "badge-json", "bom"] as const) {
      const file = o[key];
      if (!file) continue;
      const other = seen.get(path.normalize(file));
      if (other) ctx.addIssue({ code: "custom", path: [key], message: `writes to the same file as ${other}` });
      seen.set(path.normalize(file), key);
    }
    if (o["head-ref"] && !o["base-ref"]) ctx.addIssue({ code: "custom", path: ["head-ref"], message: "needs base-ref (the commit to compare it with)" });
    if (o.shard && o.merge) ctx.addIssue({ code: "custom", path: ["merge"], message: "merges the shards' reports in a step of its own: give it no shard" });
  });

export type ActionOptions = z.output<typeof ActionOptionsSchema>;

export class OptionsError extends Error {}

/** The inputs a workflow_dispatch form may set (its `inputs:` named like ours); they win over the step's inputs. */
export const DISPATCH_INPUTS = ["paths", "policy", "fail-on", "base-ref", "head-ref"] as const satisfies readonly InputName[];

function dispatchValues(dispatch: Record<string, unknown>): Partial<Record<InputName, string>> {
  const out: Partial<Record<InputName, string>> = {};
  for (const key of DISPATCH_INPUTS) {
    const v = dispatch[key];
    if (typeof v === "string" && v.trim()) out[key] = v.trim();
  }
  return out;
}

/** One line per step input that a dispatch form field replaced, for the log. */
export function dispatchOverrides(inputs: Partial<Record<InputName, string>>, dispatch: Record<string, unknown>): string[] {
  return Object.entries(dispatchValues(dispatch))
    .filter(([key, v]) => inputs[key as InputName] !== undefined && inputs[key as InputName] !== v)
    .map(([key, v]) => `input '${key}': the workflow_dispatch form's value '${v}' replaces the step's '${inputs[key as InputName]}' (form fields win over with:).`);
}

export function parseOptions(inputs: Partial<Record<InputName, string>>, dispatch: Record<string, unknown> = {}): ActionOptions {
  const merged: Record<string, string> = { ...inputs, ...dispatchValues(dispatch) };
  const result = ActionOptionsSchema.safeParse(merged);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `input '${String(i.path[0] ?? "")}': ${i.message}`);
  throw new OptionsError(lines.join("\n"));
}
