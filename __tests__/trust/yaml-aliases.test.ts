// YAML aliases (issue 12, point 5): legitimate anchors work in any number a card uses; an alias
// bomb, an alias naming no anchor, and an alias inside its own anchor become card-malformed or
// policy-invalid at the alias's line, never an exception, in a model card, a dataset card or the
// policy. The cards imitate Hub model and dataset cards (front matter with license and datasets).
import { describe, expect, it } from "vitest";
import { readDatasetCard } from "../../src/readers/dataset-card.js";
import { parseYaml } from "../../src/readers/yaml.js";
import { MAX_ALIASES } from "../../src/readers/yaml-aliases.js";
import { card, check, findings } from "../helpers.js";

/** Nine times nine ... six levels deep: 531,441 strings from 300 bytes ("billion laughs"). */
const BOMB = ["lol: &a [l, l, l, l, l, l, l, l, l]", ...["b", "c", "d", "e", "f"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcde"[i]}`).join(", ")}]`)].join("\n");
/** The bomb is said where its chain of aliases starts: the line of the first alias. */
const BOMB_LINE = 2;

describe("YAML anchors and aliases", () => {
  it("150 aliases of one scalar are legitimate and read", () => {
    const yaml = `license: &l mit\ntags:\n${Array.from({ length: 150 }, () => "  - *l").join("\n")}\n`;
    const parsed = parseYaml(yaml);
    expect(parsed.problems).toEqual([]);
    expect((parsed.value as { tags: string[] }).tags).toHaveLength(150);
    const r = check({ "m/README.md": card(`${yaml}datasets:\n  - someone/photos`, "# M\n") });
    expect(findings(r, "card-malformed")).toEqual([]);
    expect(r.models[0]!.license?.id).toBe("mit");
  });

  it("an alias bomb in a model card is card-malformed at its first alias; the other models are still checked", () => {
    const r = check({ "bomb/README.md": card(`license: mit\n${BOMB}`, "# Bomb\n"), "ok/README.md": card("license: mit\ndatasets:\n  - someone/photos", "# Ok\n") });
    const [malformed] = findings(r, "card-malformed");
    expect(malformed?.location).toMatchObject({ file: "bomb/README.md", line: 1 + 1 + BOMB_LINE });
    expect(malformed?.message).toMatch(/alias bomb/);
    expect(r.models.map((m) => m.path)).toEqual(["bomb", "ok"]);
  });

  it("an alias bomb in a dataset card is a problem of that card, whose claims are then not read, reported by the model relying on it", () => {
    const text = card(`license: cc0-1.0\n${BOMB}`, "# acme-photos\n");
    expect(readDatasetCard("data/acme-photos/README.md", text).problems).toEqual([
      { messageId: "yaml", message: expect.stringMatching(/alias bomb/), location: { file: "data/acme-photos/README.md", line: 1 + 1 + BOMB_LINE, column: expect.any(Number) } },
    ]);
    const r = check({ "m/README.md": card("license: mit\ndatasets:\n  - acme-photos", "# M\n"), "data/acme-photos/README.md": text });
    expect(r.models.map((m) => m.path)).toEqual(["m"]);
    expect(r.models[0]!.trainingSources.map((t) => t.license ?? null)).not.toContain("cc0-1.0");
    // The model whose data it describes reports it (it was silently trusted as permissive before), and does not pass.
    expect(findings(r, "card-malformed")[0]?.location).toMatchObject({ file: "data/acme-photos/README.md", line: 1 + 1 + BOMB_LINE });
    expect(r.verdict).not.toBe("pass");
  });

  it("an alias bomb in the policy is policy-invalid with its line, and the defaults apply", () => {
    const r = check({ "m/README.md": card("license: mit\ndatasets:\n  - laion/laion2B-en", "# M\n") }, { policyText: `fail_on: never\n${BOMB}\n` });
    const [invalid] = findings(r, "policy-invalid");
    expect(invalid?.location).toMatchObject({ file: ".github/model-provenance.yml", line: 1 + BOMB_LINE });
    expect(r.policy.failOn).not.toBe("never");
  });

  it("an alias naming no anchor, an alias inside its own anchor, and too many aliases are problems at that alias", () => {
    expect(parseYaml("a: 1\nlicense:\n  - [*x, *x]\n", 1).problems).toEqual([{ message: "alias *x names no anchor before it", line: 4, column: 6 }]);
    expect(parseYaml("a: &a [1, *a]\n").problems).toEqual([{ message: "alias *a is inside its own anchor (a cycle)", line: 1, column: 11 }]);
    const many = `a: &x v\nb:\n${Array.from({ length: MAX_ALIASES + 1 }, () => "  - *x").join("\n")}\n`;
    expect(parseYaml(many).problems).toEqual([{ message: `more than ${MAX_ALIASES} aliases: not read`, line: MAX_ALIASES + 3, column: 5 }]);
    const r = check({ "m/README.md": card("license: mit\ntags:\n  - *nowhere", "# M\n") });
    expect(findings(r, "card-malformed")[0]?.location).toMatchObject({ file: "m/README.md", line: 4 });
  });
});
