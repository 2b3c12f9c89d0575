// base_model_relation decides what a derivative inherits; merges, cycles and deep chains are bounded.
import { describe, expect, it } from "vitest";
import { BASE_MODEL_RELATIONS, LINEAGE_LIMITS } from "../../src/facts/resolve.js";
import { card, check, findings } from "../helpers.js";

const NC_BASE = card("license: cc-by-nc-4.0\ndatasets:\n  - laion/laion2B-en", "# NC base\n");

describe("base_model_relation", () => {
  it.each(["finetune", "adapter", "merge", "quantized"])("%s inherits the base's data and obligations", (relation) => {
    const r = check({
      "base/README.md": NC_BASE,
      "derived/README.md": card(`license: apache-2.0\nbase_model: ./base\nbase_model_relation: ${relation}`),
    });
    const m = r.models.find((x) => x.path === "derived")!;
    expect(m.baseModels).toMatchObject([{ ref: "./base", relation }]);
    expect(m.trainingSources).toMatchObject([{ id: "laion-2b-en", via: "base-model", chain: ["derived", "./base", "laion-2b-en"] }]);
    expect(findings(r, "base-model-terms-violated").filter((f) => f.model === "derived")).toMatchObject([{ message: expect.stringMatching(new RegExp(`is a ${relation} of ./base .*does not allow commercial use`)) }]);
    expect(findings(r, "license-exceeds-data-rights").filter((f) => f.model === "derived")).toMatchObject([{ messageId: "inherited" }]);
  });

  it("documents every relation it knows, each inheriting data and obligations", () => {
    expect(Object.keys(BASE_MODEL_RELATIONS).sort()).toEqual(["adapter", "component", "distilled", "finetune", "merge", "quantized"]);
    for (const v of Object.values(BASE_MODEL_RELATIONS)) expect(v).toEqual({ inheritsData: true, inheritsObligations: true });
  });

  it("defaults to finetune for one base and merge for several", () => {
    const one = check({ "b/README.md": NC_BASE, "d/README.md": card("license: cc-by-nc-4.0\nbase_model: ./b") });
    expect(one.models.find((m) => m.path === "d")!.baseModels[0]!.relation).toBe("finetune");
    const two = check({ "b/README.md": NC_BASE, "c/README.md": NC_BASE, "d/README.md": card("license: cc-by-nc-4.0\nbase_model:\n  - ./b\n  - ./c") });
    expect(two.models.find((m) => m.path === "d")!.baseModels.map((b) => b.relation)).toEqual(["merge", "merge"]);
  });

  it("reads an unknown relation as finetune (and card-malformed reports it)", () => {
    const r = check({ "b/README.md": NC_BASE, "d/README.md": card("license: apache-2.0\nbase_model: ./b\nbase_model_relation: remix") });
    expect(r.models.find((m) => m.path === "d")!.trainingSources.map((s) => s.id)).toEqual(["laion-2b-en"]);
    expect(findings(r, "card-malformed").some((f) => /base_model_relation/.test(f.message))).toBe(true);
  });

  it("a relation declared on a base applies to that base's own bases", () => {
    const r = check({
      "root/README.md": NC_BASE,
      "mid/README.md": card("license: cc-by-nc-4.0\nbase_model: ./root\nbase_model_relation: adapter"),
      "leaf/README.md": card("license: cc-by-nc-4.0\nbase_model: ./mid\nbase_model_relation: quantized"),
    });
    expect(r.models.find((m) => m.path === "leaf")!.baseModels.map((b) => [b.ref, b.relation])).toEqual([
      ["./mid", "quantized"],
      ["./root", "adapter"],
    ]);
  });
});

describe("bounds", () => {
  it(`a merge of more than ${LINEAGE_LIMITS.maxBases} parents is cut at the bound and reported once`, () => {
    const n = LINEAGE_LIMITS.maxBases + 36;
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i++) files[`parents/p${i}/README.md`] = card("license: apache-2.0\ndatasets:\n  - Spawning/PD12M", `# P${i}\n`);
    files["merged/README.md"] = card(`license: apache-2.0\nbase_model_relation: merge\nbase_model:\n${Array.from({ length: n }, (_, i) => `  - ./parents/p${i}`).join("\n")}`);
    const r = check(files);
    const m = r.models.find((x) => x.path === "merged")!;
    expect(m.baseModels).toHaveLength(LINEAGE_LIMITS.maxBases);
    const bounded = findings(r, "lineage-incomplete").filter((f) => f.model === "merged");
    expect(bounded).toMatchObject([{ messageId: "bounded", message: `more than ${LINEAGE_LIMITS.maxBases} base models; the rest were not followed` }]);
  });

  it("a cycle through the model itself is reported, not looped", () => {
    const r = check({ "a/README.md": card("license: apache-2.0\nbase_model: ./b"), "b/README.md": card("license: apache-2.0\nbase_model: ./a") });
    const msgs = findings(r, "lineage-incomplete").map((f) => `${f.model}: ${f.message}`);
    expect(msgs).toEqual(expect.arrayContaining(["a: lineage cycle: a → ./b → ./a", "b: lineage cycle: b → ./a → ./b"]));
  });

  it("a cycle further up the chain (a → b → c → b) is reported too", () => {
    const r = check({
      "a/README.md": card("license: apache-2.0\nbase_model: ./b"),
      "b/README.md": card("license: apache-2.0\nbase_model: ./c"),
      "c/README.md": card("license: apache-2.0\nbase_model: ./b"),
    });
    expect(findings(r, "lineage-incomplete").filter((f) => f.model === "a").map((f) => f.message)).toEqual(["lineage cycle: a → ./b → ./c → ./b"]);
  });

  it("a diamond (two paths to one base) is followed once and is not a cycle", () => {
    const r = check({
      "root/README.md": NC_BASE,
      "left/README.md": card("license: cc-by-nc-4.0\nbase_model: ./root"),
      "right/README.md": card("license: cc-by-nc-4.0\nbase_model: ./root"),
      "top/README.md": card("license: cc-by-nc-4.0\nbase_model:\n  - ./left\n  - ./right"),
    });
    const top = r.models.find((m) => m.path === "top")!;
    expect(top.baseModels.map((b) => b.ref)).toEqual(["./left", "./root", "./right"]);
    expect(top.trainingSources.map((s) => s.id)).toEqual(["laion-2b-en"]);
    expect(findings(r, "lineage-incomplete")).toEqual([]);
  });

  it(`a chain deeper than ${LINEAGE_LIMITS.maxDepth} levels is cut and reported`, () => {
    const depth = LINEAGE_LIMITS.maxDepth + 14;
    const files: Record<string, string> = { "m0/README.md": NC_BASE };
    for (let i = 1; i <= depth; i++) files[`m${i}/README.md`] = card(`license: cc-by-nc-4.0\nbase_model: ./m${i - 1}`);
    const r = check(files);
    const tip = r.models.find((m) => m.path === `m${depth}`)!;
    expect(tip.baseModels).toHaveLength(LINEAGE_LIMITS.maxDepth);
    const [f] = findings(r, "lineage-incomplete").filter((x) => x.model === `m${depth}`);
    expect(f?.message).toMatch(new RegExp(`^lineage deeper than ${LINEAGE_LIMITS.maxDepth} levels at m${depth} → ./m${depth - 1} → .* → ./m${depth - 1 - LINEAGE_LIMITS.maxDepth}; stopped there$`));
    // A model whose chain fits is not reported.
    expect(findings(r, "lineage-incomplete").filter((x) => x.model === `m${LINEAGE_LIMITS.maxDepth}`)).toEqual([]);
  });

  it("a rules/models chain is followed through the knowledge base (SD 1.5 → 1.2 → 1.1, CLIP component)", () => {
    const r = check({ "README.md": card("license: creativeml-openrail-m\nbase_model: runwayml/stable-diffusion-v1-5") });
    const bases = r.models[0]!.baseModels.map((b) => b.ref);
    expect(bases[0]).toBe("runwayml/stable-diffusion-v1-5");
    expect(bases).toEqual(expect.arrayContaining(["stable-diffusion-v1-2", "stable-diffusion-v1-1", "openai-clip-vit-large-patch14"]));
  });
});

describe("cards fetched from the Hub (AnalysisInput.hub, written by --hub)", () => {
  it("match a Hub id exactly, never by the last segment of another id", () => {
    const r = check(
      {
        "x/README.md": card("license: apache-2.0\nbase_model: alpha/base"),
        "y/README.md": card("license: apache-2.0\nbase_model: beta/base"),
      },
      { onlyModels: ["x", "y"], hub: [{ path: ".hub/models/alpha/base/README.md", content: NC_BASE }] },
    );
    expect(r.models.map((m) => m.path)).toEqual(["x", "y"]);
    const [x, y] = r.models;
    expect(x!.baseModels).toMatchObject([{ ref: "alpha/base", id: ".hub/models/alpha/base/README.md" }]);
    expect(x!.trainingSources.map((s) => s.id)).toEqual(["laion-2b-en"]);
    expect(y!.baseModels).toMatchObject([{ ref: "beta/base", id: undefined }]);
    expect(findings(r, "lineage-incomplete").map((f) => f.model)).toEqual(["y"]);
  });

  it("are never read from the repository: a committed .hub/ folder is ignored", () => {
    const r = check({ ".hub/models/alpha/base/README.md": NC_BASE, "x/README.md": card("license: apache-2.0\nbase_model: alpha/base") }, { onlyModels: ["x"] });
    expect(r.models[0]!.baseModels).toMatchObject([{ ref: "alpha/base", id: undefined }]);
    expect(findings(r, "lineage-incomplete").map((f) => f.model)).toEqual(["x"]);
  });

  it("dataset cards under .hub/datasets match their full id and carry the Hub link", () => {
    const r = check({
      "x/README.md": card("license: apache-2.0\ndatasets:\n  - alpha/photos\n  - beta/photos"),
    }, { onlyModels: ["x"], hub: [{ path: ".hub/datasets/alpha/photos/README.md", content: card("license: cc-by-nc-4.0") }] });
    const m = r.models[0]!;
    expect(m.trainingSources.map((s) => [s.ref, s.id ?? null])).toEqual([["alpha/photos", "alpha/photos"], ["beta/photos", null]]);
    const [f] = findings(r, "license-exceeds-data-rights");
    expect(f?.evidence.some((e) => e.sources?.some((s) => s.url === "https://huggingface.co/datasets/alpha/photos"))).toBe(true);
  });
});
