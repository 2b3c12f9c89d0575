// Files holding several licenses (issue 11, segmentation) and notices naming a license. The stacked
// files are written here the way repositories write them: a project's license with a vendored
// component's license under a separator and a "The following files are under" line (as projects that
// bundle third-party code do), a model repository's single LICENSE holding the weights' license and,
// under a "Code license" heading, the code's, and Meta's Llama 3 license with its acceptable-use policy.
import { describe, expect, it } from "vitest";
import { identifyLicense, pickGoverningLicense, renderIdentification, type Identification } from "../../src/identify/index.js";
import { needsShared } from "../shared.js";
import { textOf } from "./references.js";

const modelTexts = needsShared("segment.test.ts: stacked model-license files");

/** The SPDX text with its placeholders filled in, as a project ships it. */
const filled = (id: string, holder: string) => textOf(id).replace(/<year>/g, "2019").replace(/<owner>|<copyright holders?>|<organization>/gi, holder);

/** The 1-based line on which `part` starts in `text`. */
const lineOf = (text: string, part: string) => text.slice(0, text.indexOf(part)).split("\n").length;
const lastLine = (text: string, part: string) => lineOf(text, part) + part.trimEnd().split("\n").length - 1;

function blocksOf(r: Identification) {
  return (r.blocks ?? []).map((b) => ({ kind: b.kind, id: b.id, from: b.lines.from, to: b.lines.to, covers: b.covers }));
}

describe("a file holding several licenses reports each block with its lines", () => {
  it("BSD-2-Clause and BSD-3-Clause stacked: two blocks, not a modified BSD-3-Clause", () => {
    const bsd2 = filled("BSD-2-Clause", "Example Labs");
    const bsd3 = filled("BSD-3-Clause", "The Vendored Parser Authors");
    const text = `${bsd2}\n\n-----------------------------------------------------------------------\n\nThe files under third_party/parser are under the following license:\n\n${bsd3}`;
    const r = identifyLicense(text);
    expect(r.outcome).toBe("known");
    expect(r.id).toBe("bsd-2-clause");
    expect(r.note).toBe("the file also contains the text of bsd-3-clause");
    expect(blocksOf(r)).toEqual([
      { kind: "license", id: "bsd-2-clause", from: 1, to: lastLine(text, bsd2), covers: "unknown" },
      { kind: "license", id: "bsd-3-clause", from: lineOf(text, "The files under third_party"), to: lastLine(text, bsd3), covers: "unknown" },
    ]);
    expect(renderIdentification(r, "text")).toContain(`lines ${lineOf(text, "The files under")}-${lastLine(text, bsd3)}: bsd-3-clause`);
  });

  it.skipIf(!modelTexts)("a model license and, under a heading, the code's: the weights' block is the file's license and governs", () => {
    const rail = textOf("creativeml-openrail-m");
    const apache = textOf("Apache-2.0");
    const text = `${rail}\n\n================\n\n## Code license\n\n${apache}`;
    const r = identifyLicense(text);
    expect(r.id).toBe("creativeml-openrail-m");
    expect(blocksOf(r)).toEqual([
      { kind: "license", id: "creativeml-openrail-m", from: 1, to: lastLine(text, rail), covers: "weights" },
      { kind: "license", id: "apache-2.0", from: lineOf(text, "## Code license"), to: lastLine(text, apache), covers: "code" },
    ]);
  });

  it("the code's license first, the weights' second under a 'Model weights' heading: the second block is the file's license", () => {
    const mit = filled("MIT", "Example Labs");
    const ccbync = textOf("CC-BY-NC-4.0");
    const text = `Code\n\n${mit}\n\n---\n\n# Model weights\n\n${ccbync}`;
    const r = identifyLicense(text);
    expect(r.id).toBe("cc-by-nc-4.0");
    expect(blocksOf(r).map((b) => [b.id, b.covers, b.from])).toEqual([
      ["mit", "code", 1],
      ["cc-by-nc-4.0", "weights", lineOf(text, "# Model weights")],
    ]);
    // Beside a LICENSE-CODE file holding MIT, this file governs the weights, for its block about them.
    const pick = pickGoverningLicense([
      { path: "LICENSE-CODE", identification: identifyLicense(mit) },
      { path: "LICENSE", identification: r },
    ]);
    expect(pick.governing.path).toBe("LICENSE");
    expect(pick.block).toMatchObject({ id: "cc-by-nc-4.0", covers: "weights" });
    expect(pick.reason).toMatch(new RegExp(`lines ${lineOf(text, "# Model weights")}-\\d+ of the file \\(the block about the weights\\)`));
  });

  it.skipIf(!modelTexts)("a license and its acceptable-use policy (Meta Llama 3): two blocks of llama3", () => {
    const text = textOf("llama3");
    const r = identifyLicense(text);
    expect(r.id).toBe("llama3");
    const aup = lineOf(text, "Meta Llama 3 Acceptable Use Policy");
    const blocks = blocksOf(r);
    expect(blocks.map((b) => b.kind)).toEqual(["license", "acceptable-use-policy"]);
    expect(blocks[0]).toMatchObject({ id: "llama3", from: 1, covers: "weights" });
    expect(blocks[0]!.to).toBeLessThan(aup);
    expect(blocks[1]).toMatchObject({ id: "llama3", from: aup });
  });

  it("one license with headings and sections is one block (GPL-3.0, Apache-2.0 with notes appended)", () => {
    expect(identifyLicense(textOf("GPL-3.0-only")).blocks).toBeUndefined();
    const r = identifyLicense(`${textOf("Apache-2.0")}\n\n## Citation\n\nIf you use this model, cite our paper.\n`);
    expect(r.id).toBe("apache-2.0");
    expect(r.blocks).toBeUndefined();
  });
});

describe("notices name a license and say what it covers", () => {
  it("the ASF header of a source file: apache-2.0, a header covering the code, at the line it starts", () => {
    const header = [
      "# Copyright 2024 The Example Authors.",
      "#",
      '# Licensed under the Apache License, Version 2.0 (the "License");',
      "# you may not use this file except in compliance with the License.",
      "# You may obtain a copy of the License at",
      "#",
      "#     http://www.apache.org/licenses/LICENSE-2.0",
      "#",
      "# Unless required by applicable law or agreed to in writing, software",
      '# distributed under the License is distributed on an "AS IS" BASIS,',
      "# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.",
      "# See the License for the specific language governing permissions and",
      "# limitations under the License.",
    ].join("\n");
    const r = identifyLicense(header);
    expect({ outcome: r.outcome, id: r.id }).toEqual({ outcome: "known", id: "apache-2.0" });
    expect(r.notice).toEqual({ form: "header", covers: "code", line: 3 });
  });

  it("SPDX-License-Identifier lines: in a source file's comment it covers the code; alone it does not say", () => {
    const source = identifyLicense("// Copyright (c) 2023 Example Labs\n// SPDX-License-Identifier: MIT\n\n#include <stdio.h>\n");
    expect({ id: source.id, notice: source.notice }).toEqual({ id: "mit", notice: { form: "spdx-identifier", covers: "code", line: 2 } });
    expect(identifyLicense("SPDX-License-Identifier: Apache-2.0\n").notice).toEqual({ form: "spdx-identifier", covers: "unknown", line: 1 });
  });

  it("'the weights are released under X' is a notice of X about the weights; the code's sentence beside it is not the weights' license", () => {
    const r = identifyLicense("The model weights are released under the CC-BY-NC-4.0 license.\n");
    expect({ outcome: r.outcome, id: r.id, notice: r.notice }).toEqual({ outcome: "known", id: "cc-by-nc-4.0", notice: { form: "statement", covers: "weights", line: 1 } });
    const two = identifyLicense("The code in this repository is licensed under the MIT License.\n\nThe weights are released under the Llama 3.1 Community License.\n");
    expect({ id: two.id, notice: two.notice }).toEqual({ id: "llama3.1", notice: { form: "statement", covers: "weights", line: 3 } });
    expect(identifyLicense("The code is released under the MIT license.").notice?.covers).toBe("code");
    expect(renderIdentification(r, "text")).toMatch(/notice: a statement at line 1 naming the license, not its text; it says the license covers the weights/);
  });

  it("a file whose notice says it covers the weights governs over one about the code, whatever their names", () => {
    const pick = pickGoverningLicense([
      { path: "LICENSE", identification: identifyLicense("The code in this repository is released under the MIT license.") },
      { path: "NOTICE", identification: identifyLicense("The model weights are released under the CC-BY-NC-4.0 license.") },
    ]);
    expect(pick.governing.path).toBe("NOTICE");
    expect(pick.reason).toMatch(/its text says it covers the weights/);
  });
});
