// Front matter as the Hub reads it (its pattern, then PyYAML's safe_load). Each card below is written
// for the test in the shape of a kind of public Hub card named beside it; none is copied.
import { describe, expect, it } from "vitest";
import { readDatasetCard } from "../../src/readers/dataset-card.js";
import { readModelCard } from "../../src/readers/model-card.js";
import { parseYaml } from "../../src/readers/yaml.js";
import { card, check, findings } from "../helpers.js";

const names = { datasets: [], licenses: [], models: [] };
const read = (text: string | Uint8Array) => readModelCard("m/README.md", text, names);

describe("front matter PyYAML accepts", () => {
  it("reads a question-answering widget whose quoted context continues at column 1 (Hub QA cards, e.g. a Hungarian HuBERT QA model)", () => {
    const text = [
      "---",
      "language: hu",
      "license: apache-2.0",
      "widget:",
      '- text: "Mi Európa második leghosszabb folyója?"',
      '  context: "A Duna Európa második leghosszabb folyama.',
      "A folyó kialakulása a pliocén korban kezdődött el.",
      '"',
      "datasets:",
      "- squad",
      "---",
      "# hubert-qa",
    ].join("\n");
    const c = read(text);
    expect(c.problems).toEqual([]);
    expect(c.license).toMatchObject({ value: "apache-2.0", location: { line: 3 } });
    expect(c.datasets).toMatchObject([{ value: "squad", location: { line: 10 } }]);
  });

  it("reads a summarisation widget text spread over unindented lines and blank lines (T5 keyword-to-title cards)", () => {
    const text = "---\ndatasets:\n\n- arxiv\n\nwidget:\n\n- text: \"summarize: We describe a system\nthat builds models.\n\nIt monitors them.\"\n\nlicense: mit\n---\n";
    const c = read(text);
    expect(c.problems).toEqual([]);
    expect(c.license).toMatchObject({ value: "mit", location: { line: 13 } });
  });

  it("reads a flow list whose items continue at column 1, and single-quoted values that do", () => {
    const c = read("---\ntags: [text-classification,\nsentiment]\ndescription: 'It''s\nfine'\nlicense: mit\n---\n");
    expect(c.problems).toEqual([]);
    expect(c.license?.value).toBe("mit");
  });

  it("keeps the last value of a key given twice and points at it, as PyYAML does (hand-edited cards that append `license:`)", () => {
    const c = read("---\nlicense: other\ntags:\n- llama\nlicense: llama2\n---\n");
    expect(c.problems).toEqual([]);
    expect(c.license).toMatchObject({ value: "llama2", location: { line: 5, column: 10 } });
  });

  it("reads `datasets: [null]`, which the Trainer writes when it was given no dataset name, as naming none (Trainer cards)", () => {
    const c = read("---\nlicense: apache-2.0\ntags:\n- generated_from_trainer\ndatasets:\n- null\n---\n# distilgpt2-finetuned\n");
    expect(c.problems).toEqual([]);
    expect(c.datasets).toEqual([]);
  });

  it("applies `<<` merge keys", () => {
    const parsed = parseYaml("base: &b {license: mit}\nmodel:\n  <<: *b\n  name: x\n", 0, { hub: true });
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ base: { license: "mit" }, model: { license: "mit", name: "x" } });
  });

  it("reads front matter after leading blank lines, with file line numbers (ML-Agents PPO cards start with an empty line)", () => {
    const text = "\n \n---\nlibrary_name: ml-agents\nlicense: apache-2.0\ntags:\n- Huggy\n---\n# **ppo** Agent playing **Huggy**\n";
    const c = read(text);
    expect(c.frontMatter).toBe(true);
    expect(c.license).toMatchObject({ value: "apache-2.0", location: { line: 5, column: 10 } });
  });

  it("takes the title from the body, not from a YAML comment in front matter after a blank line", () => {
    const report = check({ "m/README.md": "\n---\n# exported by the training script\nlicense: mit\n---\n# Huggy agent\n" });
    expect(report.models[0]!.name).toBe("Huggy agent");
  });

  it("reads a block opened twice (`---` then `---`) as the Hub does: the second is a YAML document marker (DreamBooth style cards)", () => {
    const text = "---\n---\nlicense: creativeml-openrail-m\ntags:\n- stable-diffusion\n---\n# Ukiyo-e style Diffusion\n";
    const c = read(text);
    expect(c.problems).toEqual([]);
    expect(c.license).toMatchObject({ value: "creativeml-openrail-m", location: { line: 3 } });
  });

  it("takes a `---` rule before prose, never closed, as a Markdown rule, not broken metadata (Trainer cards with a results block)", () => {
    const text = "---\nSentiment analysis of tweets.\n\nThis model is a fine-tuned version of bert-base-uncased.\n\n eval_loss: 0.62,\n eval_accuracy: 0.76\n ---\n";
    const c = read(text);
    expect(c.problems).toEqual([]);
    expect(c.frontMatter).toBe(false);
  });
});

describe("front matter that is truly broken", () => {
  it("is one card-malformed finding at the file line, saying what was expected, and the License section is still read", () => {
    const text = card("license: apache-2.0\ntags: [a, b\nlanguage: en", "# M\n\n## License\n\nReleased under the MIT license.\n");
    const report = check({ "m/README.md": text });
    const malformed = findings(report, "card-malformed");
    expect(malformed).toHaveLength(1);
    expect(malformed[0]!.location).toMatchObject({ file: "m/README.md" });
    expect(malformed[0]!.location.line).toBeGreaterThanOrEqual(3);
    expect(malformed[0]!.message).toMatch(/expected|Missing/i);
    // The body is read: the License section names a license, so there is no license-missing.
    expect(findings(report, "license-missing")).toEqual([]);
  });

  it("says what was expected for a value that holds ': ' unquoted", () => {
    const c = read("---\nlicense: mit\npipeline_tag: text: generation\n---\n");
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]).toMatchObject({ messageId: "yaml", location: { line: 3 } });
    expect(c.problems[0]!.message).toMatch(/quote a value that contains ': '/);
  });

  it("reports metadata that is never closed at the line of its opening fence", () => {
    const c = read("\n---\nlicense: mit\ntags:\n- x\n# Model\n");
    expect(c.problems).toMatchObject([{ messageId: "unterminated", location: { line: 2 } }]);
    expect(c.problems[0]!.message).toMatch(/expected a '---' line/);
  });
});

describe("YAML aliases", () => {
  const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f", "g", "h", "i"].map((k, i) => `${k}: &${k} [${Array(10).fill(`*${"abcdefgh"[i]}`).join(", ")}]`)].join("\n");

  it("reads legitimate anchors, even 300 aliases of one value (a card reusing one widget prompt)", () => {
    const lines = ["prompt: &p a photo of sks dog", "widget:", ...Array.from({ length: 300 }, () => "- text: *p"), "license: mit"];
    const c = read(`---\n${lines.join("\n")}\n---\n`);
    expect(c.problems).toEqual([]);
    expect(c.license?.value).toBe("mit");
  });

  it("turns an alias bomb in a card into card-malformed at the first alias's line, and still reads the body", () => {
    const c = read(`---\nlicense: mit\n${bomb}\n---\n# M\n`);
    expect(c.problems).toMatchObject([{ messageId: "yaml", location: { line: 4 } }]);
    expect(c.problems[0]!.message).toMatch(/alias bomb/);
  });

  it("turns an alias bomb in a dataset card into a problem with its line", () => {
    const d = readDatasetCard("data/set/README.md", `---\nlicense: cc0-1.0\n${bomb}\n---\n`);
    expect(d.problems).toMatchObject([{ messageId: "yaml", location: { file: "data/set/README.md", line: 4 } }]);
  });

  it("turns an alias bomb in the policy into policy-invalid with file:line, and the run still reports", () => {
    const report = check({ "m/README.md": card("license: mit") }, { policyText: `fail_on: error\n${bomb}\n` });
    const invalid = findings(report, "policy-invalid");
    expect(invalid.length).toBeGreaterThan(0);
    expect(invalid[0]!.location).toMatchObject({ file: ".github/model-provenance.yml", line: 3 });
    expect(report.models).toHaveLength(1);
  });
});

describe("encodings", () => {
  const utf16le = (s: string, bom: number[]) => Uint8Array.from([...bom, ...Buffer.from(s, "utf16le")]);
  const text = "---\nlicense: apache-2.0\n---\n# bert-financial-sentiment\r\n";

  it("decodes a UTF-16LE card with its byte-order mark (saved by PowerShell or Notepad)", () => {
    const c = read(utf16le(text, [0xff, 0xfe]));
    expect(c.problems).toEqual([]);
    expect(c.license).toMatchObject({ value: "apache-2.0", location: { line: 2 } });
  });

  it("decodes a UTF-16LE card whose mark a UTF-8 tool turned into two U+FFFD (one card of the Hub corpus), and UTF-16BE", () => {
    expect(read(utf16le(text, [0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd])).license?.value).toBe("apache-2.0");
    const be = Buffer.from(text, "utf16le").swap16();
    expect(read(Uint8Array.from([0xfe, 0xff, ...be])).license?.value).toBe("apache-2.0");
  });

  it("keeps NUL and other control characters out of everything read from a card, at the same columns", () => {
    const body = `# Model\u001b[31m red\n\n${"x".repeat(9000)}\n\n## License\nMIT\u0000 license\n`;
    const c = read(`---\nlicense: "mi\\u0000t"\n---\n${body}`);
    // eslint-disable-next-line no-control-regex -- the assertion is about control characters
    expect(c.body).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(c.body.split("\n")[3]).toBe("# Model\ufffd[31m red");
    const report = check({ "m/README.md": Buffer.from(`---\nlicense: mit\n---\n${body}`) });
    expect(report.models[0]!.name).toBe("Model\ufffd[31m red");
  });
});
