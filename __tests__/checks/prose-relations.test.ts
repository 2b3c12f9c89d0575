// What the prose says about a card's bases and its described data reaches the findings: the
// relation a sentence gives a base (a GGUF quantisation, a merge) is how the model is judged, and
// the terms a card states for data it only describes are shown in the finding that reports it.
// Card bodies are written for this test in the shapes of public cards, named at each case.
import { describe, expect, it } from "vitest";
import { card, check, findings } from "../helpers.js";

describe("the prose relation of a base decides how the model is judged", () => {
  it.each([
    // TheBloke-style GGUF repositories, with no base_model metadata
    ["# Llama-2-7B-GGUF\n\nThis repo contains GGUF format model files for [Meta's Llama 2 7B](https://huggingface.co/meta-llama/Llama-2-7b-hf).\n", "quantized"],
    // mergekit cards
    ["# Blend-7B\n\nThis model is a merge of [org/alpha-7b](https://huggingface.co/org/alpha-7b) and [org/beta-7b](https://huggingface.co/org/beta-7b), made with mergekit.\n", "merge"],
  ])("%s → %s, and no training step of its own is asked for", (body, relation) => {
    const r = check({ "README.md": card("license: apache-2.0", body) });
    expect(r.models[0]!.baseModels.map((b) => b.relation)).toContain(relation);
    expect(findings(r, "training-data-undisclosed")).toEqual([]);
  });

  it("a base_model without base_model_relation takes the prose's quantisation (GGUF cards that set base_model only)", () => {
    const r = check({ "README.md": card("license: llama2\nbase_model: meta-llama/Llama-2-7b-hf", "# Llama-2-7B-GGUF\n\nGGUF format model files for [Llama 2 7B](https://huggingface.co/meta-llama/Llama-2-7b-hf).\n") });
    expect(r.models[0]!.baseModels[0]).toMatchObject({ ref: "meta-llama/Llama-2-7b-hf", relation: "quantized" });
    expect(findings(r, "training-data-undisclosed")).toEqual([]);
  });

  it("a prose fine-tune is still a fine-tune that must name its data; a declared relation wins over the prose", () => {
    const tuned = check({ "README.md": card("license: apache-2.0", "# Helper\n\nThis model is a fine-tuned version of [gpt2](https://huggingface.co/gpt2) on an undisclosed mix.\n") });
    expect(findings(tuned, "training-data-undisclosed")).toMatchObject([{ messageId: "finetune" }]);
    const declared = check({ "README.md": card("license: llama2\nbase_model: meta-llama/Llama-2-7b-hf\nbase_model_relation: finetune", "# Chat\n\nGGUF format model files for [Llama 2 7B](https://huggingface.co/meta-llama/Llama-2-7b-hf).\n") });
    expect(declared.models[0]!.baseModels[0]!.relation).toBe("finetune");
  });
});

describe("a share's terms are shown in the finding that reports it", () => {
  it("terms the card states for described data ('public domain', 'licensed data')", () => {
    // Book-corpus LMs describing their data without a dataset id.
    for (const [sentence, terms] of [
      ["The model was trained on public domain books from Project Gutenberg.", "public domain"],
      ["The rest is our own crawl of licensed data from news publishers.", "licensed data"],
    ]) {
      const r = check({ "README.md": card("license: apache-2.0", `# Story LM\n\n## Training data\n\n${sentence}\n`) });
      const [f] = findings(r, "dataset-unknown");
      expect(f).toMatchObject({ messageId: "share", openQuestion: true });
      expect(f!.message).toContain(`'${terms}'`);
      expect(f!.fix).toContain(terms);
      expect(findings(r, "training-data-undisclosed")).toEqual([]);
    }
  });

  it("files on a file host are the publisher's own data with no terms stated (CodeTrans cards)", () => {
    const url = "https://www.dropbox.com/sh/abc123/AAB_x/finetuning_dataset?dl=0";
    const r = check({ "README.md": card("license: apache-2.0", `# Code model\n\n## Training data\n\nThe supervised training datasets can be downloaded on [Link](${url})\n`) });
    const [f] = findings(r, "dataset-unknown");
    expect(f).toMatchObject({ messageId: "share" });
    expect(f!.message).toContain("files on dropbox.com");
    expect(f!.message).toContain(url);
  });
});
