// The registry: every check, in the order findings are reported. Ids are unique (tested).
import { attributionMissing } from "./attribution-missing.js";
import { baseModelTermsViolated } from "./base-model-terms-violated.js";
import { cardMalformed } from "./card-malformed.js";
import { datasetUnknown } from "./dataset-unknown.js";
import { licenseExceedsDataRights } from "./license-exceeds-data-rights.js";
import { licenseMismatch } from "./license-mismatch.js";
import { licenseMissing } from "./license-missing.js";
import { licenseUnrecognized } from "./license-unrecognized.js";
import { lineageIncomplete } from "./lineage-incomplete.js";
import { metadataSuggested } from "./metadata-suggested.js";
import { policyDenied } from "./policy-denied.js";
import { policyInvalid } from "./policy-invalid.js";
import { trainingDataUndisclosed } from "./training-data-undisclosed.js";
import type { Check } from "./types.js";
import { waiverExpired } from "./waiver-expired.js";

export const CHECKS: readonly Check[] = [
  policyInvalid,
  waiverExpired,
  cardMalformed,
  licenseMissing,
  licenseUnrecognized,
  licenseMismatch,
  licenseExceedsDataRights,
  baseModelTermsViolated,
  policyDenied,
  trainingDataUndisclosed,
  datasetUnknown,
  lineageIncomplete,
  attributionMissing,
  metadataSuggested,
];

export const CHECK_IDS: readonly string[] = CHECKS.map((c) => c.meta.id);
