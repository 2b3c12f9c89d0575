// Which files are license files (by name and by content), which governs the weights, and what a
// data license is. The repositories are written for the tests in the shapes of public ones named
// beside each; license texts are SPDX reference texts (npm spdx-license-list), read at run time.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { classify } from "../../src/readers/discover.js";
import { card, check, findings } from "../helpers.js";

const spdx = createRequire(import.meta.url)("spdx-license-list/full") as Record<string, { licenseText: string }>;
const text = (id: string) => spdx[id]!.licenseText;

describe("license files by name", () => {
  it.each([
    ["WEIGHT_DIFF_LICENSE", "license"],
    ["DATA_LICENSE", "license"],
    ["MODEL_LICENSE.txt", "license"],
    ["LICENSE-MODEL", "license"],
    ["LICENSE.Apache-2.0", "license"],
    ["COPYING.LESSER", "license"],
    ["utils/license_check.py", undefined],
    ["scripts/license.json", undefined],
    [".github/workflows/license-check.yml", undefined],
  ])("%s → %s", (p, role) => {
    expect(classify(p)).toBe(role);
  });
});

describe("license files by content, governing file and data licenses", () => {
  it("does not take a license-checking script as a license file (a model repo with utils/license_check.py)", () => {
    const r = check({
      "README.md": card("license: mit"),
      LICENSE: text("MIT"),
      "utils/license_check.py": "# Fails the build unless LICENSE is the Apache License, Version 2.0\nimport sys\n",
      "utils/LICENSE_CHECK": "Run this before a release to compare the files.\n",
    });
    expect(findings(r, "license-mismatch")).toEqual([]);
    expect(findings(r, "license-unrecognized")).toEqual([]);
    expect(r.skipped).toContainEqual({ path: "utils/LICENSE_CHECK", reason: "named like a license file, but its text is no license" });
  });

  it("takes WEIGHT_DIFF_LICENSE as the weights' license over the code's LICENSE, and DATA_LICENSE as data's (an instruction-tuned weight diff's repository)", () => {
    const r = check({
      "README.md": card("license: cc-by-nc-4.0", "# weight diff\n\nA weight diff to apply to the base.\n"),
      LICENSE: text("Apache-2.0"),
      WEIGHT_DIFF_LICENSE: text("CC-BY-NC-4.0"),
      DATA_LICENSE: text("CC-BY-4.0"),
    });
    expect(r.models[0]!.license.file?.file).toBe("WEIGHT_DIFF_LICENSE");
    expect(findings(r, "license-mismatch")).toEqual([]);
  });

  it("never lets DATA_LICENSE govern the weights, even when it is the only license file", () => {
    const r = check({ "README.md": card("license: apache-2.0"), DATA_LICENSE: text("CC-BY-SA-4.0") });
    expect(r.models[0]!.license.file).toBeUndefined();
    expect(findings(r, "license-mismatch")).toEqual([]);
  });

  it("still reports a card whose metadata and governing license file disagree, naming both", () => {
    const r = check({ "README.md": card("license: cc-by-nc-4.0"), MODEL_LICENSE: text("Apache-2.0") });
    const [f] = findings(r, "license-mismatch");
    expect(f?.message).toMatch(/the card's `license:` says .*cc-by-nc-4\.0.*, but MODEL_LICENSE says .*apache-2\.0/);
    expect(f?.evidence.map((e) => e.location?.file)).toEqual(["README.md", "MODEL_LICENSE"]);
  });
});
