// What a card's prose says about datasets and models, each mention with its relation to this
// model. The relation comes from the sentence (the nearest cue before the mention, its negation)
// and, when the sentence has no cue, from the class of the section it stands in. Only training
// relations make training sources, only lineage relations make bases (see TRAINING, LINEAGE).
import type { Block, CardDocument, Link, Section } from "./document.js";
import { NameMatcher, type NamedEntry, type NameHit } from "./names.js";

export type Relation =
  // the model's own training step
  | "trained-on"
  | "pretrained-on"
  | "fine-tuned-on"
  | "distilled-from"
  // lineage
  | "fine-tuned-from"
  | "merged-from"
  | "quantized-from"
  | "adapter-of"
  // neither
  | "evaluated-on"
  | "compared-with"
  | "inspired-by"
  | "calibration-set"
  | "tokenizer"
  | "unknown";

export const TRAINING: ReadonlySet<Relation> = new Set(["trained-on", "pretrained-on", "fine-tuned-on", "distilled-from"]);
export const LINEAGE: ReadonlySet<Relation> = new Set(["fine-tuned-from", "merged-from", "quantized-from", "adapter-of"]);

export interface Mention {
  /** A dataset, a model, or a share of the data the card describes without a name a catalogue knows. */
  kind: "dataset" | "model" | "share";
  /** As the card writes it: a Hub id, a name, a URL, or the words of a share ("Books 7%"). */
  ref: string;
  /** The knowledge base's id when the name is a known one. */
  id?: string | undefined;
  /** For a name no catalogue matched as written: the words to look it up by ("RACE" for "the RACE dataset"). */
  name?: string | undefined;
  /** For a share linked on a file host (dropbox.com, drive.google.com): the host. */
  host?: string | undefined;
  relation: Relation;
  negated: boolean;
  /** What the card says of the share's terms ("licensed data", "public domain"), when it says so. */
  terms?: string | undefined;
  start: number;
  end: number;
  /** The sentence it stands in: [start, end) offsets of the card text. */
  sentence: { start: number; end: number; text: string };
  section: Section;
}

export interface MentionNames {
  datasets: readonly NamedEntry[];
  models: readonly NamedEntry[];
  /** Dataset home pages, normalised by urlKey. */
  datasetUrls?: readonly { url: string; id: string }[] | undefined;
}

type Cue = "train" | "pretrain" | "finetune" | "lineage" | "distill" | "merge" | "quantize" | "adapter" | "evaluate" | "compare" | "inspire" | "calibrate" | "tokenizer";

/** Cue wordings; in a sentence, the nearest one before a mention decides its relation. */
const CUES: [Cue, RegExp][] = [
  ["lineage", /\b(fine-?tuned (version|checkpoint|variant) of|(fine-?tuned|finetuned|trained|initiali[sz]ed|derived|continued|adapted|converted) from|based on|built (up)?on( top of)?|on top of|starting from|(base|parent|original|foundation) model( is| was|:)|finetuned from model( \[optional\])?:|version of)\b|\bfrom the (pre-?trained )?(checkpoint|weights) of\b|\b(base( model)?|parent( model)?|original model|foundation model|starting checkpoint)[\s*]*[|:]/gi],
  ["quantize", /\b(quanti[sz]ed (version|model|weights) of|quanti[sz]ation of|quanti[sz]ed from|(gguf|ggml|gptq|awq|exl2)( format)?( model)? (files|quants|version|conversion|quantizations?) (of|for))\b/gi],
  ["merge", /\b(merge of|merged from|merging|mergekit|slerp|models? merged)\b/gi],
  ["adapter", /\b((lora|qlora|peft|adapter)( adapter| adaptation| weights| model)*( weights)? (for|of|on top of|trained on top of))\b/gi],
  ["distill", /\b(distill(ed|ation)( version)?( of| from)?|knowledge distillation)\b|\boutputs of\b|\bgenerated (by|with|using)\b/gi],
  ["pretrain", /\b(pre-?train(ed|ing)?|self-supervised)( (on|using|with|over|corpus|data))?\b/gi],
  ["finetune", /\b(fine-?tun(ed|ing|e)|finetun(ed|ing|e)|further trained|instruction-tuned|sft)( (on|using|with))?\b/gi],
  ["train", /\b(trained and (evaluated|tested)( on)?|train(ed|ing)? (on|using|with|over)|training (data|set|corpus|dataset)s?|trained|learned from|collected from|consists? of|comprises?|composed of|sourced from|crawled|scraped)\b/gi],
  ["evaluate", /\b(evaluat(ed|ion|e)|benchmark(ed|s)?|tested|test set|validation set|dev set|eval|results? (on|for)|scores?|achieves?|accuracy|f1|bleu|wer|perplexity|zero-shot|leaderboard)\b/gi],
  ["compare", /\b(compared (to|with)|comparison|outperform(s|ed)?|better than|worse than|vs\.?|versus|unlike|similar to|same as|competitive with|on par with|surpass(es|ed)?)\b/gi],
  ["inspire", /\b(inspired by|in the style of|modeled after|modelled after)\b/gi],
  ["calibrate", /\b(calibrat(ed|ion|e)|imatrix|importance matrix)\b/gi],
  ["tokenizer", /\b(tokeni[sz]er|vocab(ulary)?|sentencepiece)\b/gi],
];

const NEGATION = /\b(not|never|without|no|nor|excluding|except|neither)\b|n't\b/i;

/**
 * Words with a slash that are not Hub ids: pairs of words ("train/test", "function/method"),
 * units ("g/kg"), a model and its patch size ("ViT-L/14"), frameworks ("Jax/Flax"), subreddits.
 */
const NOT_HUB_ID = /^(and\/or|or\/and|he\/she|w\/o|input\/output|[\d.]+\/[\d.]+|\w+\/(s|es|sec|h|hour|day|gpu|step|epoch)s?|[\w.-]+\/\d+|\w\/\w+|jax\/flax|pytorch\/\w+|\w+\/(pytorch|tensorflow|jax|flax|keras)|(train|training|test|testing|validation|valid|dev|eval|word|words|phrase|phrases|function|functions|method|methods|class|classes|multiclass|multilabel|binary|text|image|images|audio|video|question|questions|answer|answers|source|target|input|output|positive|negative|male|female|true|false|min|max|mol|mmol|kg|km|m)\/(train|training|test|testing|validation|valid|dev|eval|word|words|phrase|phrases|function|functions|method|methods|class|classes|multiclass|multilabel|binary|text|image|images|audio|video|question|questions|answer|answers|source|target|input|output|positive|negative|male|female|true|false|min|max|mol|mmol|kg|km|m|s))$/i;

/** The name part of a Hub id that is a model's ("facebook/bart-base", "hfl/chinese-bert-wwm-ext"): a model is lineage or a component, never data. */
const MODEL_ID = /(^|[-_.])(bert|roberta|deberta(v\d)?|electra|albert|xlm|xlnet|gpt\w*|t5|mt5|bart|mbart|pegasus|llama\w*|mistral\w*|falcon|bloom\w*|whisper|wav2vec2?|hubert|vit|deit|convnext|resnet\d*|swin|clip|stable-diffusion|distil\w+|marian|opus-mt|cased|uncased)([-_.]|$)/i;

/** Hub paths that are not model ids. */
const HUB_NOT_MODEL = /^(datasets|spaces|docs|blog|papers|models|join|login|settings|organizations|tasks|learn|course|pricing|api|collections|new|posts|chat|enterprise|huggingface)$/i;

interface Sentence {
  start: number;
  end: number;
  /** The prose of the sentence (code and images blanked). */
  text: string;
  block: Block;
}

/** Mentions in every block of the document, in text order, one per place. */
export function findMentions(doc: CardDocument, names: MentionNames, selfNames: readonly string[] = []): Mention[] {
  const matcher = matcherFor(names);
  const self = new Set(selfNames.map((n) => n.toLowerCase()));
  const out: Mention[] = [];
  let leadIn: { sentence: Sentence; cue: FoundCue | undefined } | undefined;
  for (const block of doc.blocks) {
    if (block.prose === "") continue;
    const sentences = sentencesOf(block);
    // One pass of the name matcher per block; each sentence takes the hits that fall in it.
    const hits = matcher.find(block.prose).map((h) => ({ ...h, start: block.start + h.start, end: block.start + h.end }));
    // "Trained on the following datasets:" followed by a list: the items carry the lead-in's cue.
    const inherited = block.kind === "list-item" && leadIn && leadIn.sentence.block.section === block.section ? leadIn.cue : undefined;
    // Sentences and hits are both in text order: one sweep hands each sentence its hits.
    let h = 0;
    let l = 0;
    for (const s of sentences) {
      const from = h;
      while (h < hits.length && hits[h]!.start < s.end) h++;
      const linksFrom = l;
      while (l < block.links.length && block.links[l]!.start < s.end) l++;
      readSentence(s, block, hits.slice(from, h), block.links.slice(linksFrom, l), names, self, inherited, out);
    }
    if (block.kind !== "list-item") {
      const last = sentences.at(-1);
      leadIn = last?.text.trimEnd().endsWith(":") ? { sentence: last, cue: cuesOf(last.text).at(-1) } : undefined;
    }
  }
  return out;
}

const matchers = new WeakMap<readonly NamedEntry[], NameMatcher>();

/** One matcher for datasets and models together, built once per name list. */
function matcherFor(names: MentionNames): NameMatcher {
  let m = matchers.get(names.datasets);
  if (!m) {
    m = new NameMatcher([...names.datasets.map((d) => ({ ...d, kind: "dataset" })), ...names.models.map((d) => ({ ...d, kind: "model" }))]);
    matchers.set(names.datasets, m);
  }
  return m;
}

/** Sentences end at . ! ? followed by a space, and at line ends in tables and lists. */
function sentencesOf(block: Block): Sentence[] {
  const text = block.prose;
  const out: Sentence[] = [];
  const boundary = block.kind === "table" || block.kind === "list-item" ? /[.!?](?=\s)|\n/g : /[.!?](?=\s)|\n\s*\n/g;
  let at = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index! + m[0].length;
    // "e.g.", "v1.5", "No. 3": a period after one or two letters or between digits ends nothing.
    if (m[0] === "." && /(^|\W)(e\.g|i\.e|etc|vs|no|approx|al|\w)$/i.test(text.slice(Math.max(0, m.index! - 6), m.index!))) continue;
    if (end - at > 0) out.push({ start: block.start + at, end: block.start + end, text: text.slice(at, end), block });
    at = end;
  }
  if (at < text.length) out.push({ start: block.start + at, end: block.end, text: text.slice(at), block });
  return out;
}

interface Candidate {
  /** "hub-id": an `org/name` written out, a dataset or a model as the sentence's cue says. */
  kind: Mention["kind"] | "hub-id";
  ref: string;
  id?: string | undefined;
  name?: string | undefined;
  host?: string | undefined;
  start: number;
  end: number;
  terms?: string | undefined;
  /** Where two candidates overlap, the lower wins: a described phrase yields to a name inside it. */
  weak?: number | undefined;
}

function readSentence(s: Sentence, block: Block, hits: readonly NameHit[], links: readonly Link[], names: MentionNames, self: ReadonlySet<string>, lead: FoundCue | undefined, out: Mention[]): void {
  const candidates = [...linkCandidates(s, links, names), ...nameCandidates(s, hits), ...templateCandidates(s), ...unnamedCandidates(s, block.section, links)];
  if (candidates.length === 0) return;
  const cues = cuesOf(s.text);
  for (const c of dedupe(candidates, s)) {
    const at = c.start - s.start;
    const own = nearestCue(s.text, cues, at, c.end - s.start, c.kind === "model");
    const cue = own ?? lead;
    const between = own ? s.text.slice(own.end, at) : "";
    const kind = c.kind === "hub-id" ? kindOf(cue?.cue, block.section, between) : c.kind;
    if (kind === "model" && isSelf(c.ref, self)) continue;
    const negated = own !== undefined && NEGATION.test(s.text.slice(Math.max(0, own.start - 25), at));
    const relation = negated ? "unknown" : relationOf(kind, cue, block.section, between);
    // A written-out `org/name` counts only where it is data or a base: elsewhere it may be anything.
    if (c.kind === "hub-id" && !TRAINING.has(relation) && !LINEAGE.has(relation)) continue;
    const { weak: _weak, ...mention } = c;
    out.push({ ...mention, kind, relation, negated, sentence: { start: s.start, end: s.end, text: s.text }, section: block.section });
  }
}

function isSelf(ref: string, self: ReadonlySet<string>): boolean {
  const last = ref.toLowerCase().split("/").pop() ?? "";
  return self.has(ref.toLowerCase()) || self.has(last);
}

/** Hub dataset and model URLs and known dataset home pages among the sentence's links. */
function linkCandidates(s: Sentence, links: readonly Link[], names: MentionNames): Candidate[] {
  const out: Candidate[] = [];
  for (const l of links) {
    if (l.asset || l.start < s.start || l.start >= s.end) continue;
    const hub = /^https?:\/\/(?:www\.)?huggingface\.co\/(datasets\/)?([\w.-]+(?:\/[\w.-]+)?)\/?(?:[?#].*)?$/i.exec(l.url);
    if (hub) {
      const [, dataset, id] = hub;
      const ref = id!.replace(/\.$/, "");
      // "[lenu](https://huggingface.co/datasets/Sociovestix)": a link to the organisation, its text the dataset's name there.
      const named = !ref.includes("/") && /^[\w.-]+$/.test(l.text) ? { name: `${ref}/${l.text}` } : {};
      if (dataset) out.push({ kind: "dataset", ref, ...named, start: l.start, end: l.end });
      else if (!HUB_NOT_MODEL.test(id!.split("/")[0]!) && isModelLink(ref, l.text)) out.push({ kind: "model", ref, start: l.start, end: l.end });
      continue;
    }
    const key = l.url.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/[?#].*$/, "").replace(/\/+$/, "");
    const known = names.datasetUrls?.filter((u) => u.url === key) ?? [];
    // A page shared by several datasets (LAION-5B's also describes LAION-2B-en) names none of them.
    if (known.length === 1) out.push({ kind: "dataset", ref: l.url, id: known[0]!.id, start: l.start, end: l.end });
  }
  return out;
}

/**
 * A link to a Hub model page names that model, except a link to a user's page ("[Per's t5x
 * work](https://huggingface.co/pere)": one segment, and the text is not the id, as the Trainer's
 * "[bert-base-cased](https://huggingface.co/bert-base-cased)" writes it) or to a model's card as a
 * document ("based on the [DALL-E Mini model card](...)").
 */
function isModelLink(ref: string, text: string): boolean {
  if (/\bcard\b/i.test(text)) return false;
  return ref.includes("/") || text.trim().toLowerCase() === ref.toLowerCase();
}

function nameCandidates(s: Sentence, hits: readonly NameHit[]): Candidate[] {
  const out: Candidate[] = [];
  for (const h of hits) out.push(h.kind === "model" ? { kind: "model", ref: h.id, id: h.id, start: h.start, end: h.end } : { kind: "dataset", ref: h.text, id: h.id, start: h.start, end: h.end });
  // Hub ids written out ("fine-tuned from openai/whisper-small", "trained on allenai/c4").
  if (s.text.includes("/")) for (const m of s.text.matchAll(/(?<![\w./-])([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*[A-Za-z0-9])(?![\w/-])/g)) {
    // "photos from r/dogs and r/cats": subreddits, data described by where it was posted.
    if (/^r\/\w+$/.test(m[1]!)) out.push({ kind: "share", ref: m[1]!, start: s.start + m.index!, end: s.start + m.index! + m[0].length });
    if (NOT_HUB_ID.test(m[1]!)) continue;
    const [org, name] = m[1]!.split("/") as [string, string];
    // ESPnet's "trained using su_openslr36/asr1 recipe": the recipe's folder is the dataset's name.
    const recipe = /^(asr|tts|enh|st|diar|slu|s2t|s2st|mt|lm|enh_asr|asr_lm)\d*$/.test(name) ? { name: org } : {};
    out.push({ kind: MODEL_ID.test(name) ? "model" : "hub-id", ref: m[1]!, ...recipe, start: s.start + m.index!, end: s.start + m.index! + m[0].length });
  }
  return out;
}

/** "This model is a fine-tuned version of [base](...) on the squad dataset": the Trainer's own words for its data. */
function templateCandidates(s: Sentence): Candidate[] {
  // "... on the following datasets: Common Voice 11, VoxPopuli and FLEURS": the list names them.
  const list = /fine-tuned version of \[[^\]\n]{0,200}\]\s{0,300} on the following datasets?:\s*([^\n]{2,200})/.exec(s.text);
  if (list) {
    const out: Candidate[] = [];
    readPhrase(s, list[1]!.replace(/\.\s*$/, ""), list.index + list[0].length - list[1]!.length, undefined, 0, out);
    return out.filter((c) => c.kind === "dataset");
  }
  const m = /fine-tuned version of \[[^\]\n]{0,200}\]\s{0,300} on the ([\w./-]+)(?: - [\w-]+)? dataset\b/.exec(s.text);
  if (!m || /^(none|unknown|generator|custom|default|my|own|[a-z]+_?dataset)$/i.test(m[1]!)) return [];
  const start = s.start + m.index! + m[0].lastIndexOf(m[1]!);
  return [{ kind: "dataset", ref: m[1]!, start, end: start + m[1]!.length }];
}

/**
 * Data the card names without a catalogue knowing it ("[ANERcorp](...)", "Data: opusTCv20210807",
 * "the RACE dataset", "from jrc-acquis, europarl and dcep"), and data it only describes, kept as an
 * unnamed share ("Books 7%", "our own crawl", "a dataset of Indonesian journals") with any terms
 * the card states. What names no source at all ("those datasets", "the combination of six
 * datasets:", "recordings sampled at 16kHz") is dropped.
 */
function unnamedCandidates(s: Sentence, section: Section, links: readonly Link[]): Candidate[] {
  const inTraining = section.class === "training" || section.class === "fine-tuning";
  // Cheap test first: outside a training section these phrases always say data, corpus, crawl or a training verb.
  if (!inTraining && !/\b(data|corp|crawl|collection|train|fine-?tun)/i.test(s.text)) return [];
  const terms = TERMS.exec(s.text)?.[0];
  const out: Candidate[] = [];
  if (inTraining) {
    const row = SHARE_ROW.exec(s.text);
    if (row && isShareLabel(row[1]!)) out.push(shareOf(s, `${row[1]!.trim()} ${row[2]}%`, row.index, row[0].length, terms));
    // "- **Data**: opusTCv20210807 (source)": a field that names the data.
    const field = DATA_FIELD.exec(s.text);
    if (field && !PLACEHOLDER.test(field[1]!)) readPhrase(s, field[1]!, field.index + field[0].indexOf(field[1]!), terms, 0, out);
    // A link in a section about data names the data ("[ANERcorp](https://...)"); a link to a file
    // host is the publisher's own files. A bare URL elsewhere is a reference ("see https://...").
    if (section.aboutData) for (const l of links) if (l.start >= s.start && l.start < s.end) linkSource(s, l, terms, out);
  }
  const own = OWN_DATA.exec(s.text);
  if (own) out.push(shareOf(s, own[0], own.index, own[0].length, terms ?? own[0]));
  for (const m of s.text.matchAll(CAPITALISED)) {
    const name = m[1]!.trim();
    if (!/^(the|this|our|a|an|each|every|training|pre-?training|evaluation|test|our own)$/i.test(name)) readPhrase(s, m[0], m.index!, terms, 0, out);
  }
  // "trained on a dataset of Indonesian journals", "consists of clinical notes from medical records".
  const described = DESCRIBED.exec(s.text);
  if (described && (inTraining || /train|fine-?tun/i.test(described[1]!))) {
    // Data that built the vocabulary ("a unigram model trained with 88M lines of text ... to get the vocabulary") is the tokenizer's.
    if (!/\b(tokeni[sz]er|vocabulary|sentencepiece)\b/i.test(s.text)) readPhrase(s, described[2]!, described.index + described[0].length - described[2]!.length, terms, 1, out);
  }
  return out;
}

/**
 * A phrase that stands where data is named: cut at the end of its clause, then read as a list of
 * names ("jrc-acquis, europarl and dcep", "TeaBReaC"), else as a description, else as nothing.
 */
function readPhrase(s: Sentence, raw: string, at: number, terms: string | undefined, weak: number, out: Candidate[]): void {
  const cut = CLAUSE_END.exec(raw);
  let text = (cut ? raw.slice(0, cut.index) : raw).replace(/[\s,;:]+$/, "");
  // "Coptic Scriptorium Corpora for POS-tagging": a name before what it is for; "a dataset for wildfire classification" stays whole.
  const purpose = FOR_PURPOSE.exec(text);
  if (purpose && isName(text.slice(0, purpose.index))) text = text.slice(0, purpose.index);
  const names = namesIn(text);
  if (names) {
    for (const n of names) out.push(namedOf(s, n.text, at + n.at));
    return;
  }
  if (isName(text)) out.push(namedOf(s, text, at));
  else if (describes(text)) out.push(shareOf(s, text, at, text.length, terms, weak));
}

/** The items of a list of two or more names, after its lead-in ("three corpora from", "six datasets:"). */
function namesIn(text: string): { text: string; at: number }[] | undefined {
  const lead = [...text.matchAll(LIST_LEAD)].at(-1);
  const from = lead ? lead.index! + lead[0].length : 0;
  // Single lower-case words are names only after a lead-in that says they are data: "corpora from dcep and europarl".
  const before = text.slice(0, from);
  // "downstream tasks such as Question Answering, Text Classification": tasks, not data.
  if (/\b(tasks?|languages?|domains?|signals)\b/i.test(before) && lead) return undefined;
  const dataLead = lead !== undefined && /\b(datasets|corpus|corpora|corpuses|sources|collections|benchmarks)\b/i.test(before);
  for (const start of lead ? [from, 0] : [0]) {
    const items: { text: string; at: number }[] = [];
    let at = start;
    for (const sep of [...text.slice(start).matchAll(LIST_SEPARATOR), undefined]) {
      const end = sep ? start + sep.index! : text.length;
      const item = text.slice(at, end);
      const lead = item.length - item.trimStart().length;
      items.push({ text: item.trim(), at: at + lead });
      if (sep) at = end + sep[0].length;
    }
    const lowerName = (t: string) => dataLead && start === from && /^[a-z][a-z0-9-]{2,}$/.test(t) && !GENERIC.test(t) && !DATA_WORD.test(t) && !FUNCTION_WORD.test(t);
    // One item is a list only after a lead-in that says data ("three corpora from jrc-acquis").
    if ((items.length >= 2 || (dataLead && start === from)) && items.every((i) => isName(i.text) || lowerName(i.text))) return items;
  }
  return undefined;
}

/**
 * Words that read as a name: a few words, each capitalised or with a digit, `-` or `_` ("RACE",
 * "TeaBReaC", "jrc-acquis", "Yle Finnish News Archive 2011-2018"), not a description ("a large
 * corpus of parallel text", "Spanish corpus") nor a word for data ("those datasets").
 */
function isName(raw: string): boolean {
  const text = bareName(raw);
  // A model's name ("bart-large-chinese") is lineage or a component, never data.
  if (text === "" || text.length > 80 || NOT_A_SOURCE.test(text) || MODEL_ID.test(text) || /^[\d.,\s%]+$|-$/.test(text)) return false;
  const words = text.split(/\s+/);
  // "AS" (Assamese) and "IN" are names in capitals, words otherwise.
  if (words.length > 6 || (FUNCTION_WORD.test(words[0]!) && words[0] !== words[0]!.toUpperCase())) return false;
  if (words.every((w) => LANGUAGE.test(w) || GENERIC.test(w) || DATA_WORD.test(w))) return false;
  // A lower-case word with a hyphen is a name alone ("jrc-acquis"), not inside a phrase ("self-supervised fashion").
  return words.every((w, i) => /^[("]?[A-Z0-9]|[_\d]|[a-z][A-Z]/.test(w) || (words.length === 1 && w.includes("-")) || (i > 0 && CONNECTOR.test(w)));
}

/** The name to look a named source up by: the card's words without an article or a trailing word for data. */
function bareName(text: string): string {
  return tidy(text)
    .replace(/^(the|a|an)\s+/i, "")
    .replace(/\s+(dataset|datasets|data ?set|data|corpus|corpora|benchmark)$/i, "")
    .replace(/^["']|["']$/g, "")
    .trim();
}

/** A description says what the data is: a word for data and something more than generic words ("various public data sets" says nothing). */
function describes(text: string): boolean {
  if (!DATA_NOUN.test(text) || NOT_A_SOURCE.test(text) || /\bsampled at\b|\b\d+(\.\d+)? ?k?hz\b/i.test(text) || BACK_REFERENCE.test(tidy(text))) return false;
  const words = tidy(text).toLowerCase().split(/[\s,;:]+/).filter((w) => w !== "" && !FUNCTION_WORD.test(w) && !/^\d+$/.test(w));
  return words.some((w) => !GENERIC.test(w) && !/^(data|datasets?|corpus|corpora|set|sets)$/.test(w));
}

function namedOf(s: Sentence, text: string, at: number): Candidate {
  const lead = text.length - text.replace(/^(the|a|an)\s+/i, "").length;
  const ref = tidy(text.slice(lead));
  const name = bareName(ref);
  return { kind: "dataset", ref, ...(name !== ref ? { name } : {}), start: s.start + at + lead, end: s.start + at + text.length };
}

function shareOf(s: Sentence, text: string, at: number, length: number, terms: string | undefined, weak = 0): Candidate {
  return { kind: "share", ref: tidy(text), start: s.start + at, end: s.start + at + length, terms, weak };
}

function linkSource(s: Sentence, l: Link, terms: string | undefined, out: Candidate[]): void {
  if (l.asset || /arxiv\.org|doi\.org|aclanthology|paperswithcode/i.test(l.url)) return;
  const host = FILE_HOST.exec(l.url)?.[1]?.toLowerCase();
  const at = l.start - s.start;
  if (host) out.push({ ...shareOf(s, l.url, at, l.end - l.start, terms), ref: l.url, host });
  // "created by [EleutherAI](...)": an author, not data.
  else if (l.text !== "" && !/\bby\s*$/i.test(s.text.slice(Math.max(0, at - 12), at))) {
    const name = linkName(l);
    // A link's text is a name when it reads as one, or is a few words starting with a capital ("Stanford NLP group").
    const words = name.split(/\s+/);
    // A quoted title ("A promised land", an audiobook) names its source too.
    if (name === l.url || isName(name) || /^["“']/.test(name) || (/^[A-Z0-9]/.test(name) && words.length <= 5 && !FUNCTION_WORD.test(words[0]!) && !MODEL_ID.test(name))) out.push({ ...namedOf(s, name, at), end: l.end, start: l.start });
    else if (describes(name)) out.push(shareOf(s, name, at, l.end - l.start, terms));
  }
}

/** Card markup out of a phrase: emphasis, brackets, backticks, runs of spaces. */
function tidy(text: string): string {
  return text.replace(/[[\]*`]|(?<!\w)_|_(?!\w)/g, "").replace(/\s+/g, " ").trim();
}

/** A link's text, or its URL when the text says nothing ("here", "Reference"). */
function linkName(l: Link): string {
  const text = l.text.replace(/[*_`]/g, "").trim();
  return text === "" || /^(here|link|this|source|reference|website|page|download|repo(sitory)?|github|(the |this )?(data|dataset|datasets|corpus|data set))$/i.test(text) ? l.url : text;
}

const PLACEHOLDER = /^\s*\[?(more information needed|unknown|n\/?a|none|tbd|todo|-)\]?\s*$/i;
const DESCRIBED = /\b((?:pre-?|re-?)?train(?:ed|ing)? (?:on|from|with|using)|fine-?tuned (?:on|with|using)|consists? of|contains?|comprises?|collected from|sourced from|built from|scraped from|crawled from)\s+([^.;()\n]{3,90})/i;
const DATA_NOUN = /\b(data|dataset|datasets|corpus|corpora|corpuses|images|photos|pictures|texts|articles|reviews|notes|records|tweets|posts|comments|recordings|speech|audio|documents|pairs|sentences|conversations|dialogues|books|ebooks|papers|assignments|abstracts|pages|samples|examples|news|transcripts|questions|web)\b/i;
/** One word that is a word for data. */
const DATA_WORD = new RegExp(`^${DATA_NOUN.source}$`, "i");
/** "| Books | 7% |", "- Web crawl: 60%": a share of the data mix. */
const SHARE_ROW = /^[\s|*-]*([A-Z][\w ()&/,.-]{1,60}?)[\s|:*-]+(\d{1,3}(?:\.\d+)?) ?%/;
const DATA_FIELD = /^[\s|*-]*(?:training |pre-?training |fine-?tuning )?(?:data|dataset|datasets|corpus|corpora)\W{0,4}:\W{0,4}([^\s(][^(\n]{1,80})/i;
const OWN_DATA = /\b(our own|an? (internal|in-house|proprietary|private|licensed)|in-house|proprietary|internal|privately collected|self-collected|custom)( [\w-]+){0,3}? (data|dataset|datasets|corpus|crawl|collection)\b/i;
const CAPITALISED = /\b((?:[A-Z][\w.]{0,40}[A-Za-z0-9](?: |-))(?:[A-Z0-9][\w.]{0,40}[A-Za-z0-9](?: |-)){0,3})(dataset|corpus|data ?set|corpora)\b/g;
/** Where the clause that names the data ends: "..., the performance of this model might degrade", "... and then finetuned on". */
const CLAUSE_END = /,\s+(?:this|the|it|which|with|so|but|leveraging|is|was|are|were)\b|\s+(?:and (?:then|later|finally|further|also)\b|and (?:fine-?tun|train|evaluat|test)|so (?:this|that|it)\b|which\b|that (?:may|might|can|could|is|are|was|were|have|has|contain)\b|to (?:get|obtain|learn|build|improve|train|make|create|generate)\b|for (?:a total of|\d[\d,]* (?:epochs|steps|iterations))\b|by using\b|using (?:the|a|an)\b)|\s*:\s*$|\s+(?:on|in|with|from|of|by|at)\s*$/i;
const FOR_PURPOSE = /\s+for\s+(?:[a-z]|POS\b|NER\b)/;
/** The words that lead into a list of names: "three parallel corpora from", "the combination of six datasets:". */
const LIST_LEAD = /\s(?:from|of|including|namely|such as|like)\s|:\s*/gi;
const LIST_SEPARATOR = /\s*(?:,\s+(?:and\s+|or\s+|&\s+)?|;\s*|\s+(?:and|or|&)\s+)/g;
const FUNCTION_WORD = /^(in|on|at|by|for|of|with|to|from|into|as|the|a|an|this|that|these|those|such|its|their|our|all|some|any|each|every|both|other|only|about|around|over|under|more|most|several|various|many|few|multiple|when|where|while|since|after|before|it|we|they|is|was|are|were|be|been|has|have|had|can|may|will|use|used|using)$/i;
const CONNECTOR = /^(of|for|the|de|del|la|le|des|di|and|&|on|in|v\d[\w.]*|\(.*\)?)$/i;
/** Words that say data in general, not which: "various public data sets", "target datasets", "unsupervised task". */
const GENERIC = /^(large|larger|largest|small|big|huge|massive|public|publicly|available|open|various|several|multiple|different|diverse|many|additional|other|same|following|new|original|raw|clean|cleaned|full|whole|entire|combination|mixture|mix|collection|composite|large-scale|medium-size|target|source|downstream|supervised|unsupervised|self-supervised|labeled|labelled|unlabeled|unlabelled|training|pre-?training|fine-?tuning|evaluation|test|validation|train|task|tasks|set|sets|datasets?|data|corpus|corpora|text|texts|examples|samples|one|two|three|four|five|six|seven|eight|nine|ten|total)$/i;
/** Words that point back at data named elsewhere ("the same corpus", "the training data") or at a method ("data augmentation"). */
const BACK_REFERENCE = /^(the (exact )?same|the original|these|those|this|more|longer|an order of|a more detailed|data augmentation|the data available)\b|\bthe training (data|set)\b/i;
/** Languages alone are no name: "Spanish corpus" describes. */
const LANGUAGE = /^(english|spanish|french|german|italian|portuguese|dutch|finnish|swedish|danish|norwegian|polish|russian|ukrainian|czech|greek|turkish|arabic|persian|hebrew|hindi|bengali|urdu|tamil|indic|chinese|japanese|korean|vietnamese|thai|indonesian|malay|swahili|catalan|basque|galician|romanian|hungarian|multilingual|monolingual|bilingual|parallel)$/i;
/** Frameworks, software and hardware, which a training sentence names next to its data. */
const NOT_A_SOURCE = /^(jax|flax|jax\/flax|pytorch|tensorflow|tf|keras|onnx|transformers|diffusers|accelerate|deepspeed|peft|trl|fairseq|espnet|nemo|speechbrain|spacy|sklearn|scikit-learn|t5x|fasttext|word2vec|gensim|dreambooth|textual inversion|lora|mergekit|autotrain|sample[- ]factory( [\d.]+)?|stable[- ]baselines\d?|rl[- ]zoo|ml-agents|unity ml-agents|tpu[\w-]*|gpus?|a100s?|v100s?|h100s?)$|^(multiple |\d+ )?(tpu|gpu)/i;
/** File hosts: a link to one is the publisher's own files, whose terms the card has to state. */
const FILE_HOST = /^https?:\/\/(?:[\w-]+\.)*?((?:dropbox|mega|wetransfer|box|mediafire)\.(?:com|nz)|drive\.google\.com|docs\.google\.com|onedrive\.live\.com|1drv\.ms|pan\.baidu\.com)(?:[/?#]|$)/i;

const TERMS = /\b(licensed data|public domain|CC[- ]BY(?:[- ](?:SA|NC|ND))*(?: \d\.\d)?|CC0|permissively licensed|openly licensed|copyrighted|proprietary|not (?:been )?(?:made )?publicly available|cannot be (?:released|shared)|private)\b/i;

/** A share's label is a few words naming a kind of data ("Books", "Web crawl"), not a sentence ("In 10% of the cases"). */
function isShareLabel(label: string): boolean {
  const words = label.trim().split(/\s+/);
  return words.length <= 4 && !FUNCTION_WORD.test(words[0]!);
}

/** One candidate per place: a URL or known name over a bare Hub id or an unnamed phrase. */
function dedupe(candidates: Candidate[], s: Sentence): Candidate[] {
  const rank = (c: Candidate) => (c.kind === "share" ? 3 + (c.weak ?? 0) : c.kind === "hub-id" ? 2 : c.id ? 0 : 1);
  const byStrength = [...candidates].sort((a, b) => rank(a) - rank(b) || a.start - b.start || b.end - a.end);
  // Characters already taken, so that each candidate costs its own length, not a scan of the others.
  const taken = new Uint8Array(s.end - s.start + 1);
  const out: Candidate[] = [];
  for (const c of byStrength) {
    const a = c.start - s.start;
    const b = c.end - s.start;
    if (taken.subarray(a, b).includes(1)) continue;
    taken.fill(1, a, b);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}

interface FoundCue {
  cue: Cue;
  start: number;
  end: number;
}

function cuesOf(text: string): FoundCue[] {
  const out: FoundCue[] = [];
  for (const [cue, re] of CUES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.push({ cue, start: m.index!, end: m.index! + m[0].length });
  }
  // By end, and at one end the longest last: the nearest cue before a mention is the last that fits.
  return out.sort((a, b) => a.end - b.end || a.end - a.start - (b.end - b.start));
}

/**
 * The cue nearest before the mention; failing that, one right after it ("X was used for
 * evaluation", "X tokenizer"). A tokenizer cue next to the mention wins: "the Bloom tokenizer".
 * For a model, "pretrained" only qualifies it ("fine-tuned from the pretrained X").
 */
function nearestCue(text: string, cues: readonly FoundCue[], start: number, end: number, model: boolean): FoundCue | undefined {
  // Cues are sorted by end: the last one ending at or before the mention is found by bisection.
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const usable = (c: FoundCue) => !(model && c.cue === "pretrain");
  for (let k = lo; k < cues.length && cues[k]!.start < end + 4; k++) if (cues[k]!.cue === "tokenizer" && cues[k]!.start >= end) return cues[k];
  const previous = cues[lo - 1];
  if (previous?.cue === "tokenizer" && start - previous.end <= 12) return previous;
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (usable(cues[k]!)) return cues[k];
  // After the mention, only where the mention is what the cue is about: "X was used for evaluation", "the X training set".
  for (let k = lo; k < cues.length && cues[k]!.start <= end + 60; k++) {
    const c = cues[k]!;
    if (c.start >= end && usable(c) && AFTER.test(text.slice(end, c.start))) return c;
  }
  return undefined;
}

const AFTER = /^[\s,]{0,3}$|^[\s,]*(?:(?:is|was|were|are|has been|have been)\s+)?(?:used|employed|utili[sz]ed|serves?|served)\s+(?:for|as|in|during)\s+(?:the\s+)?$/i;

/**
 * What a cue means for a dataset and for a model; without a cue, what the section is about.
 * `between` is the text from the cue to the mention: "fine-tuned version of [base] on the X dataset".
 */
function relationOf(kind: Mention["kind"], cue: FoundCue | undefined, section: Section, between: string): Relation {
  if (!cue) return fromSection(kind, section);
  if (kind === "model") return MODEL_RELATION[cue.cue];
  if (cue.cue === "lineage") return /\bon\b/i.test(between) ? "fine-tuned-on" : fromSection(kind, section);
  return DATA_RELATION[cue.cue] ?? fromSection(kind, section);
}

/** `between`: the text from the cue to the id; "fine-tuned version of [base] on the org/data" names data there. */
function kindOf(cue: Cue | undefined, section: Section, between: string): "dataset" | "model" {
  if (cue === "lineage" && /\bon\b/i.test(between)) return "dataset";
  if (cue === "lineage" || cue === "merge" || cue === "quantize" || cue === "adapter" || cue === "tokenizer") return "model";
  return section.class === "other-models" ? "model" : "dataset";
}

const MODEL_RELATION: Record<Cue, Relation> = {
  lineage: "fine-tuned-from",
  finetune: "fine-tuned-from",
  quantize: "quantized-from",
  merge: "merged-from",
  adapter: "adapter-of",
  distill: "distilled-from",
  train: "distilled-from",
  pretrain: "unknown",
  evaluate: "compared-with",
  compare: "compared-with",
  inspire: "inspired-by",
  calibrate: "unknown",
  tokenizer: "tokenizer",
};

const DATA_RELATION: Partial<Record<Cue, Relation>> = {
  train: "trained-on",
  pretrain: "pretrained-on",
  finetune: "fine-tuned-on",
  distill: "distilled-from",
  evaluate: "evaluated-on",
  compare: "compared-with",
  inspire: "inspired-by",
  calibrate: "calibration-set",
  quantize: "calibration-set",
  tokenizer: "unknown",
};

function fromSection(kind: Mention["kind"], section: Section): Relation {
  if (kind === "model") return section.class === "other-models" ? "compared-with" : "unknown";
  switch (section.class) {
    case "training":
      return "trained-on";
    case "fine-tuning":
      return "fine-tuned-on";
    case "evaluation":
      return "evaluated-on";
    case "other-models":
      return "compared-with";
    default:
      return "unknown";
  }
}
