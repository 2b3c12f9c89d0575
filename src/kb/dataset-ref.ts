// How cards write a dataset: a Hub id in any case, a Hub URL (with /viewer/<config>/<split> or
// /tree/main), a config (`:en`, `glue/mrpc`), a split (`-train`), a version (`common_voice_8_0`).
// datasetRefCandidates lists the forms to look up, most literal first, each with what it dropped.

export interface RefCandidate {
  ref: string;
  config?: string | undefined;
  version?: string | undefined;
  /** True for `glue/mrpc` read as `glue` + config: only an un-namespaced Hub id may match it. */
  legacyOnly?: boolean | undefined;
}

const HUB_DATASET_URL = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/datasets\/([^?#\s]+)/i;
/** The Hub's former viewer page: `huggingface.co/datasets/viewer/?dataset=oscar&config=unshuffled_deduplicated_he`. */
const OLD_VIEWER_URL = /^(?:https?:\/\/)?(?:www\.)?huggingface\.co\/datasets\/viewer\/?\?(\S*)$/i;
/** A qualifier in brackets after the name: `oscar (NL)`, `VoxPopuli-(EN)`, `stackexchange(pets,` (cut short). */
const BRACKETED = /^(.+?)[\s_-]*\(([^()]*)\)?$/;
/** Path segments after a Hub repo id that are pages of it, not part of the id. */
const REPO_PAGES = new Set(["tree", "blob", "resolve", "raw", "viewer", "discussions", "commits", "commit", "edit", "discussion", "sql-console", "embed"]);
const SPLIT = /^(.+?)[-_.](train|training|validation|valid|val|dev|test|eval|all|full|split)$/i;
/** `common_voice_8_0`, `OSCAR-2201`, `wikitext-103-v1`, `squad_v2` ... */
const VERSION = /^(.+?)[-_.]v?(\d+(?:[._]\d+)*)$/i;
/** Language names: `Swahili corpus` is a corpus in Swahili and `Russian-LibriSpeech` another corpus, not the dataset named after the language word. */
export const LANGUAGE_WORDS = new Set(
  "albanian amharic arabic armenian basque bengali bulgarian burmese catalan chinese croatian czech danish dutch english estonian filipino finnish french galician georgian german greek gujarati hausa hebrew hindi hungarian icelandic igbo indonesian irish italian japanese kannada kazakh khmer kinyarwanda korean lao latvian lithuanian macedonian malay marathi mongolian nepali norwegian persian polish portuguese punjabi romanian russian serbian sinhala slovak slovenian somali spanish swahili swedish tagalog tamil telugu thai turkish ukrainian urdu uzbek vietnamese welsh yoruba".split(" "),
);
/** Prose names a dataset with the word for one: `the RACE dataset`, `the Suomi24 Sentences Corpus`. */
const DATA_WORD = /^(?:the\s+)?(.+?)(?:\s+(?:dataset|datasets|data\s*set|corpus|corpora))?$/i;
/** `GLUE STSB`, `OpenTable OPENTABLE-ABSA`: a canonical id and one of its configs, as prose writes them. */
const PARENT_CONFIG = /^([\w.-]{3,})\s+([\w.-]+)$/;
/** A leading `v` or separators make a version readable: `8_0` → `8.0`. */
export function versionOf(raw: string): string {
  return raw.replace(/^v/i, "").replace(/_/g, ".");
}

export function datasetRefCandidates(input: string): RefCandidate[] {
  const out: RefCandidate[] = [];
  const seen = new Set<string>();
  const add = (c: RefCandidate) => {
    const key = c.ref.toLowerCase();
    if (!c.ref || seen.has(key)) return;
    seen.add(key);
    out.push(c);
  };
  let ref = input.trim().replace(/^[`'"<[(]+|[`'">\])]+$/g, "").replace(/[.,;:]+$/, "");
  let config: string | undefined;
  const oldViewer = OLD_VIEWER_URL.exec(ref);
  if (oldViewer) {
    const query = new URLSearchParams(oldViewer[1]);
    ref = query.get("dataset") ?? ref;
    config = query.get("config") ?? undefined;
  }
  const url = oldViewer ? null : HUB_DATASET_URL.exec(ref);
  if (url) {
    const parts = url[1]!.split("/").filter(Boolean);
    const pageAt = parts.findIndex((p, i) => i > 0 && REPO_PAGES.has(p.toLowerCase()));
    const idParts = pageAt >= 0 ? parts.slice(0, pageAt) : parts.slice(0, 2);
    if (pageAt >= 0 && parts[pageAt]!.toLowerCase() === "viewer" && parts[pageAt + 1]) config = parts[pageAt + 1];
    ref = idParts.join("/");
  }
  // `name:config` (the Hub's config notation in some tools) and `name[train]`.
  const colon = /^([^:\s]+):([\w.-]+)$/.exec(ref);
  if (colon && !/^https?$/i.test(colon[1]!)) {
    ref = colon[1]!;
    config = colon[2];
  }
  ref = ref.replace(/\[[\w.:%-]*\]$/, "");
  add({ ref, config });
  const bracketed = BRACKETED.exec(ref);
  if (bracketed && /\w/.test(bracketed[1]!)) {
    ref = bracketed[1]!;
    config ??= bracketed[2]!.replace(/[,;\s]+$/, "") || undefined;
  }

  const forms: RefCandidate[] = [{ ref, config }];
  const bare = DATA_WORD.exec(ref)?.[1];
  if (bare && bare !== ref && !LANGUAGE_WORDS.has(bare.toLowerCase())) forms.push({ ref: bare, config });
  const parent = PARENT_CONFIG.exec(bare ?? ref);
  if (parent && !config && !LANGUAGE_WORDS.has(parent[1]!.toLowerCase())) forms.push({ ref: parent[1]!, config: parent[2], legacyOnly: true });
  // `glue/mrpc`, `wikipedia/20220301.en`: a canonical id with a config, when `org/name` is not known.
  const slash = ref.split("/");
  if (slash.length === 2 && slash[1]) forms.push({ ref: slash[0]!, config: slash[1], legacyOnly: true });
  for (const f of forms) {
    add(f);
    const split = SPLIT.exec(f.ref);
    const base = split ? { ...f, ref: split[1]!, config: f.config ?? split[2] } : f;
    add(base);
    const version = VERSION.exec(base.ref);
    if (version) add({ ...base, ref: version[1]!, version: versionOf(version[2]!) });
  }
  return out;
}
