import { HUB_DIR } from "../facts/resolve.js";
import { ownData } from "../kb/own-data.js";
import type { Location } from "../domain.js";
import type { ResolvedSource } from "../facts/resolve.js";
import type { DatasetView } from "../facts/sources.js";
import type { ModelCheck, Report } from "./types.js";

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
      const report = reportFor(src, src.location);
      if (report) ctx.report(report);
    }
  },
};

/** What is missing about one training source, or undefined when its terms are known. */
function reportFor(src: ResolvedSource, location: Location): Report | undefined {
  const ds = src.dataset;
  const named = { about: "card", statement: `the card names '${src.ref}' as training data`, location } as const;
  if (!ds) {
    const own = ownData(src.ref);
    if (src.share) return shareReport(src, src.share, location, own?.reason);
    if (own) {
      return {
        messageId: "ownData",
        data: { ref: src.ref },
        location,
        openQuestion: true,
        evidence: [{ ...named, statement: `${named.statement}; ${own.reason}` }],
        summary: `'${src.ref}' is the publisher's own data, with no terms stated`,
        hint: "state where the data comes from and its terms",
        fix: `State in the card where the data in '${src.ref}' comes from and under which terms it may be used, or declare it under \`declarations:\` in the policy (license, use_restriction, legal_basis, note).`,
      };
    }
    const summary = `'${src.ref}' is not a dataset the tool knows`;
    return { messageId: "unknown", data: { ref: src.ref }, location, openQuestion: true, evidence: [named], summary, hint: "declare it in the policy", fix: fixFor(src.ref, ds) };
  }
  if (ds.origin !== "policy" && ds.useRestriction === "unknown" && (!ds.license || ds.origin === "dataset-card")) {
    return {
      messageId: "termsUnknown",
      data: { name: ds.name },
      location,
      openQuestion: true,
      evidence: [named, { about: "dataset", id: ds.id, statement: `${ds.name}: ${ds.note ?? "no license or use restriction recorded"}`, sources: ds.sources }],
      summary: `the terms of ${ds.name} are not recorded`,
      hint: "declare its terms in the policy",
      fix: fixFor(src.ref, ds),
    };
  }
  if (src.match?.how !== "variant") return undefined;
  return {
    messageId: "variant",
    data: { ref: src.ref, name: ds.name },
    location,
    openQuestion: true,
    evidence: [named, { about: "dataset", id: ds.id, statement: `'${src.ref}' extends the id of ${ds.name}, so it is read as a copy or subset of it`, sources: ds.sources }],
    summary: `'${src.ref}' is read as a variant of ${ds.name}`,
    hint: "declare its terms in the policy",
    fix: fixFor(src.ref, ds),
  };
}

/** Data the card describes without a name: what it says of the terms is shown as it says it (no license is read from free words). */
function shareReport(src: ResolvedSource, share: NonNullable<ResolvedSource["share"]>, location: Location, ownReason: string | undefined): Report {
  const { terms, host } = share;
  const detail = terms
    ? `the card states its terms as '${terms}', which names no license the tool can check`
    : host
      ? `it is linked as files on ${host}, the publisher's own data, with no terms stated`
      : ownReason
        ? `${ownReason}, and no terms are stated`
        : "no catalogue can know it and the card states no terms for it";
  return {
    messageId: "share",
    data: { ref: src.ref, detail },
    location,
    openQuestion: true,
    evidence: [{ about: "card", statement: `the card describes '${src.ref}' as training data${terms ? ` and says of its terms: '${terms}'` : ""}${host ? ` (files on ${host})` : ""}`, location }],
    summary: terms ? `'${src.ref}' is described with terms '${terms}', not named` : `'${src.ref}' is described, not named, with no terms stated`,
    hint: "name the dataset or state its terms",
    fix: `Name the dataset (a Hub id in \`datasets:\`), or declare '${src.ref}' under \`declarations:\` in the policy with its license and use restriction${terms ? ` (the card says '${terms}')` : ""}.`,
  };
}

/** A dataset card in the repository is fixed where it is; anything else is declared in the policy. */
function fixFor(ref: string, ds: DatasetView | undefined): string {
  const declare = `declare '${ref}' under \`declarations:\` in the policy (license, use_restriction, legal_basis, note)`;
  if (ds?.origin === "dataset-card" && ds.file && !ds.file.startsWith(`${HUB_DIR}/`)) return `Give ${ds.file} a \`license:\` that rules/ knows, or ${declare}.`;
  return `${declare[0]!.toUpperCase()}${declare.slice(1)}, or add its dataset card to the repository.`;
}
