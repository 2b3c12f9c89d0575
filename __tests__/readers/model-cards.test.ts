// Which README.md files are model cards, and which paths a run leaves out (listed with why). The
// trees are written for the tests in the shapes of kinds of public repositories named beside each.
import { describe, expect, it } from "vitest";
import { ActionOptionsSchema } from "../../src/action/options.js";
import { renderText } from "../../src/render/text.js";
import { card, check, findings } from "../helpers.js";
import { cli, tree } from "../cli/helpers.js";

/** A model monorepo's project README: install, usage, contributing, license (what GitHub shows on the front page). */
const projectReadme = "# Acme models\n\nModels we train and ship.\n\n## Installation\n\n```bash\npip install acme\n# training\npython train.py\n```\n\n## Usage\n\nSee each folder.\n\n## License\n\nCode: Apache-2.0.\n";
/** A docs page explaining how to train (the docs/ of a training framework). */
const docsPage = "# Training guide\n\n## Training\n\nRun `acme train --data ./data`.\n\n## Evaluation\n\nRun `acme eval`.\n";
const modelCard = card("license: mit\ndatasets:\n- c4", "# acme-small\n\n## Training data\n\nTrained on C4.\n");

describe("which README.md files are model cards", () => {
  it("skips the repository's README and docs/ of a model monorepo, and says why, while its model folders are checked", () => {
    const r = check({ "README.md": projectReadme, LICENSE: "Apache License\nVersion 2.0", "docs/README.md": docsPage, "models/small/README.md": modelCard });
    expect(r.models.map((m) => m.path)).toEqual(["models/small"]);
    const skipped = new Map(r.skipped?.map((s) => [s.path, s.reason]));
    expect(skipped.get("README.md")).toMatch(/the repository's README, not a model card: no Hub model metadata and no weights or model config/);
    expect(skipped.get("docs/README.md")).toMatch(/^documentation, not a model card/);
    expect(skipped.get("LICENSE")).toMatch(/in no model folder/);
    expect(renderText(r)).toMatch(/skipped README\.md: the repository's README/);
  });

  it("does not fail a pull request that fixes a typo in the project README with license-missing", () => {
    // Its License section names no license: read as a card, the README would be license-missing.
    const readme = projectReadme.replace("ship", "shipp").replace("Code: Apache-2.0.", "See each model's LICENSE file.");
    const r = check({ "README.md": readme, "models/small/README.md": modelCard });
    expect(findings(r, "license-missing")).toEqual([]);
    expect(r.models.map((m) => m.path)).toEqual(["models/small"]);
  });

  it("takes a README without metadata beside config.json and safetensors weights as the card (a Hub repository cloned from before metadata)", () => {
    const r = check({ "README.md": "# bert-base-cased\n\nPretrained model on English language.\n", "config.json": "", "model.safetensors": "" });
    expect(r.models.map((m) => [m.path, m.card?.file])).toEqual([[".", "README.md"]]);
    expect(r.skipped ?? []).toEqual([]);
  });

  it("takes a README beside a Diffusers pipeline whose configs are in subfolders (model_index.json, unet/config.json)", () => {
    const r = check({ "sd/README.md": "# my-diffusion\n\nA text-to-image model.\n", "sd/unet/config.json": "", "sd/unet/diffusion_pytorch_model.safetensors": "" });
    expect(r.models.map((m) => m.path)).toEqual(["sd"]);
  });

  it("takes a card-shaped README in a model folder without metadata or weights (a card written before the weights are pushed)", () => {
    const r = check({ "models/tiny/README.md": "# tiny\n\n## Model description\n\nA small model.\n\n## Training data\n\nThe Pile.\n" });
    expect(r.models.map((m) => m.path)).toEqual(["models/tiny"]);
  });

  it("takes the root README as the card when it is card-shaped and the tree has no other (a model's GitHub repository)", () => {
    const r = check({ "README.md": "# Stable Diffusion\n\n## Model Details\n\nA latent diffusion model.\n\n## Training\n\nLAION-2B (en).\n", LICENSE: "MIT License" });
    expect(r.models.map((m) => [m.path, m.card?.file])).toEqual([[".", "README.md"]]);
  });

  it("skips a README in a model folder that is neither card-shaped nor beside weights nor carries metadata (a scripts folder's notes)", () => {
    const r = check({ "models/small/README.md": modelCard, "models/scripts/README.md": "# Scripts\n\nHelpers to convert checkpoints.\n" });
    expect(r.models.map((m) => m.path)).toEqual(["models/small"]);
    expect(r.skipped).toContainEqual({ path: "models/scripts/README.md", reason: expect.stringMatching(/no model-card sections/) });
  });

  it("keeps a README whose front matter is broken as a card, so that card-malformed says so", () => {
    const r = check({ "models/x/README.md": "---\nlicense: [mit\n---\n# x\n" });
    expect(findings(r, "card-malformed")).toHaveLength(1);
  });
});

describe("paths left out", () => {
  it("honours .gitignore and skips vendored and cache folders, listing each in the CLI report", async () => {
    const dir = tree({
      ".gitignore": "checkpoints/\n*.tmp.md\n",
      "models/a/README.md": modelCard,
      "models/a/checkpoints/step-100/README.md": modelCard,
      "node_modules/some-pkg/README.md": modelCard,
      ".cache/huggingface/hub/models--org--m/README.md": modelCard,
      "models/a/notes.tmp.md": "x",
    });
    const r = await cli(["check", ".", "--format", "json"], { cwd: dir });
    const report = JSON.parse(r.stdout) as { models: { path: string }[]; skipped: { path: string; reason: string }[] };
    expect(report.models.map((m) => m.path)).toEqual(["models/a"]);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { path: "models/a/checkpoints/", reason: "ignored by .gitignore" },
        { path: "node_modules/", reason: "a vendored packages folder" },
        { path: ".cache/", reason: expect.stringMatching(/cache folder/) },
      ]),
    );
    const text = await cli(["check", "."], { cwd: dir });
    expect(text.stdout).toMatch(/skipped models\/a\/checkpoints\/: ignored by \.gitignore/);
  });

  it("scans a folder given on the command line even when its name is one that is skipped below a root", async () => {
    const dir = tree({ "fixtures/m/README.md": modelCard });
    const r = await cli(["check", "fixtures", "--format", "json"], { cwd: dir });
    expect((JSON.parse(r.stdout) as { models: { path: string }[] }).models.map((m) => m.path)).toEqual(["fixtures/m"]);
  });

  it("removes paths by the policy's exclude globs and narrows to its include globs", () => {
    const files = { "models/a/README.md": modelCard, "models/b/README.md": modelCard, "experiments/c/README.md": modelCard };
    const ex = check(files, { policyText: "exclude:\n  - experiments/\n" });
    expect(ex.models.map((m) => m.path)).toEqual(["models/a", "models/b"]);
    expect(ex.skipped).toContainEqual({ path: "experiments/c/README.md", reason: "matches an exclude glob (experiments/)" });
    const inc = check(files, { policyText: "include:\n  - models/b/**\n" });
    expect(inc.models.map((m) => m.path)).toEqual(["models/b"]);
    expect(inc.skipped).toContainEqual({ path: "models/a/README.md", reason: "matches no include glob" });
  });

  it("removes paths given with --exclude, repeated or comma-separated", async () => {
    const dir = tree({ "models/a/README.md": modelCard, "models/b/README.md": modelCard, "legacy/c/README.md": modelCard });
    const r = await cli(["check", ".", "--format", "json", "--exclude", "legacy/", "--exclude", "models/b/**,other/"], { cwd: dir });
    expect((JSON.parse(r.stdout) as { models: { path: string }[] }).models.map((m) => m.path)).toEqual(["models/a"]);
  });

  it("reads the Action's exclude input as a list, like paths", () => {
    const o = ActionOptionsSchema.parse({ exclude: "legacy/\nthird-party-models/, experiments/**" });
    expect(o.exclude).toEqual(["legacy/", "third-party-models/", "experiments/**"]);
    expect(check({ "legacy/x/README.md": modelCard, "m/README.md": modelCard }, { exclude: o.exclude }).models.map((m) => m.path)).toEqual(["m"]);
  });
});
