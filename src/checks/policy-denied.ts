import type { ModelCheck } from "./types.js";
import { modelLocation } from "./util.js";

export const policyDenied: ModelCheck = {
  meta: {
    id: "policy-denied",
    description: "The model uses a dataset or license the policy denies, or a license outside the policy's allow list.",
    defaultSeverity: "error",
    scope: "model",
    docs: "`datasets.deny`, `licenses.deny` and `licenses.allow` in the policy encode an organisation's own rules on top of the facts.",
    messages: {
      dataset: "training dataset {dataset} is denied by the policy",
      license: "license {license} is denied by the policy",
      notAllowed: "license {license} is not in the policy's allowed licenses ({allowed})",
    },
  },
  run(ctx) {
    const { datasets, licenses } = ctx.policy;
    const m = ctx.model;
    const policyAt = { about: "policy" as const, statement: "the policy's allow and deny lists" };
    for (const src of m.sources) {
      const id = src.dataset?.id ?? src.ref;
      if (!datasets.deny.includes(id) && !datasets.deny.includes(src.ref)) continue;
      ctx.report({
        messageId: "dataset",
        summary: `training dataset ${id} is denied by the policy`,
        hint: `train without ${id}`,
        data: { dataset: id },
        location: src.location ?? modelLocation(m),
        evidence: [policyAt, { about: "card", statement: `trained on ${src.chain.join(" → ")}`, location: src.location }],
        fix: `Train without ${id}, or remove it from \`datasets.deny\` with the approval your organisation requires.`,
      });
    }
    const lic = m.license.entry?.id;
    if (!lic) return;
    if (licenses.deny.includes(lic)) {
      ctx.report({ messageId: "license", data: { license: lic }, location: modelLocation(m), evidence: [policyAt], summary: `license ${lic} is denied by the policy`, hint: "choose an allowed license", fix: "Choose a license the policy allows." });
    } else if (licenses.allow.length > 0 && !licenses.allow.includes(lic)) {
      ctx.report({
        messageId: "notAllowed",
        summary: `license ${lic} is not in the policy's allow list`,
        hint: `use one of ${licenses.allow.join(", ")}`,
        data: { license: lic, allowed: licenses.allow.join(", ") },
        location: modelLocation(m),
        evidence: [policyAt],
        fix: `Use one of ${licenses.allow.join(", ")}, or add ${lic} to \`licenses.allow\`.`,
      });
    }
  },
};
