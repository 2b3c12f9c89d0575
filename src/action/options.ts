// The Action's options: one zod schema holds the defaults and the rules that span inputs.
// Inputs, and a manual run's own inputs, are merged first and parsed once, so every error names
// the input it is about. `failOn` stays undefined when not given: the policy's fail_on then rules.
import path from "node:path/posix";
import { z } from "zod";
import type { InputName } from "./inputs.js";

const FAIL_ON = ["error", "warning", "never"] as const;

/** A path inside the workspace: a PR must not point the scan outside the checkout. */
const scanPath = z
  .string()
  .min(1)
  .refine((p) => !path.isAbsolute(p) && !path.normalize(p).startsWith(".."), "must be a path inside the repository");

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

export const DEFAULT_BADGE_BRANCH = "model-provenance-badges";

const flag = z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true");

export const ActionOptionsSchema = z
  .strictObject({
    token: z.string().optional(),
    policy: scanPath.optional(),
    paths: list.default(["."]),
    "fail-on": z.enum(FAIL_ON).optional(),
    comment: z.enum(["always", "on-findings", "never"]).default("on-findings"),
    "inline-comments": flag.default(false),
    "json-report": z.string().optional(),
    sarif: z.string().optional(),
    badge: z.string().optional(),
    "badge-json": z.string().optional(),
    bom: z.string().optional(),
    "publish-badges": flag.default(false),
    "badge-branch": branchName.default(DEFAULT_BADGE_BRANCH),
    hub: flag.default(false),
    "hub-cache": scanPath.optional(),
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
  });

export type ActionOptions = z.output<typeof ActionOptionsSchema>;

export class OptionsError extends Error {}

/** The inputs a workflow_dispatch form may set (its `inputs:` named like ours); they win over the step's inputs. */
export const DISPATCH_INPUTS = ["paths", "policy", "fail-on"] as const satisfies readonly InputName[];

export function parseOptions(inputs: Partial<Record<InputName, string>>, dispatch: Record<string, unknown> = {}): ActionOptions {
  const merged: Record<string, string> = { ...inputs };
  for (const key of DISPATCH_INPUTS) {
    const v = dispatch[key];
    if (typeof v === "string" && v.trim()) merged[key] = v.trim();
  }
  const result = ActionOptionsSchema.safeParse(merged);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `input '${String(i.path[0] ?? "")}': ${i.message}`);
  throw new OptionsError(lines.join("\n"));
}
