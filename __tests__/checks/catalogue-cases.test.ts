// Cards shaped like the corpus's most common unresolved cases before these catalogue entries:
// Trainer-generated cards ("fine-tuned version of [microsoft/layoutlmv3-base] on the funsd
// dataset", "... of [bert-base-cased] on the conll2003 dataset", a DistilBERT emotion classifier),
// each under the license its uploader set.
import { describe, expect, it } from "vitest";
import { card, check, findings } from "../helpers.js";

const one = (meta: string, title: string) => check({ "README.md": card(meta, `# ${title}\n`) });

describe("bases and datasets the corpus names most", () => {
  it("reports a LayoutLMv3 fine-tune relabelled Apache-2.0: the base's CC BY-NC-SA terms and FUNSD's non-commercial terms, one fix", () => {
    const r = one("license: apache-2.0\nbase_model: microsoft/layoutlmv3-base\ndatasets:\n  - funsd", "layoutlmv3-finetuned-funsd");
    const [base] = findings(r, "base-model-terms-violated");
    const [data] = findings(r, "license-exceeds-data-rights");
    expect(base?.severity).toBe("error");
    expect(base?.message).toMatch(/microsoft\/layoutlmv3-base \(cc-by-nc-sa-4\.0\)/);
    expect(data?.message).toMatch(/FUNSD .*non-commercial use only/);
    expect(base?.hint).toBe("relicense as cc-by-nc-sa-4.0");
    expect(data?.hint).toBe(base?.hint);
    expect(findings(r, "lineage-incomplete")).toEqual([]);
  });

  it("follows bert-base-cased (the un-namespaced id) to BERT, so the lineage is complete", () => {
    const r = one("license: apache-2.0\nbase_model: bert-base-cased", "bert-finetuned-ner");
    expect(findings(r, "lineage-incomplete")).toEqual([]);
    expect(findings(r, "base-model-terms-violated")).toEqual([]);
  });

  it("holds a classifier trained on DAIR.AI's emotion set to the publisher's research-only terms", () => {
    const r = one("license: apache-2.0\nbase_model: distilbert-base-uncased\ndatasets:\n  - emotion", "distilbert-base-uncased-finetuned-emotion");
    const [f] = findings(r, "license-exceeds-data-rights");
    expect(f).toMatchObject({ severity: "error" });
    expect(f?.message).toMatch(/Emotion .*research use only/);
    // The same card under a non-commercial research license is consistent with those terms.
    expect(findings(one("license: cc-by-nc-4.0\ndatasets:\n  - emotion", "emotion-nc"), "license-exceeds-data-rights").filter((x) => x.severity === "error")).toEqual([]);
  });
});
