// License identification: which license a LICENSE file contains, and which file governs the weights.
export { clearIdentificationCache, identifyLicense, type IdentifyOptions } from "./identify.js";
export { renderIdentification } from "./render.js";
export { pickGoverningLicense, NAME_RANKS, type GoverningChoice, type LicenseFileIdentification } from "./governing.js";
export { fingerprintIndex, resetFingerprintIndex, DEFAULT_FINGERPRINTS, type FingerprintIndex, type License } from "./fingerprints.js";
export { normalise, NORMALISATION_STEPS, type NormalisationStep } from "./normalise.js";
export type { Identification, RunnerUp, MatcherName, LicenseKind } from "./types.js";
