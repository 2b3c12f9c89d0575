// The provenance policy (.github/model-provenance.yml): one zod schema holds its shape, its
// defaults and its cross-field rules. The JSON Schema for editors is generated from it.
import { z } from "zod";
import { SEVERITIES } from "../domain.js";

/** A real calendar date (zod's ISO date knows month lengths and leap years: 2027-02-31 fails). */
const isoDate = z.iso.date({ error: "a real calendar date written YYYY-MM-DD" });

export const DatasetDeclarationSchema = z.strictObject({
  /** Id used in cards (`datasets:`) or the name used in prose. */
  id: z.string().min(1),
  name: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  /** License of the dataset as a Hub license id, or `other`. */
  license: z.string().optional(),
  content_status: z
    .enum(["copyrighted", "public-domain", "open-licensed", "licensed", "opt-in", "synthetic", "mixed", "unlawful"])
    .default("licensed"),
  use_restriction: z.enum(["none", "research-only", "non-commercial", "recommended-research", "unknown"]).default("none"),
  /** A legal basis id from rules/legal-bases, e.g. `licensed`, `opt-in`, `public-domain`. */
  legal_basis: z.string().default("licensed"),
  note: z.string().min(1, "say where the terms are recorded"),
});

export const WaiverSchema = z.strictObject({
  check: z.string().min(1),
  /** Model folder or file the waiver covers; `*` covers every model. */
  path: z.string().min(1),
  reason: z.string().min(10, "give a reason a reviewer can check (10+ characters)"),
  expires: isoDate.optional(),
});

const severity = z.enum(SEVERITIES);

/** How the README badge looks; what it says is decided by the verdict. Used by the CLI and the Action. */
export const BadgeSettingsSchema = z.strictObject({
  label: z.string().min(1).optional(),
  /** Messages per state; `{n}` is replaced by the count. */
  texts: z
    .strictObject({
      verified: z.string().min(1).optional(),
      unknown: z.string().min(1).optional(),
      warning: z.string().min(1).optional(),
      warnings: z.string().min(1).optional(),
      conflict: z.string().min(1).optional(),
      conflicts: z.string().min(1).optional(),
    })
    .optional(),
  /** shields.io colour names or hex, per state. */
  colors: z
    .strictObject({
      verified: z.string().min(1).optional(),
      warnings: z.string().min(1).optional(),
      conflicts: z.string().min(1).optional(),
      unknown: z.string().min(1).optional(),
    })
    .optional(),
  label_color: z.string().min(1).optional(),
  style: z.enum(["plastic", "flat", "flat-square", "for-the-badge", "social"]).optional(),
});
export type BadgeSettings = z.output<typeof BadgeSettingsSchema>;

/** Bounds on what one model reports, so that one hostile card cannot flood a report, a comment or a SARIF upload. */
export const LimitsSchema = z.strictObject({
  findings_per_check: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(25)
    .describe("Findings of one check listed per model (and for the run); the rest are counted in one more finding of that check, with the most severe kept."),
  places_per_finding: z
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(20)
    .describe("Other places listed for a finding that occurs at several (the same dataset named on many lines); the rest are counted."),
});
export type Limits = z.output<typeof LimitsSchema>;

export const PolicySchema = z
  .strictObject({
    /** Jurisdictions whose law applies; omitted = every jurisdiction in rules/ (a model online reaches them all). */
    jurisdictions: z.array(z.string().min(1)).min(1).optional(),
    /** Whether a model counts as a derivative of its training data, which decides if item licenses bind it. */
    derivative: z.enum(["yes", "no", "unknown"]).default("unknown"),
    /** Findings at or above this severity fail the run. */
    fail_on: z.enum(["error", "warning", "never"]).default("error"),
    /** Severity of findings the facts leave open (US fair use, Art. 4 without a machine-readable opt-out ...). */
    open_questions: severity.default("warning"),
    /** Severity per check id; `off` disables a check. */
    checks: z.record(z.string(), severity).default({}),
    datasets: z
      .strictObject({
        allow: z.array(z.string()).default([]),
        deny: z.array(z.string()).default([]),
      })
      .default({ allow: [], deny: [] }),
    licenses: z
      .strictObject({
        allow: z.array(z.string()).default([]),
        deny: z.array(z.string()).default([]),
      })
      .default({ allow: [], deny: [] }),
    /** In-house or unlisted datasets with their terms. */
    declarations: z.array(DatasetDeclarationSchema).default([]),
    waivers: z.array(WaiverSchema).default([]),
    badge: BadgeSettingsSchema.optional(),
    limits: LimitsSchema.default({ findings_per_check: 25, places_per_finding: 20 }),
    /** Paths (gitignore-style globs, from the repository root) that hold no model of the repository's own. */
    exclude: z.array(z.string().min(1)).default([]),
    /** When given, only paths matching one of these globs are read. */
    include: z.array(z.string().min(1)).default([]),
  })
  .superRefine((p, ctx) => {
    for (const [key, list] of [
      ["datasets", p.datasets],
      ["licenses", p.licenses],
    ] as const) {
      for (const id of list.allow) {
        if (list.deny.includes(id)) {
          ctx.addIssue({ code: "custom", path: [key, "allow", list.allow.indexOf(id)], message: `'${id}' is both allowed and denied` });
        }
      }
    }
    const declared = new Set<string>();
    p.declarations.forEach((d, i) => {
      if (declared.has(d.id)) ctx.addIssue({ code: "custom", path: ["declarations", i, "id"], message: `dataset '${d.id}' is declared twice` });
      declared.add(d.id);
    });
  });

export type Policy = z.output<typeof PolicySchema>;
export type DatasetDeclaration = z.output<typeof DatasetDeclarationSchema>;
export type Waiver = z.output<typeof WaiverSchema>;

export const DEFAULT_POLICY_PATH = ".github/model-provenance.yml";

export function defaultPolicy(): Policy {
  return PolicySchema.parse({});
}

/** JSON Schema for editors (yaml-language-server), generated from the zod schema. */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PolicySchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
