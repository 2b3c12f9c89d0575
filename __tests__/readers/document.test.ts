import { describe, expect, it } from "vitest";
import { isAssetUrl, readDocument, sectionAt, type CardDocument } from "../../src/readers/document.js";
import { classifyHeading } from "../../src/readers/headings.js";

/** Written in the shape of the Trainer's generated cards (e.g. distilbert-base-uncased-finetuned-emotion). */
const TRAINER_CARD = [
  "---", // 1
  "license: apache-2.0",
  "---",
  "",
  "<!-- This model card has been generated automatically according to the information the Trainer had access to. -->", // 5
  "",
  "# distilbert-base-uncased-finetuned-emotion",
  "",
  "This model is a fine-tuned version of [distilbert-base-uncased](https://huggingface.co/distilbert-base-uncased) on the emotion dataset.",
  "", // 10
  "## Intended uses & limitations",
  "",
  "More information needed",
  "",
  "## Training and evaluation data", // 15
  "",
  "More information needed",
  "",
  "## Training procedure",
  "", // 20
  "### Training hyperparameters",
  "",
  "- learning_rate: 2e-05",
  "- train_batch_size: 64",
  "", // 25
  "### Training results",
  "",
  "| Training Loss | Epoch | Step | Validation Loss | Accuracy |",
  "|:-------------:|:-----:|:----:|:---------------:|:--------:|",
  "| 0.8 | 1.0 | 250 | 0.3 | 0.9 |", // 30
  "",
  "### Framework versions",
  "",
  "- Transformers 4.26.0",
].join("\n");

function bodyStartOf(text: string): number {
  return text.indexOf("\n---\n") + 5;
}

function headingsOf(doc: CardDocument): [string, number, string][] {
  return doc.sections.slice(1).map((s) => [s.heading, s.level, s.class]);
}

describe("readDocument: sections", () => {
  const doc = readDocument(TRAINER_CARD, bodyStartOf(TRAINER_CARD));

  it("nests sections by level, and a sub-heading of no class of its own stays in its section's class", () => {
    expect(headingsOf(doc)).toEqual([
      ["distilbert-base-uncased-finetuned-emotion", 1, "other"],
      ["Intended uses & limitations", 2, "limitations"],
      ["Training and evaluation data", 2, "training"],
      ["Training procedure", 2, "training"],
      ["Training hyperparameters", 3, "training"],
      // A results table is evaluation, even inside "Training procedure".
      ["Training results", 3, "evaluation"],
      ["Framework versions", 3, "training"],
    ]);
    const procedure = doc.sections.find((s) => s.heading === "Training procedure")!;
    expect(procedure.children.map((c) => c.heading)).toEqual(["Training hyperparameters", "Training results", "Framework versions"]);
    // A section runs over its sub-sections, up to the next heading of its level.
    expect(procedure.end).toBe(TRAINER_CARD.length);
    const data = doc.sections.find((s) => s.heading === "Training and evaluation data")!;
    expect(doc.position(data.start)).toEqual({ line: 15, column: 1 });
    expect(doc.position(data.end)).toEqual({ line: 19, column: 1 });
  });

  it("keeps file positions: blocks and links point at the card's own lines and columns", () => {
    const link = doc.blocks.flatMap((b) => b.links).find((l) => l.url === "https://huggingface.co/distilbert-base-uncased")!;
    expect(doc.position(link.start)).toEqual({ line: 9, column: 39 });
    expect(link.asset).toBe(false);
    const table = doc.blocks.find((b) => b.kind === "table")!;
    expect(doc.position(table.start).line).toBe(28);
    expect(table.section.heading).toBe("Training results");
    expect(sectionAt(doc, table.start + 3).heading).toBe("Training results");
  });

  it("reads the front matter's closing line as no heading and the HTML comment as no prose", () => {
    expect(doc.sections.some((s) => /license/i.test(s.heading))).toBe(false);
    const comment = doc.blocks.find((b) => b.kind === "comment")!;
    expect(comment.prose).toBe("");
    expect(doc.position(comment.start).line).toBe(5);
  });

  it("lists each list item as its own block", () => {
    const items = doc.blocks.filter((b) => b.kind === "list-item" && b.section.heading === "Training hyperparameters");
    expect(items.map((b) => b.prose)).toEqual(["- learning_rate: 2e-05", "- train_batch_size: 64"]);
  });
});

describe("readDocument: code and headings that are not headings", () => {
  // In the shape of diffusers and sentence-transformers cards: a usage section with Python in it.
  const card = [
    "# sd-pokemon",
    "",
    "```python",
    "# Training data: load the Pile",
    'ds = load_dataset("EleutherAI/pile")',
    "```",
    "",
    "Run `load_dataset(\"laion/laion2B-en\")` first.",
    "",
    "**Training data**",
    "",
    "The model was trained on LAION-2B-en.",
    "",
    "Dataset sources",
    "---------------",
    "",
    "    indented code: The Pile",
  ].join("\n");
  const doc = readDocument(card);

  it("a `#` line inside a fence is code, not a heading, and code has no prose", () => {
    expect(doc.sections.map((s) => s.heading)).toEqual(["", "sd-pokemon", "Training data", "Dataset sources"]);
    const code = doc.blocks.filter((b) => b.kind === "code");
    expect(code).toHaveLength(2);
    expect(code.every((b) => b.prose === "")).toBe(true);
  });

  it("inline code is blanked in the prose, keeping offsets", () => {
    const para = doc.blocks.find((b) => b.kind === "paragraph" && b.prose.includes("first"))!;
    expect(para.prose).not.toContain("laion");
    expect(para.prose.length).toBe(para.end - para.start);
    expect(para.prose.indexOf("first")).toBe(card.slice(para.start, para.end).indexOf("first"));
  });

  it("a bold line alone is a heading with a class, and a setext heading is one too", () => {
    const bold = doc.sections.find((s) => s.heading === "Training data")!;
    expect(bold.level).toBe(7);
    expect(bold.class).toBe("training");
    expect(bold.blocks[0]!.prose).toBe("The model was trained on LAION-2B-en.");
    expect(doc.sections.find((s) => s.heading === "Dataset sources")!.level).toBe(2);
  });

  it("an unclosed fence runs to the end of the card without hanging", () => {
    const open = readDocument("# A\n\n```\n# not a heading\n" + "x\n".repeat(10000));
    expect(open.sections.map((s) => s.heading)).toEqual(["", "A"]);
    expect(open.blocks.at(-1)!.kind).toBe("code");
  });
});

describe("readDocument: links, images and asset URLs", () => {
  // Shapes from timm cards (documentation-images), README badges, and dataset viewer links.
  const card = [
    "![architecture](https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/arch.png)",
    "",
    "[![CI](https://img.shields.io/badge/build-passing-green)](https://github.com/org/repo/actions)",
    "",
    "Trained on [WikiText-103](https://huggingface.co/datasets/wikitext) (see [the viewer](https://huggingface.co/datasets/wikitext/viewer/wikitext-103-v1)).",
    "",
    '<img src="https://huggingface.co/datasets/org/samples/resolve/main/a.jpg" width="300"/>',
    "",
    "Weights: https://huggingface.co/org/model/blob/main/pytorch_model.bin and <https://example.org/data>.",
    "",
    "[pile]: https://pile.eleuther.ai/",
  ].join("\n");
  const doc = readDocument(card);
  const links = doc.blocks.flatMap((b) => b.links);
  const byUrl = (u: string) => links.find((l) => l.url === u)!;

  it("marks images, badges and repository file paths as assets, and names as not", () => {
    expect(byUrl("https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/arch.png")).toMatchObject({ image: true, asset: true });
    expect(byUrl("https://github.com/org/repo/actions")).toMatchObject({ image: true, asset: true });
    expect(byUrl("https://huggingface.co/datasets/wikitext")).toMatchObject({ text: "WikiText-103", image: false, asset: false });
    expect(byUrl("https://huggingface.co/datasets/wikitext/viewer/wikitext-103-v1").asset).toBe(true);
    expect(byUrl("https://huggingface.co/datasets/org/samples/resolve/main/a.jpg")).toMatchObject({ image: true, asset: true });
    expect(byUrl("https://huggingface.co/org/model/blob/main/pytorch_model.bin").asset).toBe(true);
    expect(byUrl("https://example.org/data").asset).toBe(false);
    expect(byUrl("https://pile.eleuther.ai/").asset).toBe(false);
  });

  it("keeps a link's text in the prose and blanks its URL and every image", () => {
    const text = doc.blocks.map((b) => b.prose).join("\n");
    expect(text).toContain("Trained on [WikiText-103");
    expect(text).not.toContain("documentation-images");
    expect(text).not.toContain("huggingface.co");
    expect(text).not.toContain("shields");
  });

  it.each([
    ["https://huggingface.co/datasets/huggingface/documentation-images", true],
    ["https://huggingface.co/datasets/laion/laion2B-en", false],
    ["https://huggingface.co/datasets/laion/laion2B-en/tree/main", true],
    ["https://raw.githubusercontent.com/org/repo/main/figure.svg", true],
    ["https://huggingface.co/bert-base-uncased", false],
  ])("isAssetUrl(%s) is %s", (url, asset) => {
    expect(isAssetUrl(url)).toBe(asset);
  });
});

describe("classifyHeading: a table of wordings, not 'contains train'", () => {
  it.each([
    // The Trainer's generated cards
    ["Training and evaluation data", "training"],
    ["Training procedure", "training"],
    ["Training results", "evaluation"],
    ["Intended uses & limitations", "limitations"],
    ["Framework versions", "other"],
    // The Hub's model card template
    ["Training Data", "training"],
    ["Training Details", "training"],
    ["Testing Data, Factors & Metrics", "evaluation"],
    ["Bias, Risks, and Limitations", "limitations"],
    ["How to Get Started with the Model", "usage"],
    ["Out-of-Scope Use", "limitations"],
    // RL zoo, AutoTrain, sentence-transformers, BERT-style cards
    ["Resume the training", "usage"],
    ["Model trained using AutoTrain", "other"],
    ["Usage (Sentence-Transformers)", "usage"],
    ["Citing & Authors", "citation"],
    ["BibTeX entry and citation info", "citation"],
    ["Limitations and bias", "limitations"],
    ["Evaluation results", "evaluation"],
    // Numbered, bilingual, emoji and other wordings
    ["2. Training Data", "training"],
    ["引用 Citation", "citation"],
    ["📚 Pretraining corpus", "training"],
    ["Fine-tuning data", "fine-tuning"],
    ["Evaluation data", "evaluation"],
    ["Licensing Information", "license"],
    ["License", "license"],
    ["Related models", "other-models"],
    ["Comparison with other models", "other-models"],
    ["More information", "other"],
    ["Datasets", "training"],
    ["Train on your own data", "other"],
  ])("%s → %s", (heading, cls) => {
    expect(classifyHeading(heading)).toBe(cls);
  });
});
