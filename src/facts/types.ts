// Facts read from a model repository: what its card and license files say, each with its position.
import type { Location } from "../domain.js";
import type { Identification } from "../identify/index.js";

export interface Located<T> {
  value: T;
  location: Location;
}

/** A problem with an input file that the `card-malformed` check reports. */
export interface InputProblem {
  messageId: "yaml" | "type" | "unterminated" | "unreadable" | "unknown-value";
  message: string;
  location: Location;
}

/** What a license statement is about. */
export type LicenseSubject = "weights" | "code" | "data" | "card" | "unknown";

/** One statement of a license in a card, in the order the card gives them. */
export interface LicenseStatement {
  subject: LicenseSubject;
  /** "not for commercial use", "NOT CC0": the statement denies the license rather than grants it. */
  negated: boolean;
  /** rules/licenses id, when a known license is named. */
  license?: string | undefined;
  /** For free text without a known license. */
  class?: "proprietary" | "non-commercial" | "custom" | undefined;
  /** The words as the card writes them. */
  text: string;
  via: "metadata" | "license_name" | "license_link" | "line" | "section" | "sentence";
  location: Location;
}

/**
 * A training source the prose names (a Hub id, a dataset URL, a known or unknown name) or only
 * describes (a share: "Books 7%", "our own crawl", a link to files on a file host).
 */
export interface ProseDataset {
  /** As the card writes it. */
  ref: string;
  /** The rules/ id when the reader matched a known name. */
  id?: string | undefined;
  /** The words to look an unmatched name up by: "RACE" for "RACE dataset" (the card's words stay in ref). */
  name?: string | undefined;
  /** "share": data the card describes without naming it, which no catalogue can resolve. */
  kind?: "share" | undefined;
  /** The relation the sentence gives (trained-on, fine-tuned-on, ...). */
  relation?: string | undefined;
  /** What the card says of a share's terms ("licensed data", "public domain"). */
  terms?: string | undefined;
  /** For files linked on a file host (dropbox.com): the host; the publisher's own data. */
  host?: string | undefined;
}

export interface CardFacts {
  file: string;
  frontMatter: boolean;
  /** True when the front matter has a key of the Hub's model card metadata (license, base_model, tags ...). */
  hubMetadata?: boolean | undefined;
  license?: Located<string> | undefined;
  licenseName?: Located<string> | undefined;
  licenseLink?: Located<string> | undefined;
  datasets: Located<string>[];
  baseModels: Located<string>[];
  baseModelRelation?: Located<string> | undefined;
  /** Training sources named or described in the prose (see ProseDataset). */
  proseDatasets: Located<ProseDataset>[];
  /** Every license statement of the card (metadata first, then the body), in text order. */
  licenseStatements?: LicenseStatement[] | undefined;
  /** Base models named in the prose ("fine-tuned from org/model"), strongest evidence first. */
  proseBaseModels: Located<string>[];
  /** The relation the prose gives its bases, as `base_model_relation` writes it (finetune, merge, quantized, adapter). */
  proseBaseRelation?: string | undefined;
  /** Pretrained models named as components the weights ship (a frozen text encoder, a VAE). */
  proseComponents: Located<string>[];
  /** True when the card text says how users are bound by use restrictions or an acceptable-use policy. */
  mentionsUseRestrictions: boolean;
  /** The card text, for checks that look for a dataset's name. */
  body: string;
  problems: InputProblem[];
}

export interface LicenseFileFacts {
  file: string;
  identification?: Identification | undefined;
  /** "data" for a data license (DATA_LICENSE): the terms of shipped data, never the weights'. */
  subject?: "data" | undefined;
  problems: InputProblem[];
}

export interface DatasetCardFacts {
  file: string;
  /** Dataset id the card declares for itself: its folder name. */
  name: string;
  /** Every license the front matter lists, in its order (a string or a list). */
  licenses: Located<string>[];
  sourceDatasets: Located<string>[];
  problems: InputProblem[];
}

export interface ModelFacts {
  /** Folder relative to the scan root ("." for the root). */
  dir: string;
  name: string;
  card?: CardFacts | undefined;
  licenseFiles: LicenseFileFacts[];
  /** The license file judged to govern the weights. */
  governingLicense?: LicenseFileFacts | undefined;
  governingReason?: string | undefined;
}
