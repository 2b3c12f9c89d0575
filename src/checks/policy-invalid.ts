import type { RunCheck } from "./types.js";

export const policyInvalid: RunCheck = {
  meta: {
    id: "policy-invalid",
    description: "The provenance policy file has a problem: invalid YAML, an unknown key, a wrong type or an unknown id.",
    defaultSeverity: "error",
    scope: "run",
    docs: "A policy with errors is not applied (the defaults are used instead) until it is fixed, so this finding always names the line to fix.",
    messages: { invalid: "{path}{message}" },
  },
  run(ctx) {
    for (const p of ctx.policyProblems) {
      ctx.report({
        messageId: "invalid",
        summary: `policy: ${p.path ? `${p.path}: ` : ""}${p.message}`,
        hint: "fix the policy at this line",
        data: { path: p.path ? `${p.path}: ` : "", message: p.message },
        location: p.location,
        evidence: [{ about: "policy", statement: p.message, location: p.location }],
        fix: "Fix the policy at this line; the JSON Schema in schema/model-provenance.schema.json lists every key and value.",
      });
    }
  },
};
