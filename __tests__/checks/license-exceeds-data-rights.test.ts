import { describe, expect, it } from "vitest";
import { card, check, findings } from "../helpers.js";

const ID = "license-exceeds-data-rights";

describe(ID, () => {
  it("flags a commercial license over data collected under the DSM Art. 3 research exception", () => {
    const r = check({ "README.md": card("license: creativeml-openrail-m\ndatasets:\n  - laion/laion2B-en") });
    const [f] = findings(r, ID);
    expect(f).toMatchObject({ messageId: "exceeds", severity: "error", location: { file: "README.md", line: 4 } });
    expect(f!.evidence.map((e) => e.id)).toEqual(expect.arrayContaining(["creativeml-openrail-m", "laion-2b-en", "eu-dsm-art3"]));
    // The open alternative basis (Art. 4 per OLG Hamburg) is shown, not hidden.
    expect(f!.evidence.some((e) => e.id === "eu-dsm-art4" && /Open question/.test(e.statement))).toBe(true);
    expect(f!.evidence.every((e) => e.about === "card" || (e.sources?.length ?? 0) > 0)).toBe(true);
    expect(f!.fix).toMatch(/cc-by-nc|non-commercial|noncommercial|research/i);
  });

  it("finds the dataset in the prose when there is no datasets key", () => {
    const r = check({ "README.md": card("license: creativeml-openrail-m", "# SD\n\n## Training\n\n**Training Data**\nWe used LAION-2B (en) and subsets thereof.\n") });
    expect(findings(r, ID)).toMatchObject([{ messageId: "exceeds", location: { line: 10 } }]);
  });

  it("recognises a dataset by its home page linked in the training section, not by a shared page", () => {
    const linked = check({ "README.md": card("license: mit", "# M\n\n## Training data\nImage-text pairs from [Kakao Brain's release](https://github.com/kakaobrain/coyo-dataset).\n") });
    expect(linked.models[0]!.trainingSources).toMatchObject([{ id: "coyo-700m", via: "prose", location: { line: 8 } }]);
    const shared = check({ "README.md": card("license: mit", "# M\n\n## Training data\nImage-text pairs, see https://laion.ai/blog/laion-5b/ for details.\n") });
    expect(shared.models[0]!.trainingSources).toEqual([]);
  });

  it("accepts a non-commercial license over research-only data", () => {
    const r = check({ "README.md": card("license: cc-by-nc-4.0\ndatasets:\n  - laion/laion2B-en") });
    expect(findings(r, ID)).toEqual([]);
  });

  it("flags research-only dataset terms (ImageNet) under a commercial license", () => {
    const r = check({ "README.md": card("license: apache-2.0\ndatasets:\n  - ILSVRC/imagenet-1k") });
    expect(findings(r, ID)).toMatchObject([{ severity: "error", evidence: expect.arrayContaining([expect.objectContaining({ id: "imagenet-1k" })]) }]);
  });

  it("flags unlawfully obtained data even under a research license", () => {
    const r = check({ "README.md": card("license: cc-by-nc-4.0", "# M\n## Training data\nTrained on Books3.\n") });
    expect(findings(r, ID).map((f) => f.severity)).toEqual(["error"]);
  });

  it("passes a permissive license over public-domain data", () => {
    const r = check({ "README.md": card("license: apache-2.0\ndatasets:\n  - Spawning/PD12M") });
    expect(findings(r)).toEqual([]);
  });

  it("ignores a jurisdiction the policy leaves out", () => {
    const r = check({ "README.md": card("license: creativeml-openrail-m\ndatasets:\n  - laion/laion2B-en") }, { policyText: "jurisdictions: [US, JP]\n" });
    expect(findings(r, ID)).toEqual([]);
  });

  it("grades item-license questions by the derivative stance", () => {
    const files = { "README.md": card("license: apache-2.0\ndatasets:\n  - common-canvas/commoncatalog-cc-by-nc") };
    expect(findings(check(files), ID)).toMatchObject([{ severity: "warning", openQuestion: true }]);
    expect(findings(check(files, { policyText: "derivative: 'yes'\n" }), ID)).toMatchObject([{ severity: "error" }]);
    expect(findings(check(files, { policyText: "derivative: 'no'\n" }), ID)).toEqual([]);
  });

  it("lets the policy declare a license for the data", () => {
    const r = check(
      { "README.md": card("license: apache-2.0\ndatasets:\n  - acme/photos") },
      { policyText: "declarations:\n  - id: acme/photos\n    legal_basis: licensed\n    note: Licensed from Acme under contract 2024-17\n" },
    );
    expect(findings(r)).toEqual([]);
  });
});
