import { describe, expect, it } from "vitest";
import { classify, discover } from "../../src/readers/discover.js";

describe("classify", () => {
  it.each([
    ["README.md", "model-card"],
    ["models/a/readme.MD", "model-card"],
    ["MODEL_CARD.md", "model-card"],
    ["model-card.md", "model-card"],
    ["modelcard.md", "model-card"],
    ["Stable_Diffusion_v1_Model_Card.md", "model-card"],
    ["LICENSE", "license"],
    ["LICENSE.md", "license"],
    ["LICENSE-MODEL", "license"],
    ["LICENCE.txt", "license"],
    ["COPYING", "license"],
    ["weights.license", "license"],
    ["MODEL_LICENSE", "license"],
    ["LICENSE_WEIGHTS", "license"],
    ["LICENSES.md.bak/notes.md", undefined],
    ["datasets/inhouse/README.md", "dataset-card"],
    ["data/README.md", "dataset-card"],
    ["node_modules/x/README.md", undefined],
    ["model.safetensors", undefined],
  ])("%s → %s", (p, role) => {
    expect(classify(p)).toBe(role);
  });
});

describe("discover", () => {
  it("makes each folder with a card one model and gives license files to the nearest model", () => {
    const d = discover(["README.md", "LICENSE", "models/a/README.md", "models/a/weights/LICENSE-MODEL", "models/b/LICENSE", "datasets/x/README.md"]);
    expect(d.models.map((m) => [m.dir, m.card, m.licenses])).toEqual([
      [".", "README.md", ["LICENSE", "models/b/LICENSE"]],
      ["models/a", "models/a/README.md", ["models/a/weights/LICENSE-MODEL"]],
    ]);
    expect(d.datasetCards).toEqual(["datasets/x/README.md"]);
  });

  it("prefers a dedicated model card over a README in the same folder", () => {
    expect(discover(["README.md", "Stable_Diffusion_v1_Model_Card.md"]).models[0]?.card).toBe("Stable_Diffusion_v1_Model_Card.md");
  });

  it("treats a tree with only a license file as one model at the root", () => {
    expect(discover(["LICENSE"]).models).toEqual([{ dir: ".", licenses: ["LICENSE"] }]);
  });
});
