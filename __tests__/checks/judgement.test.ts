// Judgement rules from the audit of real cards (issue 10, point 4) and the split between law and
// policy (point 6). Cards imitate Hub cards: front matter with license/base_model/datasets and a
// short body, as DreamBooth, PEFT and AutoTrain cards have.
import { describe, expect, it } from "vitest";
import { card, check, findings } from "../helpers.js";

describe("a derivative with no license", () => {
  const r = check({ "README.md": card("base_model: runwayml/stable-diffusion-v1-5\ndatasets:\n  - lambdalabs/pokemon-blip-captions", "# Pokemon LoRA\n") });

  it("still drops its base's terms", () => {
    const [f] = findings(r, "base-model-terms-violated");
    expect(f).toMatchObject({ messageId: "unlicensed", severity: "error" });
    expect(f?.message).toMatch(/has no license, so it does not carry the base's terms/);
  });

  it("still carries the inherited conflict, judged under the base's license it must carry", () => {
    const all = findings(r, "license-exceeds-data-rights");
    expect(all.length).toBeGreaterThan(0);
    for (const f of all) expect(f.message).toMatch(/^With no license of its own, this finetune of runwayml\/stable-diffusion-v1-5 carries CreativeML Open RAIL-M/);
    // The base's data (inherited) and the fine-tune's own data (rules/datasets/pokemon-blip-captions.yaml: CC BY-NC-SA 4.0).
    expect(all.some((f) => /LAION-2B-en was collected under EU DSM Directive Art\. 3/.test(f.message))).toBe(true);
    expect(all.some((f) => /Pokémon BLIP captions as a whole is licensed .*NonCommercial/.test(f.message))).toBe(true);
  });
});

describe("dataset-unknown", () => {
  it("reports a known dataset whose terms no source records, instead of staying silent", () => {
    const r = check({ "README.md": card("license: apache-2.0\ndatasets:\n  - imdb", "# Sentiment classifier\n") });
    expect(findings(r, "dataset-unknown")).toMatchObject([{ messageId: "termsUnknown", openQuestion: true }]);
  });

  it("reports a variant read by its name, with the parent's limits applied", () => {
    const r = check({ "README.md": card("license: apache-2.0\ndatasets:\n  - Finnish-NLP/mc4_fi_cleaned", "# Finnish T5\n") });
    expect(findings(r, "dataset-unknown")).toMatchObject([{ messageId: "variant" }]);
    expect(r.models[0]!.trainingSources[0]).toMatchObject({ ref: "Finnish-NLP/mc4_fi_cleaned", id: "mc4" });
  });
});

describe("attribution-missing", () => {
  const stack = "license: bigcode-openrail-m\ndatasets:\n  - bigcode/the-stack";
  it("is not satisfied by a Citation heading alone", () => {
    const r = check({ "README.md": card(stack, "# Code model\n\n## Citation\n\n```bibtex\n@article{x}\n```\n") });
    expect(findings(r, "attribution-missing")).toHaveLength(1);
  });
  it("is satisfied by an Attribution section", () => {
    const r = check({ "README.md": card(stack, "# Code model\n\n## Attribution\n\nSee the dataset's attribution index.\n") });
    expect(findings(r, "attribution-missing")).toEqual([]);
  });
});

describe("lineage-incomplete", () => {
  it("is a note when the model fails on what is known already", () => {
    const r = check({ "README.md": card("license: mit\nbase_model: someone/private-base\ndatasets:\n  - laion/laion2B-en", "# Sprites\n") });
    expect(findings(r, "license-exceeds-data-rights")[0]?.severity).toBe("error");
    expect(findings(r, "lineage-incomplete")).toMatchObject([{ severity: "note" }]);
  });
  it("is a warning when the unknown base could change the verdict", () => {
    const r = check({ "README.md": card("license: mit\nbase_model: someone/private-base\ndatasets:\n  - rajpurkar/squad", "# QA model\n") });
    expect(findings(r, "lineage-incomplete")).toMatchObject([{ severity: "warning" }]);
  });
});

describe("fact and policy, stated apart", () => {
  it("says what the source records and what this policy concludes from it", () => {
    const r = check({ "README.md": card("license: creativeml-openrail-m\ndatasets:\n  - laion/laion2B-en", "# SD-like\n") });
    const [f] = findings(r, "license-exceeds-data-rights");
    expect(f?.message).toMatch(/LAION-2B-en was collected under EU DSM Directive Art\. 3 \(text and data mining for scientific research\); under this policy that does not support commercial use/);
  });

  it("grades a fact rules/ marks unverified as an open question, never an error", () => {
    // imagenet-21k: the ImageNet terms are assumed (unverified) to cover it; imagenet-1k's are verified.
    const unverified = check({ "README.md": card("license: mit\ndatasets:\n  - imagenet-21k", "# ViT\n") });
    expect(findings(unverified, "license-exceeds-data-rights")).toMatchObject([{ severity: "warning", openQuestion: true }]);
    expect(findings(unverified, "license-exceeds-data-rights")[0]?.message).toMatch(/unverified in rules\//);
    const verified = check({ "README.md": card("license: mit\ndatasets:\n  - imagenet-1k", "# ViT\n") });
    expect(findings(verified, "license-exceeds-data-rights")).toMatchObject([{ severity: "error" }]);
  });

  it("groups one conflict across several sources into one finding that lists them", () => {
    const r = check({ "README.md": card("license: creativeml-openrail-m\ndatasets:\n  - laion/laion2B-en\n  - laion/laion-high-resolution", "# SD-like\n") });
    const all = findings(r, "license-exceeds-data-rights");
    expect(all).toHaveLength(1);
    expect(all[0]!.message).toMatch(/LAION-2B-en was collected under [^;]+; LAION-High-Resolution was collected under/);
  });

  it("fills summary and hint on every finding of the knowledge checks", () => {
    const r = check({ "README.md": card("license: mit\nbase_model: runwayml/stable-diffusion-v1-5\ndatasets:\n  - someone/mystery", "# Sprites\n") });
    for (const f of findings(r).filter((x) => !["license-missing", "license-mismatch"].includes(x.checkId))) {
      expect(f.summary, f.checkId).toBeTruthy();
      expect(f.hint, f.checkId).toBeTruthy();
    }
  });
});

describe("rules/models at scale", () => {
  it("follows a fine-tune of a popular base through rules/models (DistilBERT → BERT's data)", () => {
    const r = check({ "README.md": card("license: apache-2.0\nbase_model: distilbert-base-uncased\ndatasets:\n  - imdb", "# distilbert-imdb\n") });
    const m = r.models[0]!;
    expect(m.baseModels.map((b) => b.id)).toEqual(["rules/models/distilbert-base-uncased.yaml", "rules/models/bert-base-uncased.yaml"]);
    expect(m.trainingSources.map((s) => s.id)).toEqual(expect.arrayContaining(["bookcorpus", "wikipedia"]));
    expect(findings(r, "lineage-incomplete")).toEqual([]);
  });
});
