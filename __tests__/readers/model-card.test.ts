import { describe, expect, it } from "vitest";
import { readModelCard } from "../../src/readers/model-card.js";
import { kb } from "../helpers.js";

const names = {
  datasets: kb.datasetNames(),
  licenses: [...kb.licenses.values()].flatMap((l) => [l.name, ...l.aliases].map((name) => ({ name, id: l.id }))),
  models: [],
};

describe("readModelCard", () => {
  it("reads front matter keys with their lines and columns", () => {
    const text = "---\nlicense: mit\ndatasets:\n  - laion/laion2B-en\n  - HuggingFaceFW/fineweb\nbase_model: [org/a, org/b]\nbase_model_relation: merge\n---\n# M\n";
    const c = readModelCard("m/README.md", text, names);
    expect(c.frontMatter).toBe(true);
    expect(c.license).toEqual({ value: "mit", location: { file: "m/README.md", line: 2, column: 10 } });
    expect(c.datasets.map((d) => [d.value, d.location.line])).toEqual([
      ["laion/laion2B-en", 4],
      ["HuggingFaceFW/fineweb", 5],
    ]);
    expect(c.baseModels.map((b) => b.value)).toEqual(["org/a", "org/b"]);
    expect(c.baseModelRelation?.value).toBe("merge");
    expect(c.problems).toEqual([]);
  });

  it("accepts a single string for datasets and base_model", () => {
    const c = readModelCard("README.md", "---\ndatasets: laion/laion2B-en\nbase_model: org/base\n---\n", names);
    expect(c.datasets[0]?.value).toBe("laion/laion2B-en");
    expect(c.baseModels[0]?.value).toBe("org/base");
  });

  it("gives the same positions for CRLF line ends and a BOM", () => {
    const lf = "---\nlicense: mit\n---\n# M\n";
    const crlf = "\uFEFF" + lf.replace(/\n/g, "\r\n");
    const a = readModelCard("README.md", lf, names);
    const b = readModelCard("README.md", Buffer.from(crlf, "utf8"), names);
    expect(b.license).toEqual(a.license);
    expect(b.problems).toEqual([]);
  });

  it("reports an unterminated front matter on line 1 and still reads the prose", () => {
    const c = readModelCard("README.md", "---\nlicense: mit\n# Model\n## Training data\nTrained on LAION-2B (en).\n", names);
    expect(c.problems).toMatchObject([{ messageId: "unterminated", location: { line: 1 } }]);
    expect(c.proseDatasets.map((d) => d.value.id)).toContain("laion-2b-en");
  });

  it("reports invalid YAML at its line in the file, not in the block", () => {
    const c = readModelCard("README.md", "---\nlicense: mit\ntags: [a, b\n---\n", names);
    expect(c.problems[0]?.messageId).toBe("yaml");
    expect(c.problems[0]!.location.line).toBeGreaterThanOrEqual(3);
  });

  it("reports wrong types with the key's line and what was expected", () => {
    const c = readModelCard("README.md", "---\nlicense: 42\ndatasets:\n  - ok/ds\n  - {name: x}\nbase_model_relation: fork\n---\n", names);
    const byLine = c.problems.map((p) => [p.location.line, p.messageId]);
    expect(byLine).toEqual([
      [2, "type"],
      [5, "type"],
      [6, "unknown-value"],
    ]);
    expect(c.problems[0]!.message).toMatch(/'license' must be a non-empty string, got number 42/);
  });

  it("treats a card without front matter as normal and reads its license section", () => {
    const body = "# A model\n\n## Training data\nWe trained on the Colossal Clean Crawled Corpus.\n\n## License\nThis model is released under the MIT license.\n";
    const c = readModelCard("README.md", body, names);
    expect(c.frontMatter).toBe(false);
    expect(c.problems).toEqual([]);
    const body_ = c.licenseStatements!.filter((st) => st.via !== "metadata");
    expect(body_.map((st) => [st.subject, st.license, st.location.line])).toEqual([["weights", "mit", 7]]);
    expect(c.proseDatasets.map((d) => d.value.id)).toEqual(["c4"]);
    expect(c.proseDatasets[0]!.location.line).toBe(4);
  });

  it("ignores datasets named only in evaluation sections", () => {
    const body = "# M\n\n## Training data\nTrained on The Pile.\n\n## Evaluation\nEvaluated on MS-COCO and ImageNet-1k.\n";
    const c = readModelCard("README.md", body, names);
    expect(c.proseDatasets.map((d) => d.value.id)).toEqual(["the-pile"]);
  });

  it("does not take a dataset named in a result sentence, or a heading inside a code block, as training data", () => {
    const body = "# M\n\nA text-to-image model achieving a zero-shot FID of 6.66 on the COCO dataset.\n\n```python\n# stage 1 training\nx = 1\n```\n\nIt was trained on LAION-2B (en).\n";
    const c = readModelCard("README.md", body, names);
    expect(c.proseDatasets.map((d) => d.value.id)).toEqual(["laion-2b-en"]);
  });

  it("reads Hub dataset URLs in the prose", () => {
    const c = readModelCard("README.md", "# M\n## Training\nSee https://huggingface.co/datasets/acme/private-set for details.\n", names);
    expect(c.proseDatasets.map((d) => d.value.ref)).toEqual(["acme/private-set"]);
  });

  it("reports a binary file instead of crashing", () => {
    const c = readModelCard("README.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), names);
    expect(c.problems).toMatchObject([{ messageId: "unreadable", location: { line: 1 } }]);
  });
});
