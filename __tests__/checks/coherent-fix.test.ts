// One coherent fix per model, on the four cases issue 10 names. Each card imitates a common shape
// of Hub card: a DreamBooth/LoRA fine-tune of Stable Diffusion 1.5 (license + base_model + datasets),
// a Llama 3 fine-tune whose uploader set `license: apache-2.0`, a classifier trained on ANLI under
// MIT, and a ShareGPT-tuned chat model (Vicuna-style) under Apache-2.0.
import { describe, expect, it } from "vitest";
import { card, check, findings } from "../helpers.js";

const one = (meta: string, title: string) => check({ "README.md": card(meta, `# ${title}\n`) });

describe("coherent fixes", () => {
  it("points an OpenRAIL-M fine-tune to a non-commercial license that keeps the RAIL use restrictions, saying none in the catalogue does by itself", () => {
    const r = one("license: creativeml-openrail-m\nbase_model: runwayml/stable-diffusion-v1-5\ndatasets:\n  - lambdalabs/pokemon-blip-captions", "Pokemon Diffusion");
    const [f] = findings(r, "license-exceeds-data-rights");
    expect(f?.severity).toBe("error");
    expect(f?.fix).toMatch(/^No license in the catalogue carries everything by itself: license the weights under cc-by-nc-4\.0 .*with CreativeML Open RAIL-M's use restrictions written into your LICENSE/);
    expect(f?.hint).toBe("relicense as cc-by-nc-4.0 + CreativeML Open RAIL-M's use restrictions");
    // Another vendor's model license is never the first suggestion.
    expect(f?.fix).not.toMatch(/under (apple-amlr|deepfloyd-if-license|fair-noncommercial-research-license)/);
  });

  it("gives the same advice in every finding of a model (an MIT fine-tune of SD 1.5)", () => {
    const r = one("license: mit\nbase_model: runwayml/stable-diffusion-v1-5\ndatasets:\n  - lambdalabs/pokemon-blip-captions", "Pixel Sprites");
    const exceeds = findings(r, "license-exceeds-data-rights")[0]!;
    const dropped = findings(r, "base-model-terms-violated")[0]!;
    const advice = (fix: string) => fix.slice(0, fix.indexOf(" Or "));
    expect(advice(exceeds.fix)).toBe(advice(dropped.fix));
    expect(exceeds.hint).toBe(dropped.hint);
    // The old advice contradicted itself: cc-by-nc-4.0 (drops RAIL) in one finding, openrail++ (commercial) in the other.
    expect(exceeds.fix).not.toMatch(/openrail\+\+/);
  });

  it("tells a Llama 3 fine-tune relabelled Apache-2.0 to keep the Llama 3 license, and nothing else", () => {
    const r = one("license: apache-2.0\nbase_model: meta-llama/Meta-Llama-3-8B\ndatasets:\n  - b-mc2/sql-create-context", "Llama-3-8B-SQL");
    const [f] = findings(r, "base-model-terms-violated");
    expect(f?.fix).toMatch(/^License the weights under llama3 \(Meta Llama 3 Community License Agreement\)\. /);
    expect(f?.fix).not.toMatch(/next closest/);
    expect(f?.hint).toBe("relicense as llama3");
    expect(findings(r, "license-exceeds-data-rights")).toEqual([]);
  });

  it("adds the naming rule for a Llama 3 derivative whose name does not begin with Llama", () => {
    const r = one("license: llama3\nbase_model: meta-llama/Meta-Llama-3-8B\ndatasets:\n  - b-mc2/sql-create-context", "SQL-Coder-8B");
    const [f] = findings(r, "base-model-terms-violated");
    expect(f?.message).toMatch(/requires a name for derived models/);
    expect(f?.fix).toMatch(/Name the model so that it begins with "Llama"/);
  });

  it("points a model trained on a CC BY-NC dataset under MIT to CC BY-NC 4.0, stating the dataset's license as its terms", () => {
    const r = one("license: mit\ndatasets:\n  - anli", "NLI classifier");
    const [f] = findings(r, "license-exceeds-data-rights");
    expect(f).toMatchObject({ severity: "error", hint: "relicense as cc-by-nc-4.0" });
    expect(f?.message).toMatch(/as a whole is licensed Creative Commons Attribution-NonCommercial 4\.0 International, which does not allow commercial use; under this policy a dataset's own license is its terms/);
    expect(f?.fix).toMatch(/^License the weights under cc-by-nc-4\.0 /);
  });

  it("treats ShareGPT under Apache-2.0 as an open question about OpenAI's terms, with advice for when it is settled against the use", () => {
    const r = one("license: apache-2.0\nbase_model: mistralai/Mistral-7B-v0.1\ndatasets:\n  - anon8231489123/ShareGPT_Vicuna_unfiltered", "Chat-7B");
    const [f] = findings(r, "license-exceeds-data-rights");
    expect(f).toMatchObject({ severity: "warning", openQuestion: true });
    expect(f?.message).toMatch(/OpenAI's terms forbid using outputs to develop competing models; under this policy whether those terms bind someone who trains on the published dataset is an open question/);
    expect(f?.evidence.some((e) => e.about === "provider" && e.id === "openai" && e.sources?.length)).toBe(true);
    expect(f?.fix).toMatch(/^If the open question is settled against this use: license the weights under cc-by-nc-4\.0/);
    // The dataset is known, its own terms are not.
    expect(findings(r, "dataset-unknown")).toMatchObject([{ messageId: "termsUnknown" }]);
    expect(r.verdict).toBe("warn");
    // The policy grades the open question.
    const strict = check({ "README.md": card("license: apache-2.0\nbase_model: mistralai/Mistral-7B-v0.1\ndatasets:\n  - anon8231489123/ShareGPT_Vicuna_unfiltered", "# Chat-7B\n") }, { policyText: "open_questions: error\n" });
    expect(findings(strict, "license-exceeds-data-rights")[0]?.severity).toBe("error");
  });

  it("gives each of the four models one relicensing advice across all its findings", () => {
    const cases = [
      "license: creativeml-openrail-m\nbase_model: runwayml/stable-diffusion-v1-5\ndatasets:\n  - lambdalabs/pokemon-blip-captions",
      "license: apache-2.0\nbase_model: meta-llama/Meta-Llama-3-8B\ndatasets:\n  - b-mc2/sql-create-context",
      "license: mit\ndatasets:\n  - anli",
      "license: apache-2.0\nbase_model: mistralai/Mistral-7B-v0.1\ndatasets:\n  - anon8231489123/ShareGPT_Vicuna_unfiltered",
    ];
    for (const meta of cases) {
      const hints = new Set(findings(one(meta, "Model")).map((f) => f.hint).filter((h): h is string => !!h && h.startsWith("relicense as")));
      expect(hints.size, meta).toBe(1);
    }
  });

  it("makes model-generated data an error only where the dataset's own license restricts too (Alpaca: CC BY-NC 4.0 and GPT-3 outputs)", () => {
    const r = one("license: apache-2.0\ndatasets:\n  - tatsu-lab/alpaca", "Alpaca-7B replica");
    const [f] = findings(r, "license-exceeds-data-rights");
    expect(f?.severity).toBe("error");
    expect(f?.message).toMatch(/as a whole is licensed Creative Commons Attribution-NonCommercial 4\.0/);
    // The provider's terms are shown beside it as the open question they are.
    expect(f?.evidence.some((e) => e.about === "provider" && e.id === "openai")).toBe(true);
  });
});
