// Front matter read by js-yaml first (src/readers/yaml-fast.ts) must give what the exact path (the
// `yaml` package with PyYAML's leniency) gives: the same value, no problem, and the same line and
// column for every key and list item a finding may cite. Where the two read differently the fast
// path must stand aside. Cards are the generated monorepo's (scripts/bench/IMITATES.md) and short
// front matters written for the test in the shape of the Hub cards named beside them.
import { describe, expect, it } from "vitest";
import { generateMonorepo } from "../../scripts/bench/monorepo.js";
import { load, CORE_SCHEMA } from "js-yaml";
import { splitFrontMatter } from "../../src/readers/front-matter.js";
import { parseYaml, parseYamlExact, type ParsedYaml, type YamlPath } from "../../src/readers/yaml.js";
import { parseYamlFast } from "../../src/readers/yaml-fast.js";

const noExact = () => {
  throw new Error("the exact path's locate() was asked for");
};

/** Every path a reader may locate: the root, each top-level key (value and key), each list item. */
function pathsOf(value: unknown): YamlPath[] {
  const paths: YamlPath[] = [[]];
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      paths.push([k]);
      if (Array.isArray(v)) v.forEach((_, i) => paths.push([k, i]));
    }
  }
  return paths;
}

function expectAlike(fast: ParsedYaml, exact: ParsedYaml): void {
  expect(exact.problems).toEqual([]);
  expect(fast.problems).toEqual([]);
  expect(fast.value).toEqual(exact.value);
  for (const p of pathsOf(exact.value)) for (const preferKey of [false, true]) expect(fast.locate(p, preferKey), `${JSON.stringify(p)} preferKey ${preferKey}`).toEqual(exact.locate(p, preferKey));
}

describe("the fast path reads the generated monorepo's front matter as the exact path does", () => {
  it("value, no problem, and every key's and list item's line and column, for most cards", () => {
    const cards = generateMonorepo(400).files.filter((f) => f.path.endsWith("README.md"));
    let fast = 0;
    for (const card of cards) {
      const { yaml, openLine } = splitFrontMatter(card.content, card.path, []);
      if (yaml === undefined) continue;
      const exact = parseYamlExact(yaml, openLine, { hub: true });
      const quick = parseYamlFast(yaml, openLine, () => exact.locate);
      if (!quick) continue;
      fast++;
      expectAlike(quick, exact);
    }
    expect(fast).toBeGreaterThan(cards.length * 0.8);
  });
});

describe("front matter the fast path places itself", () => {
  const cases: [string, string][] = [
    ["a Trainer card: tags, datasets, model-index with metric values (Trainer.push_to_hub)", "license: apache-2.0\ntags:\n- generated_from_trainer\ndatasets:\n- imdb\nmodel-index:\n- name: distilbert-imdb\n  results:\n  - task:\n      type: text-classification\n    metrics:\n    - type: accuracy\n      value: 0.9312\n"],
    ["quoted values and a flow list (LLM fine-tunes)", "license: \"llama2\"\nbase_model: 'meta-llama/Llama-2-7b-hf'\ndatasets: [\"tatsu-lab/alpaca\", 'OpenAssistant/oasst1', dolly]\n"],
    ["a comment and blank lines before the first key, indented list items (LoRA cards)", "# generated\n\n  \nlicense: openrail++\ntags:\n  - lora\n  - text-to-image\ninstance_prompt: a photo of sks dog\n"],
    ["a key given twice keeps its last value, located at the last (hand-edited cards)", "license: mit\ndatasets:\n- a\nlicense: apache-2.0\n"],
    ["a reward figure with +/- and a value that only looks numeric (RL cards)", "model-index:\n- name: ppo\n  results:\n  - metrics:\n    - type: mean_reward\n      value: 7.56 +/- 2.71\nlibrary_version: 3.0 beta\n"],
    ["a plain value continued on the next line (long descriptions)", "license: cc-by-4.0\ndescription: a model that\n  reads cards\ndatasets:\n- c4\n"],
  ];
  for (const [name, yaml] of cases) {
    it(name, () => {
      const exact = parseYamlExact(yaml, 1, { hub: true });
      const fast = parseYamlFast(yaml, 1, noExact);
      expect(fast).toBeDefined();
      expectAlike(fast!, exact);
    });
  }

  it("asks the exact path only where the events hold no offset: an empty value, a block scalar", () => {
    const yaml = "license: mit\nthumbnail:\nextra_gated_prompt: |\n  You agree to the terms.\n";
    const exact = parseYamlExact(yaml, 1, { hub: true });
    let asked = 0;
    const fast = parseYamlFast(yaml, 1, () => (asked++, exact.locate))!;
    expect(fast.locate(["license"])).toEqual(exact.locate(["license"]));
    expect(asked).toBe(0);
    expect(fast.locate(["thumbnail"])).toEqual(exact.locate(["thumbnail"]));
    expect(fast.locate(["extra_gated_prompt"])).toEqual(exact.locate(["extra_gated_prompt"]));
    expect(asked).toBe(1);
  });
});

describe("where js-yaml and the exact path read differently, the fast path stands aside", () => {
  // Each pair: what js-yaml alone reads, what the exact path reads (the Hub's PyYAML reads the same).
  const differ: [string, string][] = [
    ["a null key (`null:`, `~:`): js-yaml names it 'null', the exact path ''", "null: x\nlicense: mit\n"],
    ["a merge key: js-yaml keeps `<<` as a key, PyYAML merges", "base: &b {license: mit}\ncard:\n  <<: *b\n  datasets: [c4]\n"],
    ["a quoted widget text continued at column 1: js-yaml refuses it, PyYAML reads it (Hub QA cards)", 'widget:\n- text: "Mi Európa második\nleghosszabb folyója?"\nlicense: mit\n'],
    ["a complex key: js-yaml refuses it, the exact path reads it as text", "[a, b]: c\n"],
  ];
  for (const [name, yaml] of differ) {
    it(name, () => {
      let jsYaml: unknown;
      try {
        jsYaml = load(yaml, { schema: CORE_SCHEMA, json: true });
      } catch (e) {
        jsYaml = e;
      }
      const exact = parseYamlExact(yaml, 0, { hub: true });
      // The difference is real (else the case would prove nothing)…
      expect(jsYaml).not.toEqual(exact.value);
      // …and the fast path does not answer; parseYaml gives the exact reading.
      expect(parseYamlFast(yaml, 0, noExact)).toBeUndefined();
      expect(parseYaml(yaml, 0, { hub: true }).value).toEqual(exact.value);
    });
  }

  const exactOnly: [string, string][] = [
    ["an anchor and alias (bounded by the exact path)", "a: &x mit\nlicense: *x\n"],
    ["a tag", "license: !!str mit\n"],
    ["a tab in indentation (a problem for the exact path)", "datasets:\n\t- c4\n"],
    ["a numeric key", "1: x\n"],
    ["a value whose core-schema type is not plainly alike", "license: mit\nversion: 0x1F\nrelease: .inf\n"],
    ["two YAML documents", "license: mit\n---\nlicense: gpl-3.0\n"],
    ["a `__proto__` key (no card key: left to the exact path rather than trusting two object builders alike)", "__proto__: x\n"],
  ];
  for (const [name, yaml] of exactOnly) {
    it(`${name} goes to the exact path`, () => {
      expect(parseYamlFast(yaml, 0, noExact)).toBeUndefined();
      const exact = parseYamlExact(yaml, 0, { hub: true });
      const read = parseYaml(yaml, 0, { hub: true });
      expect([read.value, read.problems]).toEqual([exact.value, exact.problems]);
    });
  }

  it("a problem is always the exact path's: broken YAML gets its message and line", () => {
    const yaml = "license: mit\ndatasets: [c4\nbase_model: x\n";
    expect(parseYamlFast(yaml, 4, noExact)).toBeUndefined();
    const read = parseYaml(yaml, 4, { hub: true });
    expect(read.problems.length).toBeGreaterThan(0);
    expect(read.problems).toEqual(parseYamlExact(yaml, 4, { hub: true }).problems);
  });

  it("our own files (the policy) are never read by the fast path: a duplicated key stays a problem", () => {
    expect(parseYaml("fail_on: error\nfail_on: warning\n").problems).not.toEqual([]);
  });
});
