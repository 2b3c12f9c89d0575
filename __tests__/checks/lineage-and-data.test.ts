// base-model-terms-violated, training-data-undisclosed, dataset-unknown, lineage-incomplete, attribution-missing.
import { describe, expect, it } from "vitest";
import { card, check, findings } from "../helpers.js";

describe("base-model-terms-violated", () => {
  it("flags an OpenRAIL-M fine-tune relabelled MIT and shows the chain", () => {
    const r = check({ "README.md": card("license: mit\nbase_model: runwayml/stable-diffusion-v1-5") });
    const [f] = findings(r, "base-model-terms-violated");
    expect(f).toMatchObject({ severity: "error", location: { line: 3 } });
    expect(f!.message).toMatch(/use restrictions/);
    // The base's definite data conflict is inherited because MIT still grants commercial use.
    const inherited = findings(r, "license-exceeds-data-rights");
    expect(inherited.length).toBeGreaterThan(0);
    expect(inherited[0]!.message).toMatch(/stable-diffusion-v1-5 was trained on data that does not support it: .*via runwayml\/stable-diffusion-v1-5 →/);
    expect(inherited).toHaveLength(1);
  });
  it("requires Llama 3.1 fine-tunes to carry the Llama name, even under the same license", () => {
    const meta = "license: apache-2.0\nbase_model: meta-llama/Llama-3.1-8B";
    const unnamed = findings(check({ "heron/README.md": card(meta, "# Heron 8B\n\nUses of this model follow the Llama 3.1 Acceptable Use Policy.\n") }), "base-model-terms-violated");
    expect(unnamed).toMatchObject([{ message: expect.stringMatching(/name beginning with 'Llama'/) }]);
    const named = findings(check({ "heron/README.md": card(meta, "# Llama-3.1-Heron-8B\n\nUses of this model follow the Llama 3.1 Acceptable Use Policy.\n") }), "base-model-terms-violated");
    expect(named).toEqual([]);
  });

  it("accepts a fine-tune that keeps the base license", () => {
    const r = check({ "README.md": card("license: creativeml-openrail-m\nbase_model: runwayml/stable-diffusion-v1-5") });
    expect(findings(r, "base-model-terms-violated")).toEqual([]);
  });
  it("flags a non-commercial base relicensed for commercial use, resolved from the tree", () => {
    const r = check({
      "base/README.md": card("license: cc-by-nc-4.0\ndatasets:\n  - Spawning/PD12M"),
      "tuned/README.md": card("license: apache-2.0\nbase_model: ./base"),
    });
    const f = findings(r, "base-model-terms-violated");
    expect(f).toMatchObject([{ model: "tuned", message: expect.stringMatching(/does not allow commercial use/) }]);
  });
});

describe("training-data-undisclosed", () => {
  it("warns when nothing names the training data", () => {
    const r = check({ "README.md": card("license: apache-2.0", "# LLM\n\nA 7B decoder.\n") });
    expect(findings(r, "training-data-undisclosed")).toMatchObject([{ severity: "warning" }]);
    expect(r.verdict).toBe("warn");
  });
  it("judges the model's own training step: a fine-tune that names only its base is undisclosed", () => {
    const r = check({ "README.md": card("license: llama3.1\nbase_model: meta-llama/Llama-3.1-8B", "# Llama-3.1-8B-Helper\n") });
    expect(findings(r, "training-data-undisclosed")).toMatchObject([{ messageId: "finetune", severity: "warning", openQuestion: true }]);
    const tuned = check({ "README.md": card("license: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\ndatasets:\n  - tatsu-lab/alpaca", "# Llama-3.1-8B-Helper\n") });
    expect(findings(tuned, "training-data-undisclosed")).toEqual([]);
  });

  it("is quiet for a quantised copy or a merge, which have no training step of their own", () => {
    for (const relation of ["quantized", "merge"]) {
      const r = check({ "README.md": card(`license: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\nbase_model_relation: ${relation}`, "# Llama-3.1-8B-GGUF\n") });
      expect(findings(r, "training-data-undisclosed")).toEqual([]);
    }
  });

  it("is not silenced by a pretrained component the weights ship", () => {
    const r = check({ "README.md": card("license: apache-2.0", "# Tiny Diffusion\n\nThe text encoder is a frozen OpenCLIP ViT-H/14.\n") });
    expect(findings(r, "training-data-undisclosed")).toMatchObject([{ messageId: "undisclosed" }]);
  });
});

describe("dataset-unknown", () => {
  it("warns about a dataset nobody describes, at its line", () => {
    const r = check({ "README.md": card("license: apache-2.0\ndatasets:\n  - Spawning/PD12M\n  - someone/mystery-set") });
    expect(findings(r, "dataset-unknown")).toMatchObject([{ location: { line: 5 }, message: expect.stringContaining("someone/mystery-set") }]);
  });
  it("is satisfied by a dataset card in the tree", () => {
    const r = check({
      "README.md": card("license: apache-2.0\ndatasets:\n  - acme/inhouse"),
      "datasets/inhouse/README.md": card("license: cc0-1.0"),
    });
    expect(findings(r, "dataset-unknown")).toEqual([]);
  });
  // Shaped like the cards AutoTrain writes (`datasets: - <user>/autotrain-data-<project>`) and
  // Trainer cards of local data (`datasets: - audiofolder`).
  it("says an AutoTrain upload or local files are the publisher's own data, not an unknown public dataset", () => {
    const r = check({ "README.md": card("tags: autotrain\ndatasets:\n  - 404E/autotrain-data-formality\n  - audiofolder\n  - someone/mystery-set\nlicense: apache-2.0") });
    const [autotrain, local, mystery] = findings(r, "dataset-unknown");
    expect(autotrain).toMatchObject({ messageId: "ownData", location: { line: 4 } });
    expect(autotrain!.evidence[0]!.statement).toMatch(/AutoTrain creates for a project's uploaded files/);
    expect(autotrain!.fix).toMatch(/where the data in '404E\/autotrain-data-formality' comes from/);
    expect(local).toMatchObject({ messageId: "ownData", location: { line: 5 } });
    expect(mystery).toMatchObject({ messageId: "unknown" });
    // The Trainer template's "None" (no dataset name given) names no dataset either.
    const none = findings(check({ "README.md": card("license: apache-2.0\ndatasets:\n  - None") }), "dataset-unknown");
    expect(none).toMatchObject([{ messageId: "ownData" }]);
    // And the same template in prose, as the Trainer writes it under "# model-name".
    const body = "# gpt2-finetuned\n\nThis model is a fine-tuned version of [gpt2](https://huggingface.co/gpt2) on the None dataset.\n";
    const prose = findings(check({ "README.md": card("license: apache-2.0", body) }), "dataset-unknown");
    expect(prose).toMatchObject([{ messageId: "ownData" }]);
  });
});

describe("dataset cards in the tree", () => {
  // Shaped like in-house dataset cards on the Hub: the datasets-cards template with its metadata
  // left unfilled, and a card listing a permissive and a non-commercial license for two parts.
  it("declare no terms when they list no license: unknown, never permissive", () => {
    const r = check({
      "README.md": card("license: apache-2.0\ndatasets:\n  - acme/inhouse"),
      "datasets/inhouse/README.md": card("pretty_name: In-house dialogues\ntask_categories:\n  - text-generation"),
    });
    const [f] = findings(r, "dataset-unknown");
    expect(f).toMatchObject({ messageId: "termsUnknown", location: { line: 4 } });
    expect(f!.evidence[1]!.statement).toMatch(/datasets\/inhouse\/README.md declares no license, so its terms are unknown/);
    expect(f!.fix).toMatch(/Give datasets\/inhouse\/README.md a `license:`/);
  });
  it("bind by the most restrictive of the licenses they list", () => {
    const r = check({
      "README.md": card("license: apache-2.0\ndatasets:\n  - acme/inhouse"),
      "datasets/inhouse/README.md": card("license:\n  - cc-by-4.0\n  - cc-by-nc-4.0"),
    });
    expect(findings(r, "license-exceeds-data-rights")).toMatchObject([{ message: expect.stringMatching(/inhouse/) }]);
    const permissive = check({
      "README.md": card("license: apache-2.0\ndatasets:\n  - acme/inhouse"),
      "datasets/inhouse/README.md": card("license:\n  - cc-by-4.0\n  - cc0-1.0"),
    });
    expect(findings(permissive, "license-exceeds-data-rights")).toEqual([]);
    expect(findings(permissive, "dataset-unknown")).toEqual([]);
  });
  it("leave the terms unknown when their license is one rules/ does not know", () => {
    const r = check({
      "README.md": card("license: apache-2.0\ndatasets:\n  - acme/inhouse"),
      "datasets/inhouse/README.md": card("license: acme-internal-terms"),
    });
    expect(findings(r, "dataset-unknown")).toMatchObject([{ messageId: "termsUnknown", evidence: [{}, { statement: expect.stringMatching(/'acme-internal-terms', which rules\/ does not know/) }] }]);
  });
  it("carry the limits of their source datasets", () => {
    const r = check({
      "README.md": card("license: apache-2.0\ndatasets:\n  - acme/laion-subset"),
      "datasets/laion-subset/README.md": card("license: cc-by-4.0\nsource_datasets:\n  - laion/laion2B-en"),
    });
    const [f] = findings(r, "license-exceeds-data-rights");
    expect(f?.message).toMatch(/laion-subset contains LAION-2B-en/);
  });
});

describe("lineage-incomplete", () => {
  it("reports a base model nobody knows", () => {
    const r = check({ "README.md": card("license: apache-2.0\nbase_model: nobody/unknown-base") });
    expect(findings(r, "lineage-incomplete")).toMatchObject([{ messageId: "unknown", location: { line: 3 } }]);
  });
  it("reports a cycle instead of looping", () => {
    const r = check({
      "a/README.md": card("license: apache-2.0\nbase_model: ./b\ndatasets: [Spawning/PD12M]"),
      "b/README.md": card("license: apache-2.0\nbase_model: ./a\ndatasets: [Spawning/PD12M]"),
    });
    expect(findings(r, "lineage-incomplete").some((f) => /cycle/.test(f.message))).toBe(true);
  });
});

describe("attribution-missing", () => {
  it("warns when a code corpus with per-file licenses is used without an attribution notice", () => {
    const r = check({ "README.md": card("license: bigcode-openrail-m\ndatasets:\n  - bigcode/the-stack") });
    expect(findings(r, "attribution-missing")).toMatchObject([{ severity: "warning", location: { line: 4 } }]);
  });
  it("is satisfied by an attribution section", () => {
    const r = check({ "README.md": card("license: bigcode-openrail-m\ndatasets:\n  - bigcode/the-stack", "# M\n\n## Attribution\nSee the-stack attribution index.\n") });
    expect(findings(r, "attribution-missing")).toEqual([]);
  });
});
