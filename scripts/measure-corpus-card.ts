// The measurement's own reading of a card, deliberately independent of src/readers (a reader
// cannot grade itself): what counts as a template card, a training section that names sources, a
// license named in metadata or a License section.
import { load as loadYaml } from "js-yaml";

/** The template of the Hub Trainer's cards: "This model is a fine-tuned version of [org/name](https://huggingface.co/org/name)". */
const TEMPLATE = /This model is a fine-tuned version of \[[^\]\n]+\]\(https?:\/\/huggingface\.co\/[^)\s]+\)/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/gm;
/** Headings of a section about the model's own training data. */
const TRAINING_HEADING = /^(training|pre-?training|fine-?tuning)( and evaluation)? (data|datasets?|corpus|corpora)$|^(training|pre-?training) (procedure|details)$|^data(sets?)?$|^training$/i;
const LICENSE_HEADING = /^licen[cs]e|^terms of use$/i;
/** What the Trainer template and others write when they say nothing. */
const PLACEHOLDER = /^\s*(\[?more information needed\]?|unknown|n\/?a|tbd|todo|-)?\s*$/i;
/** Names of licenses as cards write them (enough to tell a License section that names one from one that does not). */
const LICENSE_NAME = /\b(apache|mit|bsd|[al]?gpl|cc[- ]?by|cc0|creative ?commons|openrail|llama ?\d?(\.\d)? community|mpl|unlicense|wtfpl|artistic|eupl|bigscience|gemma|isc|zlib|cdla|odbl|odc-by|public domain)\b/i;

export function usesFineTunedTemplate(text: string): boolean {
  return TEMPLATE.test(text);
}

/** The front matter as the Hub finds it (leading blank lines allowed), parsed by js-yaml; {} when absent or broken. */
export function frontMatterOf(text: string): Record<string, unknown> {
  const m = /^\s*---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!m) return {};
  try {
    const v = loadYaml(m[1]!);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Each section's heading and text, outside fenced code. */
function sections(text: string): { title: string; text: string }[] {
  const clean = text.replace(/^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[ \t]*$/gm, "");
  const heads = [...clean.matchAll(HEADING)];
  return heads.map((h, i) => ({
    title: h[2]!.replace(/[*_`:]/g, "").trim(),
    text: clean.slice(h.index! + h[0].length, heads[i + 1]?.index ?? clean.length),
  }));
}

/**
 * A training-data section that names sources: outside code and the template's placeholders, a
 * link that is not an image, a Hub-style `org/name`, the word dataset or corpus, or a sentence
 * saying what the model was trained on. A section of hyperparameters names none.
 */
export function trainingSectionNamesSources(text: string): boolean {
  return sections(text).some((s) => TRAINING_HEADING.test(s.title) && namesSources(s.text));
}

const TEMPLATE_PROSE = /describe the data you used to train the model|if you initialized it with pre-trained weights|more information needed|preprocessing, hardware used, hyperparameters/gi;

function namesSources(section: string): boolean {
  const prose = section.replace(/`[^`\n]*`/g, " ").replace(/!\[[^\]]*\]\([^)]*\)/g, " ").replace(TEMPLATE_PROSE, " ");
  if (PLACEHOLDER.test(prose)) return false;
  return /\]\((?![^)]*\.(png|jpe?g|gif|svg))[^)]+\)|https?:\/\/|\b[A-Za-z][\w-]+\/[\w.-]*[A-Za-z0-9]\b|\b(dataset|datasets|corpus|corpora|data ?set)\b|\b(trained|fine-?tuned|pre-?trained) on\b/i.test(prose);
}

export function licenseSectionNamesLicense(text: string): boolean {
  return sections(text).some((s) => LICENSE_HEADING.test(s.title) && LICENSE_NAME.test(s.text));
}
