// identifyLicense on the cases that matter for models: versions and near duplicates come out
// distinct, trimmed texts still identify, short notices and declared ids are read, and nothing is
// presented as certain that is not.
import { describe, expect, it } from "vitest";
import { rewrap } from "../../src/identify/corpus.js";
import { identifyLicense, renderIdentification, type Identification } from "../../src/identify/index.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { needsShared } from "../shared.js";
import { textOf } from "./references.js";

/** Model-license texts (Llama, RAIL) come from ../shared/licenses. */
const modelTexts = needsShared("identify.test.ts: cases on model-license texts");

const NOTES = "\n\n## Citation\n\n```bibtex\n@misc{example2024, title={An Example Model}, year={2024}}\n```\n\nQuestions: open an issue.\n";

/** The text up to (not including) the last line matching `re`. */
function cutBefore(text: string, re: RegExp): string {
  const matches = [...text.matchAll(new RegExp(re.source, `${re.flags.replace("g", "")}g`))];
  const last = matches[matches.length - 1];
  if (last?.index === undefined) throw new Error(`no ${re} in text`);
  return text.slice(0, last.index);
}

function expectIdentified(r: Identification, id: string, matcher?: Identification["matcher"]) {
  expect({ id: r.id, status: r.status }).toEqual({ id, status: "identified" });
  if (matcher) expect(r.matcher).toBe(matcher);
  expect(r.confidence).toBeGreaterThanOrEqual(80);
  for (const ru of r.runnersUp) expect(ru.confidence).toBeLessThan(r.confidence);
}

describe("versions and near duplicates stay distinct", () => {
  const llamas = ["llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4"];
  it.skipIf(!modelTexts).each(llamas)("%s, re-wrapped with notes appended", (id) => {
    expectIdentified(identifyLicense(rewrap(textOf(id), 60) + NOTES), id, "dice");
  });

  it.skipIf(!modelTexts)("Llama 3 without its Acceptable Use Policy, with and without notes", () => {
    const core = cutBefore(textOf("llama3"), /^Meta Llama 3 Acceptable Use Policy/m);
    expectIdentified(identifyLicense(core), "llama3", "exact");
    expectIdentified(identifyLicense(core + NOTES), "llama3", "dice");
  });

  it.each([
    ["CC-BY-3.0", "cc-by-3.0"],
    ["CC-BY-4.0", "cc-by-4.0"],
    ["CC-BY-SA-3.0", "cc-by-sa-3.0"],
    ["CC-BY-SA-4.0", "cc-by-sa-4.0"],
    ["CC-BY-NC-4.0", "cc-by-nc-4.0"],
    ["CC-BY-NC-SA-4.0", "cc-by-nc-sa-4.0"],
  ])("%s re-wrapped with notes → %s", (spdx, id) => {
    expectIdentified(identifyLicense(rewrap(textOf(spdx), 70) + NOTES), id, "dice");
  });

  it("CC BY 4.0 without the Creative Commons notice at its end", () => {
    expectIdentified(identifyLicense(cutBefore(textOf("CC-BY-4.0"), /^\s*Creative Commons is not a party/im) + NOTES), "cc-by-4.0");
  });

  it.each([
    ["GPL-2.0-only", "gpl-2.0"],
    ["GPL-3.0-only", "gpl-3.0"],
    ["LGPL-2.1-only", "lgpl-2.1"],
    ["AGPL-3.0-only", "agpl-3.0"],
  ])("%s re-wrapped with notes, and without its how-to-apply appendix → %s", (spdx, id) => {
    expectIdentified(identifyLicense(rewrap(textOf(spdx), 70) + NOTES), id, "dice");
    expectIdentified(identifyLicense(cutBefore(textOf(spdx), /^\s*How to Apply These Terms/im)), id);
  });

  it("deprecated SPDX ids do not compete with the current ones (GPL-2.0+ is GPL-2.0-only's text less one line)", () => {
    expectIdentified(identifyLicense(textOf("GPL-2.0+")), "gpl-2.0", "exact");
    expectIdentified(identifyLicense(rewrap(textOf("GPL-2.0+"), 60)), "gpl-2.0");
  });

  const rails = ["creativeml-openrail-m", "openrail++", "bigscience-openrail-m", "bigcode-openrail-m", "bigscience-bloom-rail-1.0"];
  it.skipIf(!modelTexts).each(rails)("%s with and without Attachment A, with notes", (id) => {
    expectIdentified(identifyLicense(textOf(id) + NOTES), id, "dice");
    expectIdentified(identifyLicense(cutBefore(textOf(id), /^\s*Attachment A\b/im)), id);
    expectIdentified(identifyLicense(cutBefore(textOf(id), /^\s*END OF TERMS AND CONDITIONS/im) + NOTES), id, "dice");
  });

  it.skipIf(!modelTexts)("CreativeML Open RAIL-M and Open RAIL++-M (~99% word-similar) are told apart by their distinguishing tokens", () => {
    const m = identifyLicense(rewrap(textOf("creativeml-openrail-m"), 60) + NOTES);
    const pp = identifyLicense(rewrap(textOf("openrail++"), 60) + NOTES);
    expectIdentified(m, "creativeml-openrail-m");
    expectIdentified(pp, "openrail++");
    expect(m.runnersUp[0]?.id).toBe("openrail++");
    expect(pp.runnersUp[0]?.id).toBe("creativeml-openrail-m");
  });

  it("Apache-2.0 without its appendix, with or without the END OF TERMS line", () => {
    expectIdentified(identifyLicense(cutBefore(textOf("Apache-2.0"), /^\s*APPENDIX/m)), "apache-2.0", "exact");
    expectIdentified(identifyLicense(cutBefore(textOf("Apache-2.0"), /^\s*END OF TERMS/m) + NOTES), "apache-2.0", "dice");
  });

  it("MIT with a real copyright line, without its title, and MIT-0 stay apart", () => {
    const mit = textOf("MIT").replace("<year> <copyright holders>", "2023 Example Labs").replace(/^MIT License\s*/, "");
    expectIdentified(identifyLicense(mit), "mit");
    expectIdentified(identifyLicense(rewrap(textOf("MIT-0"), 50)), "MIT-0");
  });
});

describe("BSD-4-Clause is its own license, not the Hub's BSD family", () => {
  // The original BSD license as a 1990s C library ships it: a copyright line for the holder and the
  // advertising clause naming them (the SPDX text with its placeholders filled in), re-wrapped.
  const filled = textOf("BSD-4-Clause").replace(/<copyright holder>|<year>|<owner>|<organization>/gi, (m) => (/year/i.test(m) ? "1996" : "The Example Group"));

  it("is identified as bsd-4-clause with its SPDX id, as published and as a project ships it", () => {
    for (const text of [textOf("BSD-4-Clause"), rewrap(filled, 72)]) {
      const r = identifyLicense(text);
      expectIdentified(r, "bsd-4-clause");
      expect(r.spdx).toBe("BSD-4-Clause");
      expect(r.runnersUp.map((x) => x.id)).not.toContain("bsd");
    }
  });

  it("has its grants and the advertising clause in the knowledge base; the family id keeps unknown grants", () => {
    const kb = loadKnowledgeBase();
    const own = kb.license("bsd-4-clause")!;
    expect(own.grants).toMatchObject({ "commercial-use": "yes", redistribution: "yes", derivatives: "yes" });
    expect(own.obligations.map((o) => o.detail).join(" ")).toMatch(/advertising materials/);
    expect(kb.license("BSD-4-Clause")?.id).toBe("bsd-4-clause");
    expect(kb.license("bsd")!.grants["commercial-use"]).toBe("unstated");
  });
});

describe("a file holding two licenses", () => {
  it("reports the first and notes the second", () => {
    const r = identifyLicense(`${textOf("Apache-2.0")}\n\n---\n\n${textOf("MIT")}`);
    expectIdentified(r, "apache-2.0", "dice");
    expect(r.note).toBe("the file also contains the text of mit");
  });

  it.skipIf(!modelTexts)("a model license is the one reported, whichever comes first", () => {
    for (const text of [`${textOf("Apache-2.0")}\n\n${textOf("llama3.1")}`, `${textOf("llama3.1")}\n\n${textOf("Apache-2.0")}`]) {
      const r = identifyLicense(text);
      expectIdentified(r, "llama3.1", "dice");
      expect(r.note).toMatch(/also contains the text of apache-2.0/);
      expect(r.runnersUp[0]?.id).toBe("apache-2.0");
    }
  });
});

describe("texts that are not a license are not identified", () => {
  it("an unknown license text is unrecognized and lists the closest candidates", () => {
    const apache = textOf("Apache-2.0");
    // Every third sentence dropped: too damaged to be called Apache-2.0 with confidence.
    const damaged = apache.split(/(?<=\.)\s+/).filter((_, i) => i % 3 !== 0).join(" ");
    const r = identifyLicense(damaged);
    expect(r.status).toBe("unrecognized");
    expect(r.id).toBeNull();
    expect(r.confidence).toBe(0);
    expect(r.runnersUp.map((x) => x.id)).toContain("apache-2.0");
  });

  it("empty and unrelated texts", () => {
    expect(identifyLicense("").status).toBe("unrecognized");
    expect(identifyLicense("   \n").note).toBe("empty text");
    expect(identifyLicense("# My model\n\nA fine-tuned model for summarising news articles.").status).toBe("unrecognized");
  });
});

describe("reference: a license named in a short text", () => {
  it.each([
    ["This project is released under the MIT license. See LICENSE for details.", "mit"],
    ["This model is licensed under the CreativeML OpenRAIL-M license.", "creativeml-openrail-m"],
    ["The weights are released under the CreativeML Open RAIL++-M License.", "openrail++"],
    ["Use of this model is governed by the Llama 3.1 Community License.", "llama3.1"],
    ["Llama 3.2 is licensed under the Llama 3.2 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.", "llama3.2"],
    ["Meta Llama 3 is licensed under the Meta Llama 3 Community License.", "llama3"],
    ["The model weights are released under CC BY-NC 4.0.", "cc-by-nc-4.0"],
    ["Licensed under the Creative Commons Attribution 3.0 Unported license.", "cc-by-3.0"],
    ["This program is free software; you can redistribute it under the terms of the GNU General Public License version 2 or later.", "gpl-2.0"],
    ["This model is licensed under the Stability AI Community License.", "stabilityai-community"],
  ])("%s → %s", (text, id) => {
    const r = identifyLicense(text);
    expectIdentified(r, id, "reference");
    expect(r.confidence).toBeLessThanOrEqual(90);
  });

  it("the Apache-2.0 file header", () => {
    const header = [
      'Licensed under the Apache License, Version 2.0 (the "License");',
      "you may not use this file except in compliance with the License.",
      "You may obtain a copy of the License at",
      "",
      "    http://www.apache.org/licenses/LICENSE-2.0",
      "",
      "Unless required by applicable law or agreed to in writing, software",
      'distributed under the License is distributed on an "AS IS" BASIS,',
      "WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.",
    ].join("\n");
    expectIdentified(identifyLicense(header), "apache-2.0", "reference");
  });

  it("a name without a licensing context is not a reference", () => {
    expect(identifyLicense("We compared our model with Llama 3.1 and Gemma on five benchmarks.").status).toBe("unrecognized");
  });

  it("two licenses named: the one said of the model's weights", () => {
    const r = identifyLicense("The code is released under the MIT license and the model weights under CC-BY-NC-4.0.");
    expectIdentified(r, "cc-by-nc-4.0", "reference");
    expect(r.runnersUp.map((x) => x.id)).toContain("mit");
  });

  it("two licenses named, neither said of the model: unrecognized with both as candidates", () => {
    const r = identifyLicense("Parts are licensed under the MIT license, other parts under the Apache License 2.0.");
    expect(r.status).toBe("unrecognized");
    expect(r.runnersUp.map((x) => x.id).sort()).toEqual(["apache-2.0", "mit"]);
  });
});

describe("declared ids", () => {
  it("an SPDX-License-Identifier line", () => {
    expectIdentified(identifyLicense("// SPDX-License-Identifier: Apache-2.0\nexport const x = 1;\n"), "apache-2.0", "declared");
    expect(identifyLicense("# SPDX-License-Identifier: Apache-2.0").confidence).toBe(95);
  });

  it("a compound expression names several licenses", () => {
    const r = identifyLicense("SPDX-License-Identifier: MIT OR Apache-2.0");
    expect(r.status).toBe("unrecognized");
    expect(r.runnersUp.map((x) => x.id)).toEqual(["mit", "apache-2.0"]);
  });

  it.each([
    ["llama3.1", "llama3.1"],
    ["Apache-2.0", "apache-2.0"],
    ["https://www.apache.org/licenses/LICENSE-2.0", "apache-2.0"],
    ["https://spdx.org/licenses/MIT.html", "mit"],
    ["LicenseRef-scancode-stable-diffusion-2022-08-22", "creativeml-openrail-m"],
    ["Llama 3.1 Community License Agreement", "llama3.1"],
  ])("declared %s with no text → %s", (declared, id) => {
    const r = identifyLicense("", { declared });
    expectIdentified(r, id, "declared");
    expect(r.confidence).toBe(90);
  });

  it("the text outranks a declaration it contradicts, and says so", () => {
    const r = identifyLicense(textOf("MIT"), { declared: "apache-2.0" });
    expectIdentified(r, "mit", "exact");
    expect(r.note).toMatch(/apache-2.0/);
    expect(r.runnersUp.map((x) => x.id)).toContain("apache-2.0");
    const d = identifyLicense(rewrap(textOf("Apache-2.0"), 50) + NOTES, { declared: "mit" });
    expectIdentified(d, "apache-2.0", "dice");
    expect(d.note).toMatch(/'mit' was declared/);
  });

  it("a declaration the text agrees with raises the confidence", () => {
    const text = rewrap(textOf("Apache-2.0"), 50) + NOTES;
    expect(identifyLicense(text, { declared: "apache-2.0" }).confidence).toBeGreaterThanOrEqual(95);
  });

  it("an unknown declared id", () => {
    const r = identifyLicense("", { declared: "my-own-license" });
    expect(r.status).toBe("unrecognized");
    expect(r.note).toMatch(/my-own-license/);
  });
});

describe("each distinct text is identified once", () => {
  it("the same text gives the same frozen result; a declared id is part of the key", () => {
    const text = rewrap(textOf("MIT"), 50);
    const a = identifyLicense(text);
    expect(identifyLicense(`${text}`)).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.runnersUp)).toBe(true);
    const declared = identifyLicense(text, { declared: "apache-2.0" });
    expect(declared).not.toBe(a);
    expect(declared.note).toMatch(/'apache-2.0' was declared/);
  });
});

describe("renderIdentification", () => {
  it("text and JSON", () => {
    const r = identifyLicense(textOf("BSD-3-Clause"));
    expect(renderIdentification(r, "text")).toMatch(/^bsd-3-clause \(SPDX BSD-3-Clause\): BSD 3-Clause "New" or "Revised" License\n {2}identified by exact match, confidence 100\/100\n$/);
    expect(JSON.parse(renderIdentification(r, "json"))).toEqual(r);
    const u = identifyLicense("lorem ipsum dolor sit amet, consectetur adipiscing elit");
    expect(renderIdentification(u, "text")).toMatch(/^none: not a license text/);
  });

  it("a modified copy: what it derives from and the passages with their lines", () => {
    const mit = textOf("MIT").replace("THE SOFTWARE IS PROVIDED", "The Software shall not be used for military purposes.\n\nTHE SOFTWARE IS PROVIDED");
    const text = renderIdentification(identifyLicense(mit), "text");
    expect(text).toMatch(/^other: derived from mit \(MIT License\), modified\n/);
    expect(text).toMatch(/\n {4}lines? \d+(?:-\d+)?: (?:inserted|changed) .*military/);
  });

  it("shows the SPDX id when it differs from the key", () => {
    expect(renderIdentification(identifyLicense(textOf("GPL-3.0-only")), "text")).toMatch(/^gpl-3\.0 \(SPDX GPL-3\.0-only\): /);
  });
});
