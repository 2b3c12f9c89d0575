// Base-model ids as cards write them. Trainer cards made before the Hub moved its canonical models
// under organisations name them the old way ("fine-tuned version of [bert-base-cased](...)",
// `base_model: gpt2-medium`).
import { describe, expect, it } from "vitest";
import { card, check, findings, kb } from "../helpers.js";

describe("base model id matching", () => {
  it("reads an un-namespaced legacy id as the canonical model the Hub moved under an organisation", () => {
    const k = kb;
    expect(k.model("google-bert/bert-base-cased")?.id).toBe("bert-base-uncased");
    expect(k.model("bert-base-cased")?.id).toBe("bert-base-uncased");
    expect(k.model("gpt2-medium")?.id).toBe("gpt2");
    expect(k.model("GPT2-Medium")?.id).toBe("gpt2");
  });
  it("never reads a namespaced id by its last segment alone", () => {
    expect(kb.model("someone/bert-base-cased")).toBeUndefined();
    expect(kb.model("someone/gpt2-medium")).toBeUndefined();
  });
  it("resolves the base of a Trainer card that names the legacy id, so its lineage is complete", () => {
    const body = "# bert-ner\n\nThis model is a fine-tuned version of [bert-base-cased](https://huggingface.co/bert-base-cased) on the conll2003 dataset.\n";
    const r = check({ "README.md": card("license: apache-2.0\nbase_model: bert-base-cased", body) });
    expect(findings(r, "lineage-incomplete")).toEqual([]);
    expect(r.models[0]!.baseModels).toMatchObject([{ ref: "bert-base-cased", id: "rules/models/bert-base-uncased.yaml", license: "apache-2.0" }]);
  });
});
