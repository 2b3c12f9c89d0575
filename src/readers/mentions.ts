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

/** Words with a slash that are not Hub ids. */
const NOT_HUB_ID = /^(and\/or|or\/and|he\/she|w\/o|input\/output|[\d.]+\/[\d.]+|\w+\/(s|es|sec|h|hour|day|gpu|step|epoch)s?)$/i;

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
    const kind = c.kind === "hub-id" ? kindOf(cue?.cue, block.section) : c.kind;
    if (kind === "model" && isSelf(c.ref, self)) continue;
    const negated = own !== undefined && NEGATION.test(s.text.slice(Math.max(0, own.start - 25), at));
    const relation = negated ? "unknown" : relationOf(kind, cue, block.section, own ? s.text.slice(own.end, at) : "");
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
      if (dataset) out.push({ kind: "dataset", ref: id!.replace(/\.$/, ""), start: l.start, end: l.end });
      else if (!HUB_NOT_MODEL.test(id!.split("/")[0]!)) out.push({ kind: "model", ref: id!.replace(/\.$/, ""), start: l.start, end: l.end });
      continue;
    }
    const key = l.url.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/[?#].*$/, "").replace(/\/+$/, "");
    const known = names.datasetUrls?.filter((u) => u.url === key) ?? [];
    // A page shared by several datasets (LAION-5B's also describes LAION-2B-en) names none of them.
    if (known.length === 1) out.push({ kind: "dataset", ref: l.url, id: known[0]!.id, start: l.start, end: l.end });
  }
  return out;
}

function nameCandidates(s: Sentence, hits: readonly NameHit[]): Candidate[] {
  const out: Candidate[] = [];
  for (const h of hits) out.push(h.kind === "model" ? { kind: "model", ref: h.id, id: h.id, start: h.start, end: h.end } : { kind: "dataset", ref: h.text, id: h.id, start: h.start, end: h.end });
  // Hub ids written out ("fine-tuned from openai/whisper-small", "trained on allenai/c4").
  if (s.text.includes("/")) for (const m of s.text.matchAll(/(?<![\w./-])([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*[A-Za-z0-9])(?![\w/-])/g)) {
    if (!NOT_HUB_ID.test(m[1]!)) out.push({ kind: "hub-id", ref: m[1]!, start: s.start + m.index!, end: s.start + m.index! + m[0].length });
  }
  return out;
}

/** "This model is a fine-tuned version of [base](...) on the squad dataset": the Trainer's own words for its data. */
function templateCandidates(s: Sentence): Candidate[] {
  const m = /fine-tuned version of \[[^\]\n]{0,200}\]\s{0,300} on the ([\w./-]+) dataset/.exec(s.text);
  if (!m || /^(none|unknown|generator|custom|default|my|own|[a-z]+_?dataset)$/i.test(m[1]!)) return [];
  const start = s.start + m.index! + m[0].lastIndexOf(m[1]!);
  return [{ kind: "dataset", ref: m[1]!, start, end: start + m[1]!.length }];
}

/** Data the card describes without a name a catalogue knows: shares, in-house crawls, named corpora, described data. */
function unnamedCandidates(s: Sentence, section: Section, links: readonly Link[]): Candidate[] {
  const inTraining = section.class === "training" || section.class === "fine-tuning";
  // Cheap test first: outside a training section these phrases always say data, corpus, crawl or a training verb.
  if (!inTraining && !/\b(data|corp|crawl|collection|train|fine-?tun)/i.test(s.text)) return [];
  const terms = TERMS.exec(s.text)?.[0];
  const out: Candidate[] = [];
  const add = (ref: string, at: number, length: number, t = terms, weak = 0) =>
    out.push({ kind: "share", ref: ref.replace(/[[\]*_`]/g, "").replace(/\s+/g, " ").trim(), start: s.start + at, end: s.start + at + length, terms: t, weak });
  if (inTraining) {
    const share = /^[\s|*-]*([A-Z][\w ()&/,.-]{1,60}?)[\s|:*-]+(\d{1,3}(?:\.\d+)?) ?%/.exec(s.text);
    if (share) add(`${share[1]!.trim()} ${share[2]}%`, share.index, share[0].length);
    // "- **Data**: opusTCv20210807 (source)": a field that names the data.
    const field = /^[\s|*-]*(?:training |pre-?training |fine-?tuning )?(?:data|dataset|datasets|corpus|corpora)\W{0,4}:\W{0,4}([^\s(][^(\n]{1,80})/i.exec(s.text);
    if (field && !PLACEHOLDER.test(field[1]!)) add(field[1]!.replace(/[*_]+/g, ""), field.index + field[0].indexOf(field[1]!), field[1]!.length);
    // A link in a section about data names the data ("[ANERcorp](https://...)").
    // A bare URL is a reference ("see https://... for details"), not a name.
    if (section.aboutData) for (const l of links) if (!l.asset && l.text !== "" && l.start >= s.start && l.start < s.end && !/arxiv\.org|doi\.org|aclanthology|paperswithcode/i.test(l.url)) add(linkName(l), l.start - s.start, l.end - l.start);
  }
  const own = /\b(our own|an? (internal|in-house|proprietary|private|licensed)|in-house|proprietary|internal|privately collected|self-collected|custom)( [\w-]+){0,3}? (data|dataset|datasets|corpus|crawl|collection)\b/i.exec(s.text);
  if (own) add(own[0], own.index, own[0].length, terms ?? own[0]);
  for (const m of s.text.matchAll(/\b((?:[A-Z][\w.]{0,40}[A-Za-z0-9](?: |-))(?:[A-Z0-9][\w.]{0,40}[A-Za-z0-9](?: |-)){0,3})(dataset|corpus|data ?set|corpora)\b/g)) {
    const name = m[1]!.trim();
    if (!/^(the|this|our|a|an|each|every|training|pre-?training|evaluation|test|our own)$/i.test(name)) add(`${name} ${m[2]}`, m.index!, m[0].length);
  }
  // "trained on a dataset of Indonesian journals", "consists of clinical notes from medical records".
  const described = DESCRIBED.exec(s.text);
  if (described && DATA_NOUN.test(described[2]!) && (inTraining || /train|fine-?tun/i.test(described[1]!))) add(described[2]!, described.index + described[0].length - described[2]!.length, described[2]!.length, terms, 1);
  return out;
}

/** A link's text, or its URL when the text says nothing ("here", "Reference"). */
function linkName(l: Link): string {
  const text = l.text.replace(/[*_`]/g, "").trim();
  return text === "" || /^(here|link|this|source|reference|website|page|download|repo(sitory)?|github)$/i.test(text) ? l.url : text;
}

const PLACEHOLDER = /^\s*\[?(more information needed|unknown|n\/?a|none|tbd|todo|-)\]?\s*$/i;
const DESCRIBED = /\b((?:pre-?|re-?)?train(?:ed|ing)? (?:on|from|with|using)|fine-?tuned (?:on|with|using)|consists? of|contains?|comprises?|collected from|sourced from|built from|scraped from|crawled from)\s+([^.;()\n]{3,90})/i;
const DATA_NOUN = /\b(data|dataset|datasets|corpus|corpora|images|photos|pictures|texts|articles|reviews|notes|records|tweets|posts|comments|recordings|speech|audio|documents|pairs|sentences|conversations|dialogues|books|ebooks|papers|assignments|abstracts|pages|samples|examples|news|transcripts|questions|web)\b/i;

const TERMS = /\b(licensed data|public domain|CC[- ]BY(?:[- ](?:SA|NC|ND))*(?: \d\.\d)?|CC0|permissively licensed|openly licensed|copyrighted|proprietary|not (?:been )?(?:made )?publicly available|cannot be (?:released|shared)|private)\b/i;

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

function kindOf(cue: Cue | undefined, section: Section): "dataset" | "model" {
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
