// Pretrained components named in the prose (a frozen text encoder) carry their training data into
// the model, with the chain; a card that trains every part from scratch inherits nothing.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, findings } from "../helpers.js";

const fixture = (slug: string) => readFileSync(new URL(`../fixtures/cards/${slug}/README.md`, import.meta.url));

describe("a Mitsua-Diffusion-One-like card (fixed pretrained OpenCLIP text encoder)", () => {
  const r = check({ "kura/README.md": fixture("mitsua-like") });
  const m = r.models[0]!;

  it("follows the OpenCLIP ViT-H/14 component named on the text-encoder line", () => {
    expect(m.baseModels).toEqual([
      expect.objectContaining({ ref: "openclip-vit-h-14-laion2b", relation: "component", id: "rules/models/openclip-vit-h-14-laion2b.yaml", location: expect.objectContaining({ file: "kura/README.md", line: 16 }) }),
    ]);
  });

  it("shows LAION-2B-en among the training sources, with the chain through the component", () => {
    const laion = m.trainingSources.find((s) => s.id === "laion-2b-en");
    expect(laion).toMatchObject({ via: "base-model", chain: ["kura", "openclip-vit-h-14-laion2b", "laion-2b-en"], legalBasis: "eu-dsm-art3" });
    // Its own, opted-in data is still there.
    expect(m.trainingSources.map((s) => s.id)).toContain("mitsua-vroid-image-dataset-lite");
  });

  it("reports the inherited research-only data against a license that grants commercial use", () => {
    const [f] = findings(r, "license-exceeds-data-rights");
    expect(f?.messageId).toBe("inherited");
    expect(f?.message).toMatch(/openclip-vit-h-14-laion2b was trained on data that does not support it: LAION-2B-en/);
    expect(findings(r, "lineage-incomplete")).toEqual([]);
    // `license: other` without `license_name`, as on the real card.
    expect(findings(r, "license-unrecognized")).toHaveLength(1);
  });
});

describe("the same card with every component trained from scratch", () => {
  const r = check({ "kura-zero/README.md": fixture("from-scratch-diffusion") });
  const m = r.models[0]!;

  it("does not read an architecture name on a from-scratch line as a pretrained component", () => {
    expect(m.baseModels).toEqual([]);
    expect(m.trainingSources.filter((s) => s.via === "base-model")).toEqual([]);
  });

  it("stays clean: no lineage, data-rights or base-terms finding", () => {
    const ids = findings(r).map((f) => f.checkId);
    for (const id of ["license-exceeds-data-rights", "base-model-terms-violated", "lineage-incomplete", "training-data-undisclosed"]) expect(ids).not.toContain(id);
    // Only the card's own `license: other` without a name remains, as on the component card.
    expect(ids).toEqual(["license-unrecognized"]);
  });
});

describe("a component of a base in the tree", () => {
  it("reaches the derivative through the base (model → base → component → dataset)", () => {
    const r = check({
      "kura/README.md": fixture("mitsua-like"),
      "kura-anime/README.md": "---\nlicense: other\nbase_model: ./kura\nbase_model_relation: finetune\n---\n\n# Kura Anime\n",
    });
    const m = r.models.find((x) => x.path === "kura-anime")!;
    expect(m.baseModels.map((b) => [b.ref, b.relation])).toEqual([
      ["./kura", "finetune"],
      ["openclip-vit-h-14-laion2b", "component"],
    ]);
    expect(m.trainingSources.find((s) => s.id === "laion-2b-en")?.chain).toEqual(["kura-anime", "./kura", "openclip-vit-h-14-laion2b", "laion-2b-en"]);
  });
});
