// The normalisation steps, one behaviour each, and the codec of fingerprints.json.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeSorted, encodeSorted } from "../../src/identify/codec.js";
import { nameKey } from "../../src/identify/names.js";
import { NORMALISATION_STEPS, normalise, normaliseText } from "../../src/identify/normalise.js";

const words = (s: string) => normalise(s).text;

describe("normalisation steps", () => {
  it("are named, ordered and described", () => {
    const names = NORMALISATION_STEPS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.indexOf("copyright")).toBeLessThan(names.indexOf("preamble"));
    expect(names[names.length - 1]).toBe("lower-case");
    for (const s of NORMALISATION_STEPS) expect(s.description.length).toBeGreaterThan(10);
  });

  it("lower-cases, unifies quotes and dashes, joins hyphenated words", () => {
    expect(words("“Licensed” Work — the Licensor’s NON-COMMERCIAL use")).toBe("licensed work the licensor's noncommercial use");
    expect(words("sub-\nlicense the Work")).toBe("sublicense the work");
  });

  it("drops emphasis inside words and next to hyphens, and spaces it out elsewhere, by the markers' neighbours", () => {
    const step = NORMALISATION_STEPS.find((x) => x.name === "markdown-emphasis")!;
    expect(step.apply("Verviel**fält**igung **cross**-claims http://**mozilla**.org **Bold** it_s 𝐀**𝐁**")).toBe("Vervielfältigung  cross-claims http://mozilla.org  Bold  its 𝐀𝐁 ");
    // The rule as one regular expression with look-behinds (what the scan replaced, for speed): both
    // give the same text for any mix of markers, word characters, astral letters and punctuation.
    const rule = (t: string) =>
      t.replace(/[*_`~]+(?=[-'])|(?<=[-'])[*_`~]+|(?<=[\p{L}\p{N}/:.])[*_`~]+(?=[\p{L}\p{N}/:.])/gu, "").replace(/[*_`~]+/g, " ");
    const pieces = fc.constantFrom("*", "**", "_", "`", "~", "-", "'", "a", "é", "7", "/", ":", ".", " ", "\n", "𝐀", "😀", ",");
    fc.assert(fc.property(fc.array(pieces, { maxLength: 14 }), (ps) => step.apply(ps.join("")) === rule(ps.join(""))), { numRuns: 3000 });
  });

  it("tokenizes letters of any script, one token per CJK character, & as and", () => {
    expect(words("Lizenz für Ω-Modelle & 模型许可 naïve")).toBe("lizenz für ωmodelle and 模 型 许 可 naïve");
  });

  it("varietal spellings (SPDX matching guidelines)", () => {
    expect(words("The Licence and its licensor; organisation, authorised, whilst")).toBe("the license and its licensor organization authorized while");
  });

  it("strips Markdown: headings, emphasis, links, tables, code fences, quotes", () => {
    const md = "# Terms\n\n**Bold** _it_ `code` [the site](https://example.com) > quoted\n\n| a | b |\n|---|---|\n```text\nx\n```\n";
    expect(words(md)).toBe("terms bold it code the site quoted a b x");
  });

  it("strips copyright notices however they are wrapped, and keeps prose about copyright", () => {
    expect(words("Copyright (c) 2020-2024 Example Labs, Inc.\nAll rights reserved.\n\nPermission is granted")).toBe("permission is granted");
    expect(words("Copyright(c) 2001 by David Kastrup Any use of the code is permitted")).toBe("any use of the code is permitted");
    expect(words("Copyright [yyyy] [name of copyright owner]\n\nLicensed under")).toBe("licensed under");
    expect(words("Copyright and Similar Rights means copyright and/or similar rights")).toBe(
      "copyright and similar rights means copyright and or similar rights",
    );
    expect(words("you must include this\ncopyright notice along with the code.")).toBe("you must include this copyright notice along with the code");
  });

  it("strips a 'This model is licensed under ...' preamble in the first lines", () => {
    expect(words("This model is licensed under the MIT License.\n\nPermission is hereby granted")).toBe("permission is hereby granted");
    expect(words("Permission is hereby granted.\nMore text.\nEven more.\nThe software is provided under these terms.")).toContain("provided under");
  });

  it("strips bullets and section numbering, keeps version numbers", () => {
    expect(words("1. Definitions\n  (a) \"Work\" means\n  - item\n2.1 Grant\niv) last\nVersion 2.0 of section 4(a)")).toBe(
      "definitions work means item grant last version 2.0 of section 4",
    );
  });

  it("strips URLs, front matter and HTML", () => {
    expect(words("---\nlicense: mit\n---\nSee <b>https://spdx.org/licenses/MIT.html</b> &amp; www.example.com.")).toBe("see and");
  });

  it("splits CJK text into characters and keeps other scripts' letters", () => {
    expect(normalise("著作権 Lizenz für Ärzte").tokens).toEqual(["著", "作", "権", "lizenz", "für", "ärzte"]);
  });

  it("normaliseText stops before a named step", () => {
    expect(normaliseText("Copyright 2020 X\nHello", "copyright")).toContain("Copyright 2020");
  });
});

describe("name keys", () => {
  it.each([
    ["Apache License, Version 2.0", "apache 2"],
    ["Apache-2.0", "apache 2"],
    ["GNU General Public License v3.0 or later", "gpl 3 or later"],
    ["Creative Commons Attribution-NonCommercial 4.0 International", "cc by nc 4"],
    ["CC-BY-NC-4.0", "cc by nc 4"],
    ["llama3.1", "llama 3.1"],
    ["Llama 3.1 Community License Agreement", "llama 3.1 community"],
    ["CreativeML Open RAIL-M", "creativeml openrail m"],
    ["CC0-1.0", "cc0 1"],
  ])("%s → %s", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe("codec", () => {
  it("round-trips sorted integer lists up to 2^32 - 1", () => {
    const values = [0, 1, 31, 32, 1023, 1024, 65535, 1 << 24, 0xfffffffe, 0xffffffff];
    expect([...decodeSorted(encodeSorted([...values].reverse()))]).toEqual(values);
    expect([...decodeSorted(encodeSorted([]))]).toEqual([]);
    expect(() => encodeSorted([-1])).toThrow(RangeError);
  });
});
