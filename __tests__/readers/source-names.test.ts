// What a card's prose names as data, and what it only describes: names split out of lists and out
// of descriptive phrases, a trailing "dataset" word dropped for lookup, descriptions kept as shares,
// and words that name no source at all (frameworks, models, percentages, lead-ins) dropped. Every
// sentence is written for this test in the shape of a family of public cards, named at each case.
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/readers/document.js";
import { findMentions, TRAINING, type Mention, type MentionNames } from "../../src/readers/mentions.js";
import { readModelCard } from "../../src/readers/model-card.js";

const NAMES: MentionNames = {
  datasets: [
    { name: "C4", id: "c4" },
    { name: "The Pile", id: "the-pile" },
    { name: "Europarl", id: "europarl" },
  ],
  models: [{ name: "GPT-2", id: "gpt2" }],
};

function sources(card: string): Mention[] {
  return findMentions(readDocument(card), NAMES).filter((m) => m.kind !== "model" && TRAINING.has(m.relation));
}

const refs = (card: string) => sources(card).map((m) => m.ref);

describe("a list of names is split into its names", () => {
  // SEBIS's legal_t5 cards: "trained on three parallel corpus from <a>, <b> and <c>".
  const sentence = (verb: string) => `This model is ${verb} three parallel corpora from jrc-acquis, Europarl and dcep.`;
  it.each([
    ["## Model description", "trained on", "trained-on"],
    ["## Model description", "pre-trained on", "pretrained-on"],
    ["## Model description", "fine-tuned on", "fine-tuned-on"],
    ["## Training data", "trained on", "trained-on"],
    ["## Evaluation", "trained on", "trained-on"],
  ])("under %s, '%s' → %s, one mention per name", (heading, verb, relation) => {
    const found = sources(`# legal-mt\n\n${heading}\n\n${sentence(verb)}\n`);
    expect(found.map((m) => [m.kind, m.ref, m.id, m.relation])).toEqual([
      ["dataset", "jrc-acquis", undefined, relation],
      ["dataset", "Europarl", "europarl", relation],
      ["dataset", "dcep", undefined, relation],
    ]);
  });

  it("names in a list of capitalised names, with 'and' and commas (QA fine-tunes listing their sets)", () => {
    expect(refs("## Model description\n\nThe model was fine-tuned on SQuAD2, NewsQA and TriviaQA-web.\n")).toEqual(["SQuAD2", "NewsQA", "TriviaQA-web"]);
  });

  it("the known names in a descriptive phrase, the phrase yielding to them (Finnish GPT-2 cards)", () => {
    const found = sources("## Training data\n\nIt was pretrained on a large mix of Finnish text from C4 and The Pile.\n");
    expect(found.map((m) => [m.ref, m.id])).toEqual([
      ["C4", "c4"],
      ["The Pile", "the-pile"],
    ]);
  });

  it("a list lead-in of tasks lists no data (RoBERTa-ca's intended uses)", () => {
    expect(refs("## Intended uses\n\nIt is meant to be fine-tuned on downstream tasks such as Question Answering, Text Classification or Named Entity Recognition.\n")).toEqual([]);
  });

  it("a name before what it is for is the name; a description with a purpose stays whole (UD taggers, pyronear)", () => {
    expect(refs("## Model description\n\nA DeBERTa model pre-trained on Coptic Scriptorium Corpora for POS-tagging and dependency-parsing.\n")).toEqual(["Coptic Scriptorium Corpora"]);
    const share = sources("## Model description\n\nThe backbone was pretrained on a dataset for wildfire binary classification.\n");
    expect(share.map((m) => [m.kind, m.ref])).toEqual([["share", "a dataset for wildfire binary classification"]]);
  });

  it("a name before 'and then' is cut from the clause that follows (TeaBReaC's model table)", () => {
    expect(refs("## Models\n\n- **C:** Base models pretrained on TeaBReaC and then finetuned on target datasets:\n")).toEqual(["TeaBReaC"]);
  });
});

describe("a name keeps the card's words; the trailing word for data is dropped for lookup", () => {
  it.each([
    // The Trainer's template with a dataset name of several words (GLUE task fine-tunes).
    ["This model is a fine-tuned version of [albert-base-v2](https://huggingface.co/albert-base-v2) on the GLUE STSB dataset.", "GLUE STSB dataset", "GLUE STSB"],
    // Emphasis around the name (racism-detection fine-tunes).
    ["This model has been trained on the *Datathon Against Racism* dataset (2022).", "Datathon Against Racism dataset", "Datathon Against Racism"],
    ["We fine-tuned it on the RACE dataset.", "RACE dataset", "RACE"],
    // Common Voice language fine-tunes: a language code in capitals is a name, not the word "as"
    ["The model was fine-tuned on the AS dataset.", "AS dataset", "AS"],
    // ESPnet's generated cards: the recipe folder names the dataset
    ["This model was trained by jdoe using slurp/asr1 recipe in espnet.", "slurp/asr1", "slurp"],
    // a dataset link to the publisher's organisation page, its text the dataset's name there
    ["The model has been trained on the dataset [lenu](https://huggingface.co/datasets/SomeOrg).", "SomeOrg", "SomeOrg/lenu"],
  ])("%s → ref '%s', looked up as '%s'", (sentence, ref, name) => {
    const found = sources(`# m\n\n${sentence}\n`);
    expect(found.map((m) => [m.kind, m.ref, m.name])).toEqual([["dataset", ref, name]]);
  });
});

describe("a description is an unnamed share, with the terms the card states", () => {
  it.each([
    // legal_t5's model description
    ["It was trained on a large corpus of parallel text.", "a large corpus of parallel text", undefined],
    // NeMo's limitations paragraph: the clause after the comma is not part of the data
    ["Since this model was trained on publicly available speech datasets, the performance of this model might degrade for jargon.", "publicly available speech datasets", undefined],
    ["The model was trained on public domain books from Project Gutenberg.", "public domain books from Project Gutenberg", "public domain"],
  ])("%s → share '%s'", (sentence, ref, terms) => {
    const found = sources(`## Model description\n\n${sentence}\n`);
    expect(found.map((m) => [m.kind, m.ref, m.terms])).toEqual([["share", ref, terms]]);
  });

  it("a link to a file host is the publisher's own files, kept whole, with no terms (CodeTrans cards)", () => {
    const url = "https://www.dropbox.com/sh/abc123/AAB_x_y/finetuning_dataset?dl=0&nav_tracking=1";
    const found = sources(`## Training data\n\nThe supervised training datasets can be downloaded on [Link](${url})\n`);
    expect(found.map((m) => [m.kind, m.ref, m.host, m.terms])).toEqual([["share", url, "dropbox.com", undefined]]);
  });
});

describe("sources named loosely are kept", () => {
  it.each([
    // image classifiers built from Reddit photos
    ["## Training and evaluation data", "Downloaded around 3000 cat and dog photos from r/dogs and r/cats.", [["share", "r/dogs"], ["share", "r/cats"]]],
    // the Trainer's data section with a Kaggle link whose text says only "dataset"
    ["## Training and evaluation data", "Download all the raw [dataset](https://www.kaggle.com/datasets/someone/reviews) from Kaggle.", [["dataset", "https://www.kaggle.com/datasets/someone/reviews"]]],
    // voice-cloning cards trained on one audiobook, linked by its quoted title
    ["## Training data", 'In this case ["A promised land"](https://www.example.com/book) was used.', [["dataset", '"A promised land"']]],
  ])("under %s: %s", (heading, sentence, expected) => {
    expect(sources(`# m\n\n${heading}\n\n${sentence}\n`).map((m) => [m.kind, m.ref])).toEqual(expected);
  });
});

describe("what names no source is dropped", () => {
  it.each([
    // Finnish T5 cards: the framework, not data
    ["## Training procedure", "Training code was written with the Jax/Flax based t5x framework and trained on TPUs."],
    // Stable Diffusion v1 cards: a model's name and patch size in a training section
    ["## Training", "- Text prompts are encoded through a ViT-L/14 text-encoder."],
    // BERT's masking procedure: a percentage is no share
    ["## Training procedure", "- In 10% of the cases, the masked tokens are replaced by a random token."],
    // a lead-in to a list names nothing by itself
    ["## Training data", "This Finnish T5 model was pretrained on the combination of six datasets:"],
    // a back-reference
    ["## Evaluation results", "When fine-tuned on those datasets, this model achieves the following accuracy."],
    // SpeechBrain cards: the sample rate of the audio
    ["## Training", "The system is trained with recordings sampled at 16kHz (single channel)."],
    // fastText vectors: the tool, not the corpus
    ["## Model description", "These vectors were trained with fastText on (yet unreleased) text."],
    // word pairs with a slash are no Hub ids (CodeTrans)
    ["## Training data", "Each example pairs a function/method with its documentation string."],
    // an author's link in a data section (CodeGen cards)
    ["## Training data", "The Pile is a curated dataset created by [EleutherAI](https://www.eleuther.ai/)."],
    // the vocabulary's data (legal_t5 preprocessing)
    ["## Preprocessing", "A unigram model trained with 88M lines of text from the parallel corpus gives the vocabulary."],
  ])("under %s: %s", (heading, sentence) => {
    expect(refs(`# m\n\n${heading}\n\n${sentence}\n`).filter((r) => r !== "The Pile")).toEqual([]);
  });

  it("a model's Hub id after a training verb is a base, never data (fine-tunes of fine-tunes)", () => {
    const found = findMentions(readDocument("## Model description\n\nThis model was fine-tuned on deepset/roberta-base-squad2 with our own QA pairs.\n"), NAMES);
    expect(found.find((m) => m.ref === "deepset/roberta-base-squad2")).toMatchObject({ kind: "model", relation: "fine-tuned-from" });
  });
});

describe("the card's facts", () => {
  const names = { datasets: [], licenses: [], models: [] };

  it("space-separated ids in one `datasets:` value are several datasets (SEBIS cards); a name of words stays one", () => {
    const card = "---\ndatasets:\n- dcep europarl jrc-acquis\n- legal entity recognition\n- Common Voice\n---\n# m\n";
    expect(readModelCard("m/README.md", card, names).datasets.map((d) => d.value)).toEqual(["dcep", "europarl", "jrc-acquis", "legal entity recognition", "Common Voice"]);
  });

  it("a prose source records whether it is a share, its lookup name and its file host", () => {
    const card = "# m\n\n## Training data\n\nTrained on the HieuDam dataset and on [our files](https://drive.google.com/drive/folders/1abc).\n";
    const values = readModelCard("m/README.md", card, names).proseDatasets.map((d) => d.value);
    expect(values).toEqual([
      { ref: "HieuDam dataset", id: undefined, name: "HieuDam", relation: "trained-on" },
      { ref: "https://drive.google.com/drive/folders/1abc", id: undefined, kind: "share", relation: "trained-on", host: "drive.google.com" },
    ]);
  });
});

describe("the fine-tuned-version template's two slots", () => {
  const models = (card: string) => findMentions(readDocument(card), NAMES).filter((m) => m.kind === "model").map((m) => m.ref);

  // The Trainer card of a Common Voice speech model ("... on the MOZILLA-FOUNDATION/COMMON_VOICE_8_0 - KK dataset").
  it("the Hub id after 'on the' is the data, never a second base", () => {
    const card = "# wav2vec2-kk\n\nThis model is a fine-tuned version of [facebook/wav2vec2-xls-r-300m](https://huggingface.co/facebook/wav2vec2-xls-r-300m) on the MOZILLA-FOUNDATION/COMMON_VOICE_8_0 - KK dataset.\n";
    expect(models(card)).toEqual(["facebook/wav2vec2-xls-r-300m"]);
    expect(refs(card)).toContain("MOZILLA-FOUNDATION/COMMON_VOICE_8_0");
  });

  // A T5X model card crediting a person's Hub page, and an SD inpainting card citing the card it copied.
  it("a link to a user's page or to a model card as a document is no base", () => {
    expect(models("# byt5-fi\n\nSome task definitions were adapted from [Per's t5x work](https://huggingface.co/pere).\n")).toEqual([]);
    expect(models("# sd-inpainting\n\nThis model card is based on the [DALL-E Mini model card](https://huggingface.co/dalle-mini/dalle-mini).\n")).toEqual([]);
    // The template's own link, id as its text, still names the base, even without an organisation.
    expect(models("# bert-ner\n\nThis model is a fine-tuned version of [bert-base-cased](https://huggingface.co/bert-base-cased) on the conll2003 dataset.\n")).toEqual(["bert-base-cased"]);
  });
});
