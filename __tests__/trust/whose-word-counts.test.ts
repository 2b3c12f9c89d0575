// "Whose word counts" (default policy; issue 12 point 1): for what rules/ knows only the policy's
// declarations change the facts; in-tree cards describe what rules/ does not know; fetched cards
// reach analyze() through AnalysisInput.hub only; on a pull request, facts from changed files about
// anything but the model being judged count only where they add restrictions. The attack cards
// imitate a Stable Diffusion v1 card (license creativeml-openrail-m, LAION named as data) and a
// Hub dataset card (front matter with `license:`).
import { describe, expect, it } from "vitest";
import { card, check, findings } from "../helpers.js";

const SEED = card("license: creativeml-openrail-m\ndatasets:\n  - laion/laion2B-en", "# Stable Diffusion fine-tune\n");
const CC0_LAION = card("license: cc0-1.0\npretty_name: LAION-2B-en", "# laion2B-en\n");
const MIT_SD = card("license: mit", "# Stable Diffusion v1-4\n\nTrained on public-domain images only.\n");

describe("a pull request cannot pass its own conflict", () => {
  it("adding data/laion2B-en/README.md with license: cc0-1.0 leaves the seed conflict failing", () => {
    const files = { "README.md": SEED, "data/laion2B-en/README.md": CC0_LAION };
    const pr = check(files, { pullRequest: { changed: Object.keys(files), base: [] } });
    expect(pr.verdict).toBe("fail");
    expect(findings(pr, "license-exceeds-data-rights")[0]?.message).toMatch(/LAION-2B-en was collected under EU DSM Directive Art\. 3/);
    // Outside a pull request too: rules/ knows LAION-2B-en, and a card in the tree does not change it.
    expect(check(files).verdict).toBe("fail");
    expect(check(files).models[0]!.reliedOn).toBeUndefined();
  });

  it("a committed .hub/models/CompVis/stable-diffusion-v1-4 card claiming MIT does not pass its fine-tune", () => {
    const files = { ".hub/models/CompVis/stable-diffusion-v1-4/README.md": MIT_SD, "tune/README.md": card("license: mit\nbase_model: CompVis/stable-diffusion-v1-4\ndatasets:\n  - someone/sprites", "# Sprites\n") };
    for (const opts of [{}, { pullRequest: { changed: Object.keys(files), base: [] } }]) {
      const r = check(files, opts);
      expect(r.models.map((m) => m.path)).toEqual(["tune"]);
      expect(r.models[0]!.baseModels[0]).toMatchObject({ ref: "CompVis/stable-diffusion-v1-4", id: "rules/models/stable-diffusion-v1-4.yaml", license: "creativeml-openrail-m" });
      expect(findings(r, "base-model-terms-violated")).toHaveLength(1);
      expect(r.verdict).toBe("fail");
    }
  });

  it("a local folder named like a known base does not pass its fine-tune either", () => {
    const files = { "CompVis/stable-diffusion-v1-4/README.md": MIT_SD, "tune/README.md": card("license: mit\nbase_model: CompVis/stable-diffusion-v1-4\ndatasets:\n  - someone/sprites", "# Sprites\n") };
    const r = check(files, { onlyModels: ["tune"] });
    expect(r.models[0]!.baseModels[0]).toMatchObject({ id: "rules/models/stable-diffusion-v1-4.yaml", license: "creativeml-openrail-m" });
    expect(r.verdict).toBe("fail");
    expect(r.models[0]!.reliedOn).toBeUndefined();
  });

  it("fetched cards reach the analysis only through AnalysisInput.hub, and describe only what rules/ does not know", () => {
    const tune = { "tune/README.md": card("license: mit\nbase_model: CompVis/stable-diffusion-v1-4\ndatasets:\n  - someone/sprites", "# Sprites\n") };
    const r = check(tune, { hub: [{ path: ".hub/models/CompVis/stable-diffusion-v1-4/README.md", content: MIT_SD }] });
    expect(r.models[0]!.baseModels[0]).toMatchObject({ license: "creativeml-openrail-m" });
    expect(r.verdict).toBe("fail");
  });
});

describe("changed files about anything but the judged model count only where they restrict", () => {
  const NC_BASE = card("license: cc-by-nc-4.0\ndatasets:\n  - someone/base-data", "# In-house base\n");
  const MIT_BASE = card("license: mit\ndatasets:\n  - someone/base-data", "# In-house base\n");
  const TUNE = card("license: mit\nbase_model: base\ndatasets:\n  - someone/tune-data", "# Tuned\n");

  it("an in-tree base relicensed from CC BY-NC to MIT in the PR keeps the base branch's terms", () => {
    const files = { "base/README.md": MIT_BASE, "tuned/README.md": TUNE };
    const push = check(files, { onlyModels: ["tuned"] });
    expect(findings(push, "base-model-terms-violated")).toEqual([]);
    expect(push.models[0]!.reliedOn).toEqual(["base/README.md"]);
    const pr = check(files, { onlyModels: ["tuned"], pullRequest: { changed: ["base/README.md"], base: [{ path: "base/README.md", content: NC_BASE }] } });
    expect(findings(pr, "base-model-terms-violated")[0]?.message).toMatch(/does not allow commercial use/);
    expect(pr.verdict).toBe("fail");
  });

  it("a base made stricter in the PR counts at once", () => {
    const files = { "base/README.md": NC_BASE, "tuned/README.md": TUNE };
    const pr = check(files, { onlyModels: ["tuned"], pullRequest: { changed: ["base/README.md"], base: [{ path: "base/README.md", content: MIT_BASE }] } });
    expect(findings(pr, "base-model-terms-violated")).toHaveLength(1);
  });

  it("a dataset card added by the PR can add a restriction but cannot make an unknown dataset permissive", () => {
    const model = card("license: mit\ndatasets:\n  - acme-photos", "# Photo model\n");
    const open = { "README.md": model, "data/acme-photos/README.md": card("license: cc0-1.0", "# acme-photos\n") };
    const pr = check(open, { pullRequest: { changed: ["data/acme-photos/README.md"], base: [] } });
    expect(findings(pr, "license-exceeds-data-rights")).toEqual([]);
    expect(pr.verdict).not.toBe("pass");
    expect(check(open).verdict).toBe("pass");
    expect(check(open).models[0]!.reliedOn).toEqual(["data/acme-photos/README.md"]);
    const restrictive = { "README.md": model, "data/acme-photos/README.md": card("license: cc-by-nc-4.0", "# acme-photos\n") };
    const pr2 = check(restrictive, { pullRequest: { changed: ["data/acme-photos/README.md"], base: [] } });
    expect(findings(pr2, "license-exceeds-data-rights")[0]?.severity).toBe("error");
  });

  it("only the policy's declarations change what rules/ knows", () => {
    const r = check({ "README.md": SEED }, { policyText: "declarations:\n  - id: laion/laion2B-en\n    legal_basis: licensed\n    note: Licensed from the rightholders under contract 2026-04\n" });
    expect(findings(r, "license-exceeds-data-rights")).toEqual([]);
  });
});
