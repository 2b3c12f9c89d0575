// License statements with their subject, polarity and license or class. Each block below is
// written for the test in the shape of a kind of public card named beside it; none is copied.
import { describe, expect, it } from "vitest";
import { nameIndex } from "../../src/pipeline.js";
import { bodyStatements, type StatementBlock } from "../../src/readers/license-statements.js";
import { card, check, findings, kb } from "../helpers.js";

const names = nameIndex(kb);
const at = (offset: number) => ({ file: "README.md", line: 1, column: offset + 1 });
/** Blocks as the document model gives them: text, offset and the class of the section they sit in. */
function blocks(...parts: [string, string][]): StatementBlock[] {
  let offset = 0;
  return parts.map(([cls, prose]) => {
    const b = { kind: "paragraph", start: offset, prose, section: { class: cls } };
    offset += prose.length + 2;
    return b;
  });
}
const read = (...parts: [string, string][]) => bodyStatements(blocks(...parts), names, at).map((s) => ({ subject: s.subject, license: s.license, negated: s.negated, class: s.class, via: s.via }));

describe("license statements", () => {
  it("takes 'This code repository is licensed under MIT' as the code's license, not the weights' (a GitHub-mirrored card)", () => {
    expect(read(["other", "This code repository is licensed under the MIT License. The model weights are released under CC BY-NC 4.0."])).toEqual([
      { subject: "code", license: "mit", negated: false, class: undefined, via: "sentence" },
      { subject: "weights", license: "cc-by-nc-4.0", negated: false, class: undefined, via: "sentence" },
    ]);
  });

  it("reads a bold 'License:' line of the Hub template as the weights' license, and skips its placeholder", () => {
    expect(read(["other", "- **Developed by:** Acme\n- **License:** Apache 2.0\n- **Finetuned from model:** [More Information Needed]"])).toMatchObject([{ subject: "weights", license: "apache-2.0", via: "line" }]);
    expect(read(["other", "- **License:** [More Information Needed]"])).toEqual([]);
  });

  it("reads 'Code license:' and 'Model license:' table rows with their subjects, in text order (Meta-style cards)", () => {
    expect(read(["license", "| Model license | CC BY-NC 4.0 |\n| Code license | MIT |"]).map((s) => [s.subject, s.license])).toEqual([
      ["weights", "cc-by-nc-4.0"],
      ["code", "mit"],
    ]);
  });

  it("records a denial ('is NOT CC0') as negated", () => {
    expect(read(["license", "Note: the model is NOT CC0; it is released under the OpenRAIL-M license."]).map((s) => [s.license, s.negated])).toEqual([
      ["cc0-1.0", true],
      ["openrail", false],
    ].filter(([id]) => names.licenses.some((l) => l.id === id)));
  });

  it("gives free text a class when it names no known license, and ignores a pointer elsewhere", () => {
    expect(read(["license", "This model is proprietary, all rights reserved."])).toMatchObject([{ subject: "weights", class: "proprietary" }]);
    expect(read(["license", "The weights may be used for research purposes only and not for commercial use."])).toMatchObject([{ subject: "weights", class: "non-commercial" }]);
    expect(read(["license", "See the LICENSE file."])).toEqual([]);
  });

  it("reads sentences outside a License section only when they say 'licensed' or 'released under'", () => {
    expect(read(["training", "We trained on data under CC BY 4.0 and MIT licenses from many sources."])).toMatchObject([{ subject: "data" }, { subject: "data" }]);
    expect(read(["usage", "Install it with pip; it works with MIT-style tooling."])).toEqual([]);
  });
});

describe("license-mismatch over the statements about the weights", () => {
  it("compares the metadata with a License line in the body and names both places (a card edited in two places)", () => {
    const r = check({ "m/README.md": card("license: apache-2.0", "# m\n\n## Model Details\n\n- **License:** CC BY-NC 4.0\n") });
    const [f] = findings(r, "license-mismatch");
    expect(f?.message).toMatch(/the card's `license:` says .*apache-2\.0.*, but m\/README\.md:\d+ says .*cc-by-nc-4\.0/);
  });

  it("does not compare a statement about the code with the weights' license (a card mirrored from its GitHub README)", () => {
    const r = check({ "m/README.md": card("license: cc-by-nc-4.0", "# m\n\n## License\n\nThis code repository is licensed under the MIT License.\n") });
    expect(findings(r, "license-mismatch")).toEqual([]);
  });

  it("finds no license missing when the License section states one in words (a proprietary model's card)", () => {
    const r = check({ "m/README.md": "# m\n\n## Model description\n\nA model.\n\n## License\n\nThis model is proprietary, all rights reserved.\n" });
    expect(findings(r, "license-missing")).toEqual([]);
  });
});
