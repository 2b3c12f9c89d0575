// SPDX's templates (issue 11): optional parts may be left out and a template's free alternatives
// (copyright holders, organisations) filled in, as SPDX's matching guidelines say, while a change of
// terms next to a filled-in name is still a change. The inputs are the npm spdx-license-list texts
// edited the way projects ship them; the fingerprints they are matched against are committed, so
// these tests run on a fresh clone too.
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { identifyLicense } from "../../src/identify/index.js";
import { prepareForm } from "../../src/identify/sources/template.js";
import { spdxTemplateForms, templateForms } from "../../src/identify/sources/spdx-xml.js";
import { needsShared, SHARED_LICENSES } from "../shared.js";

const spdx = createRequire(import.meta.url)("spdx-license-list/full") as Record<string, { licenseText: string }>;

/** Replaces every occurrence of `find` (which must occur) in `text`. */
function replaceAll(text: string, find: string, replace: string): string {
  if (!text.includes(find)) throw new Error(`not in the text: ${find.slice(0, 60)}`);
  return text.split(find).join(replace);
}

describe("a license file matched against the SPDX template", () => {
  it("LGPL-3.0 without the GPL-3.0 the SPDX text appends (a COPYING.LESSER as projects ship it) is LGPL-3.0", () => {
    const full = spdx["LGPL-3.0-only"]!.licenseText;
    const plain = full.slice(0, full.indexOf("GNU GENERAL PUBLIC LICENSE")).trimEnd() + "\n";
    expect(plain.length).toBeLessThan(full.length / 4);
    const r = identifyLicense(plain);
    expect({ outcome: r.outcome, id: r.id }).toEqual({ outcome: "known", id: "lgpl-3.0" });
    expect(r.confidence).toBeGreaterThanOrEqual(95);
  });

  // Shaped like a PostgreSQL-licensed extension's LICENSE: its own title and holder in every clause.
  const postgres = () => {
    const body = spdx.PostgreSQL!.licenseText.slice(spdx.PostgreSQL!.licenseText.indexOf("Permission to use"));
    return `Tiger Geocoder Extension\n\nCopyright (c) 2021-2024, Acme Spatial Systems Ltd.\n\n${replaceAll(body, "THE UNIVERSITY OF CALIFORNIA", "ACME SPATIAL SYSTEMS LTD.")}`;
  };

  it("PostgreSQL with a real holder in place of THE UNIVERSITY OF CALIFORNIA is PostgreSQL, the names editorial", () => {
    const r = identifyLicense(postgres());
    expect({ outcome: r.outcome, id: r.id }).toEqual({ outcome: "known", id: "postgresql" });
    expect(r.editorial?.length).toBeGreaterThan(0);
    expect(r.editorial!.every((p) => p.effect === "editorial")).toBe(true);
  });

  it("PostgreSQL with a real holder, made liable for negligence in the clause that names it, is not PostgreSQL", () => {
    const r = identifyLicense(replaceAll(postgres(), "IN NO EVENT SHALL ACME", "IN THE EVENT OF NEGLIGENCE ACME"));
    expect({ outcome: r.outcome, id: r.id }).toEqual({ outcome: "other", id: null });
    expect(r.runnersUp[0]?.id).toBe("postgresql");
  });

  it("BSD-3-Clause naming its holder in the non-endorsement clause is BSD-3-Clause", () => {
    const text = replaceAll(
      replaceAll(spdx["BSD-3-Clause"]!.licenseText, "Copyright (c) <year> <owner>.", "Copyright (c) 2019, Zeitgeist Robotics GmbH\nAll rights reserved."),
      "Neither the name of the copyright holder nor",
      "Neither the name of Zeitgeist Robotics GmbH nor",
    );
    const r = identifyLicense(text);
    expect({ outcome: r.outcome, id: r.id }).toEqual({ outcome: "known", id: "bsd-3-clause" });
  });

  it("BSD-3-Clause with its non-endorsement clause made to allow endorsement is modified", () => {
    const text = replaceAll(spdx["BSD-3-Clause"]!.licenseText, "may be used to endorse or promote products derived from this software without specific prior written permission", "may be used to endorse or promote products derived from this software");
    expect(identifyLicense(text).outcome).toBe("other");
  });
});

describe("SPDX template forms", () => {
  const xml = (body: string) => `<?xml version="1.0"?><SPDXLicenseCollection xmlns="http://www.spdx.org/license"><license licenseId="X-1.0" name="X"><text>${body}</text></license></SPDXLicenseCollection>`;

  it("leave out optional parts and the title, mark free alternatives, keep enumerated ones as text", () => {
    const t = templateForms(
      xml(`<titleText><p>The X License</p></titleText><p>Permission is granted by <alt name="holder" match=".+">THE AUTHOR</alt>, <alt name="v" match="provided|given">provided</alt> that &lt;this&gt; <optional>specific</optional> notice stays.</p><optional><p>Appendix: how to apply.</p></optional>`),
    )!;
    expect(t.id).toBe("X-1.0");
    const [template, without] = t.forms;
    const words = (s: string) => prepareForm(s).tokens.join(" ");
    expect(words(template!.text)).toBe("the x license permission is granted by the author provided that this specific notice stays appendix how to apply");
    expect(words(without!.text)).toBe("permission is granted by the author provided that this notice stays");
    const p = prepareForm(without!.text);
    expect(p.tokens.filter((_, i) => p.variable?.[i] === 1)).toEqual(["the", "author"]);
  });

  it("yield nothing for a template without markup (the npm text stands alone)", () => {
    expect(templateForms(xml("<p>Permission is granted, <alt name='v' match='provided|given'>provided</alt> the notice stays.</p>"))).toBeNull();
    expect(templateForms("<not-a-license/>")).toBeNull();
  });

  it.skipIf(!needsShared("spdx-templates.test.ts: the SPDX XML archive"))("read from the SPDX archive: LGPL-3.0's template without its optional GPL-3.0", () => {
    const forms = spdxTemplateForms(path.join(SHARED_LICENSES, "spdx-license-list-XML.tar.gz"));
    expect(forms.size).toBeGreaterThan(300);
    const lgpl = forms.get("LGPL-3.0-only")!;
    expect(lgpl.find((f) => f.name === "template")!.text).toContain("GNU GENERAL PUBLIC LICENSE");
    expect(lgpl.find((f) => f.name === "without-optional")!.text).not.toContain("GNU GENERAL PUBLIC LICENSE");
  });
});
