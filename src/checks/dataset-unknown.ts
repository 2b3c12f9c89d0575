import { ownData } from "../kb/own-data.js";
import type { ModelCheck } from "./types.js";

export const datasetUnknown: ModelCheck = {
  meta: {
    id: "dataset-unknown",
    description: "A training dataset the card names is unknown, or known without its terms, so the rights it supports cannot be checked.",
    defaultSeverity: "warning",
    scope: "model",
    docs:
      "The tool can only judge datasets whose terms and legal basis it knows. A dataset absent from rules/, the policy's declarations and the tree's " +
      "dataset cards is unknown; one rules/ lists without terms (an imported annotation that records no license) is unknown in what matters; a name " +
      "read as a variant of a known dataset (`mc4_fi_cleaned`) inherits that dataset's limits, but its own terms are unrecorded. A name that is no " +
      "public dataset (an AutoTrain upload `org/autotrain-data-<project>`, a local path, `audiofolder`, `custom`) is the publisher's own data: no " +
      "catalogue can know it, so its origin and terms are for the card or the policy to state. Data the card only describes (\"a large corpus of " +
      "parallel text\", files linked on Dropbox) is reported with the terms the card states for it (\"licensed data\", \"public domain\"), shown as the card " +
      "words them. Declare the dataset in the policy with its terms, or " +
      "add a dataset card.",
    messages: {
      unknown: "training dataset '{ref}' is unknown, so the rights it supports cannot be checked",
      termsUnknown: "training dataset {name} is known, but its terms are not: no source records its license or use restrictions",
      variant: "training dataset '{ref}' is read as a variant of {name}; its limits apply, but its own terms are not recorded",
      ownData: "training data '{ref}' is the publisher's own data, not a public dataset; its origin and terms are not stated, so the rights it supports cannot be checked",
      share: "training data '{ref}' is described, not named: {detail}, so the rights it supports cannot be checked",
    },
  },
  run(ctx) {
    for (const src of ctx.model.sources) {
      if (src.via === "base-model" || !src.location) continue;
      if (ctx.policy.datasets.allow.includes(src.ref) || (src.dataset && ctx.policy.datasets.allow.includes(src.dataset.id))) continue;
      const ds = src.dataset;
      const fix = `Declare '${src.ref}' under \`declarations:\` in the policy (license, use_restriction, legal_basis, note), or add its dataset card to the repository.`;
      const own = ds ? undefined : ownData(src.ref);
      if (!ds && src.share) {
        // What the card itself says of the data's terms is shown as it says it: the tool reads no license from free words.
        const { terms, host } = src.share;
        const detail = terms
          ? `the card states its terms as '${terms}', which names no license the tool can check`
          : host
            ? `it is linked as files on ${host}, the publisher's own data, with no terms stated`
            : own
              ? `${own.reason}, and no terms are stated`
              : "no catalogue can know it and the card states no terms for it";
        ctx.report({
          messageId: "share",
          data: { ref: src.ref, detail },
          location: src.location,
          openQuestion: true,
          evidence: [{ about: "card", statement: `the card describes '${src.ref}' as training data${terms ? ` and says of its terms: '${terms}'` : ""}${host ? ` (files on ${host})` : ""}`, location: src.location }],
          summary: terms ? `'${src.ref}' is described with terms '${terms}', not named` : `'${src.ref}' is described, not named, with no terms stated`,
          hint: "name the dataset or state its terms",
          fix: `Name the dataset (a Hub id in \`datasets:\`), or declare '${src.ref}' under \`declarations:\` in the policy with its license and use restriction${terms ? ` (the card says '${terms}')` : ""}.`,
        });
      } else if (own) {
        ctx.report({
          messageId: "ownData",
          data: { ref: src.ref },
          location: src.location,
          openQuestion: true,
          evidence: [{ about: "card", statement: `the card names '${src.ref}' as training data; ${own.reason}`, location: src.location }],
          summary: `'${src.ref}' is the publisher's own data, with no terms stated`,
          hint: "state where the data comes from and its terms",
          fix: `State in the card where the data in '${src.ref}' comes from and under which terms it may be used, or declare it under \`declarations:\` in the policy (license, use_restriction, legal_basis, note).`,
        });
      } else if (!ds) {
        ctx.report({
          messageId: "unknown",
          data: { ref: src.ref },
          location: src.location,
          openQuestion: true,
          evidence: [{ about: "card", statement: `the card names '${src.ref}' as training data`, location: src.location }],
          summary: `'${src.ref}' is not a dataset the tool knows`,
          hint: "declare it in the policy",
          fix,
        });
      } else if (ds.origin !== "policy" && ds.useRestriction === "unknown" && !ds.license) {
        ctx.report({
          messageId: "termsUnknown",
          data: { name: ds.name },
          location: src.location,
          openQuestion: true,
          evidence: [
            { about: "card", statement: `the card names '${src.ref}' as training data`, location: src.location },
            { about: "dataset", id: ds.id, statement: `${ds.name}: ${ds.note ?? "no license or use restriction recorded"}`, sources: ds.sources },
          ],
          summary: `the terms of ${ds.name} are not recorded`,
          hint: "declare its terms in the policy",
          fix,
        });
      } else if (src.match?.how === "variant") {
        ctx.report({
          messageId: "variant",
          data: { ref: src.ref, name: ds.name },
          location: src.location,
          openQuestion: true,
          evidence: [
            { about: "card", statement: `the card names '${src.ref}' as training data`, location: src.location },
            { about: "dataset", id: ds.id, statement: `'${src.ref}' extends the id of ${ds.name}, so it is read as a copy or subset of it`, sources: ds.sources },
          ],
          summary: `'${src.ref}' is read as a variant of ${ds.name}`,
          hint: "declare its terms in the policy",
          fix,
        });
      }
    }
  },
};
