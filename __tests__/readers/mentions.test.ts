import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/readers/document.js";
import type { HeadingClass } from "../../src/readers/headings.js";
import { findMentions, LINEAGE, TRAINING, type Mention, type MentionNames } from "../../src/readers/mentions.js";
import { NameMatcher } from "../../src/readers/names.js";

/** A small catalogue of names, as rules/ would give them. */
const NAMES: MentionNames = {
  datasets: [
    { name: "The Pile", id: "the-pile" },
    { name: "LAION-2B-en", id: "laion-2b-en" },
    { name: "C4", id: "c4" },
    { name: "COCO", id: "coco" },
  ],
  models: [
    { name: "BLOOM", id: "bigscience/bloom" },
    { name: "GPT-2", id: "gpt2" },
    { name: "Llama 2", id: "meta-llama/Llama-2-7b-hf" },
  ],
  datasetUrls: [{ url: "pile.eleuther.ai", id: "the-pile" }],
};

function mentions(card: string, self: string[] = []): Mention[] {
  return findMentions(readDocument(card), NAMES, self);
}

function relationOf(card: string, ref: string): string | undefined {
  return mentions(card).find((m) => m.ref.toLowerCase() === ref.toLowerCase() || m.id === ref)?.relation;
}

describe("relation from the section class: the same verbless list item under each heading", () => {
  // A "- The Pile" item as cards list their sources, under the wordings cards use for each class.
  it.each<[string, HeadingClass, string]>([
    ["## Training data", "training", "trained-on"],
    ["## Pretraining corpus", "training", "trained-on"],
    ["## Fine-tuning data", "fine-tuning", "fine-tuned-on"],
    ["## Evaluation results", "evaluation", "evaluated-on"],
    ["## Training results", "evaluation", "evaluated-on"],
    ["## How to use", "usage", "unknown"],
    ["## Limitations and bias", "limitations", "unknown"],
    ["## Related models", "other-models", "compared-with"],
    ["## License", "license", "unknown"],
    ["## Citation", "citation", "unknown"],
    ["## Model description", "other", "unknown"],
  ])("%s (%s) → %s", (heading, cls, relation) => {
    const card = `# my-model\n\n${heading}\n\n- The Pile\n`;
    const found = mentions(card);
    expect(found).toHaveLength(1);
    expect(found[0]!.section.class).toBe(cls);
    expect(found[0]!.relation).toBe(relation);
  });

  it("a sub-heading of a training section stays training: the section does not end at its first sub-heading", () => {
    const card = "## Training data\n\nWe describe our sources.\n\n### Preprocessing\n\n- The Pile\n";
    expect(relationOf(card, "the-pile")).toBe("trained-on");
  });
});

describe("relation from the sentence: the same dataset after each verb, in a paragraph of no class", () => {
  // Sentences in the shape of model descriptions (GPT-Neo, Pythia, SD cards), under "## Model description".
  it.each([
    ["The model was trained on The Pile.", "trained-on"],
    ["It was pre-trained on The Pile for 300B tokens.", "pretrained-on"],
    ["We fine-tuned it on The Pile.", "fine-tuned-on"],
    ["The student was distilled from The Pile outputs of the teacher.", "distilled-from"],
    ["The model was evaluated on The Pile.", "evaluated-on"],
    ["Its perplexity is compared with models trained elsewhere, unlike The Pile.", "compared-with"],
    ["Our data mix is inspired by The Pile.", "inspired-by"],
    ["The int8 weights were calibrated on The Pile.", "calibration-set"],
    ["The model was not trained on The Pile.", "unknown"],
    ["The model was trained and evaluated on The Pile.", "trained-on"],
  ])("%s → %s", (sentence, relation) => {
    expect(relationOf(`## Model description\n\n${sentence}\n`, "the-pile")).toBe(relation);
  });

  it("the verb wins over the section: 'trained on' in an evaluation section is still training", () => {
    expect(relationOf("## Evaluation\n\nThe baseline we report was trained on The Pile.\n", "the-pile")).toBe("trained-on");
    expect(relationOf("## Training data\n\nWe report zero-shot results on COCO.\n", "coco")).toBe("evaluated-on");
  });

  it("a list takes the cue of the sentence that leads into it", () => {
    const card = "## Model description\n\nThe model was evaluated on the following:\n\n- The Pile\n- C4\n";
    expect(mentions(card).map((m) => [m.id, m.relation])).toEqual([
      ["the-pile", "evaluated-on"],
      ["c4", "evaluated-on"],
    ]);
  });

  it("only training relations are training; only lineage relations are lineage", () => {
    expect([...TRAINING].sort()).toEqual(["distilled-from", "fine-tuned-on", "pretrained-on", "trained-on"]);
    expect([...LINEAGE].sort()).toEqual(["adapter-of", "fine-tuned-from", "merged-from", "quantized-from"]);
  });
});

describe("lineage from prose", () => {
  it("the Trainer template names the base by its Hub URL and the data by its Hub id", () => {
    // As in the Trainer's generated cards (e.g. distilbert-base-uncased-finetuned-emotion).
    const card = "# emotion-clf\n\nThis model is a fine-tuned version of [distilbert-base-uncased](https://huggingface.co/distilbert-base-uncased) on the emotion dataset.\n";
    const found = mentions(card, ["emotion-clf"]);
    expect(found.map((m) => [m.kind, m.ref, m.relation])).toEqual([
      ["model", "distilbert-base-uncased", "fine-tuned-from"],
      ["dataset", "emotion", "fine-tuned-on"],
    ]);
  });

  it.each([
    // TheBloke's GGUF cards
    ["This repo contains GGUF format model files for [Meta's Llama 2 7B](https://huggingface.co/meta-llama/Llama-2-7b-hf).", "meta-llama/Llama-2-7b-hf", "quantized-from"],
    // mergekit cards
    ["This model is a merge of [org/a-7b](https://huggingface.co/org/a-7b) and others, made with mergekit.", "org/a-7b", "merged-from"],
    // PEFT cards
    ["A LoRA adapter for [bigscience/bloom-560m](https://huggingface.co/bigscience/bloom-560m).", "bigscience/bloom-560m", "adapter-of"],
    // The Hub's model card template
    ["- **Finetuned from model [optional]:** [openai/whisper-small](https://huggingface.co/openai/whisper-small)", "openai/whisper-small", "fine-tuned-from"],
    ["We fine-tuned GPT-2 on our own crawl of the web.", "gpt2", "fine-tuned-from"],
    ["Based on Llama 2, this chat model adds safety tuning.", "meta-llama/Llama-2-7b-hf", "fine-tuned-from"],
    ["It was initialized from openai/whisper-small and trained further.", "openai/whisper-small", "fine-tuned-from"],
    // diffusers' DreamBooth LoRA template: the subject of "trained with" is no dataset
    ["LoRA adaptation weights for stabilityai/stable-diffusion-xl-base-1.0, trained with DreamBooth on the org/ink images.", "stabilityai/stable-diffusion-xl-base-1.0", "adapter-of"],
    // a details table with a "Base" row
    ["| Base | meta-llama/Llama-3.1-8B |", "meta-llama/Llama-3.1-8B", "fine-tuned-from"],
  ])("%s → %s (%s)", (sentence, ref, relation) => {
    const found = mentions(`## Model description\n\n${sentence}\n`).filter((m) => m.kind === "model");
    expect(found[0]).toMatchObject({ ref, relation });
  });

  it("never a tokenizer, never a comparison, never the model itself", () => {
    const card = [
      "# gpt2",
      "",
      "We use the BLOOM tokenizer for all languages.",
      "",
      "Our model outperforms Llama 2 on every benchmark.",
      "",
      "GPT-2 was trained on WebText.",
    ].join("\n");
    const found = mentions(card, ["gpt2"]).filter((m) => m.kind === "model");
    expect(found.map((m) => [m.ref, m.relation])).toEqual([
      ["bigscience/bloom", "tokenizer"],
      ["meta-llama/Llama-2-7b-hf", "compared-with"],
    ]);
    expect(found.some((m) => LINEAGE.has(m.relation))).toBe(false);
  });
});

describe("what is never training data", () => {
  it("images, asset URLs, badges, inline code and code blocks", () => {
    // In the shape of timm and diffusers cards.
    const card = [
      "## Training data",
      "",
      "![samples](https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/samples.png)",
      "",
      "See [the viewer](https://huggingface.co/datasets/wikitext/viewer/wikitext-103-v1) for examples.",
      "",
      "Load it with `load_dataset(\"EleutherAI/pile\")`.",
      "",
      "```python",
      "ds = load_dataset('laion/laion2B-en')  # trained on LAION-2B-en",
      "```",
    ].join("\n");
    const refs = mentions(card).filter((m) => TRAINING.has(m.relation)).map((m) => m.ref);
    expect(refs.filter((r) => /documentation-images|wikitext|pile|laion/i.test(r))).toEqual([]);
  });

  it("a Hub dataset link and a known home page are data; their sub-paths are not", () => {
    const card = "## Training data\n\n- [laion/laion2B-en](https://huggingface.co/datasets/laion/laion2B-en)\n- [the Pile's site](https://pile.eleuther.ai/)\n";
    expect(mentions(card).map((m) => [m.ref, m.id, m.relation])).toEqual([
      ["laion/laion2B-en", undefined, "trained-on"],
      ["https://pile.eleuther.ai/", "the-pile", "trained-on"],
    ]);
  });
});

describe("sources the knowledge base does not know", () => {
  it("unnamed shares and in-house data are kept as sources, with the terms the card states", () => {
    // In the shape of the data-mixture tables of LLM cards (GPT-J, OLMo, Falcon).
    const card = [
      "## Training data",
      "",
      "| Source | Share |",
      "|---|---|",
      "| Books | 7% |",
      "| Web crawl | 60% |",
      "",
      "The rest is our own crawl of licensed data from news publishers.",
    ].join("\n");
    const shares = mentions(card).filter((m) => m.kind === "share");
    expect(shares.map((m) => [m.ref, m.relation])).toEqual(
      expect.arrayContaining([
        ["Books 7%", "trained-on"],
        ["Web crawl 60%", "trained-on"],
      ]),
    );
    expect(shares.find((m) => /our own crawl/.test(m.ref))).toMatchObject({ relation: "trained-on", terms: "licensed data" });
  });

  it("a dataset the catalogue does not know, named in a training sentence, is a source with unknown terms", () => {
    // As in ELiRF's and keras-io's cards: a named corpus with a link, outside any catalogue.
    const card = "## Training data\n\nTrained on the [DACSA](https://xarrador.dsic.upv.es/resources/dacsa) corpus of Catalan news.\n";
    const found = mentions(card).filter((m) => TRAINING.has(m.relation));
    expect(found.map((m) => m.ref)).toContain("DACSA");
    expect(found.every((m) => m.id === undefined)).toBe(true);
  });

  it("a bare URL in a training section is a reference, not a source; a named link is one", () => {
    const card = "## Training data\n\nImage-text pairs, see https://example.org/blog/our-data/ for details.\n\nAlso [ANERcorp](https://example.org/anercorp/).\n";
    expect(mentions(card).map((m) => [m.ref, m.relation])).toEqual([["ANERcorp", "trained-on"]]);
  });

  it("a hyperparameter list in a training procedure section names no source", () => {
    // The Trainer's "Training hyperparameters" list.
    const card = "## Training procedure\n\n### Training hyperparameters\n\n- learning_rate: 2e-05\n- train_batch_size: 16\n- optimizer: Adam with betas=(0.9,0.999)\n";
    expect(mentions(card)).toEqual([]);
  });
});

describe("NameMatcher: one pass for every name", () => {
  const m = new NameMatcher([
    { name: "The Stack", id: "stack" },
    { name: "The Stack v2", id: "stack-v2" },
    { name: "LAION-2B-en", id: "laion" },
    { name: "C4", id: "c4" },
  ]);

  it("finds names as cards write them, longest first, whole words only", () => {
    const text = "Trained on The Stack v2, laion2B en and C4; not c4.en, pre-The Stack or c4 in lower case.";
    expect(m.find(text).map((h) => [h.text, h.id])).toEqual([
      ["The Stack v2", "stack-v2"],
      ["laion2B en", "laion"],
      ["C4", "c4"],
    ]);
  });

  it("gives offsets into the text it was given", () => {
    const text = "x The Stack y";
    const [hit] = m.find(text);
    expect(text.slice(hit!.start, hit!.end)).toBe("The Stack");
  });
});
