// card-malformed, policy-invalid, waiver-expired, policy-denied; and bad input never stops the run.
import { describe, expect, it } from "vitest";
import { card, check, findings } from "../helpers.js";

describe("card-malformed", () => {
  it("reports broken YAML at its line and still checks the other models", () => {
    const r = check({
      "bad/README.md": "---\nlicense: mit\ndatasets: [a, b\n---\n# Bad\n",
      "good/README.md": card("license: apache-2.0\ndatasets:\n  - Spawning/PD12M"),
    });
    expect(findings(r, "card-malformed")).toMatchObject([{ model: "bad", location: { file: "bad/README.md" } }]);
    expect(r.models.find((m) => m.path === "good")?.verdict).toBe("pass");
  });
  it("reports a huge or binary license file without crashing", () => {
    const r = check({ "README.md": card("license: mit"), LICENSE: new Uint8Array(1024 * 1024 + 10).fill(65), "COPYING": new Uint8Array([0, 1, 2]) });
    expect(findings(r, "card-malformed").map((f) => f.location.file).sort()).toEqual(["COPYING", "LICENSE"]);
  });
  it("does not report a card without front matter", () => {
    expect(findings(check({ "README.md": "# Plain card\n\n## License\nMIT\n" }), "card-malformed")).toEqual([]);
  });
});

describe("metadata-suggested", () => {
  it("suggests front matter for a card without it, as a note that does not change the verdict", () => {
    const r = check({ "README.md": "# M\n\n## Training data\nPD12M images.\n\n## License\nApache License 2.0\n" });
    expect(findings(r, "metadata-suggested")).toMatchObject([{ severity: "note", message: expect.stringContaining("license: apache-2.0; datasets: [pd12m]") }]);
    expect(r.verdict).toBe("pass");
  });
  it("says nothing when the card has front matter", () => {
    expect(findings(check({ "README.md": card("license: mit") }), "metadata-suggested")).toEqual([]);
  });
});

describe("policy-invalid", () => {
  it("names the line of an unknown key, a wrong type and an unknown check id", () => {
    const policy = "derivative: maybe\nfail_on: error\nchecks:\n  no-such-check: error\nsurprise: 1\n";
    const r = check({ "README.md": card("license: mit") }, { policyText: policy });
    const f = findings(r, "policy-invalid");
    expect(f.map((x) => x.location.line).sort()).toEqual([1, 5]);
    expect(f.find((x) => x.location.line === 1)!.message).toMatch(/derivative/);
  });
  it("checks ids against the registry once the shape is valid", () => {
    const r = check({ "README.md": card("license: mit") }, { policyText: "checks:\n  no-such-check: error\n" });
    expect(findings(r, "policy-invalid")).toMatchObject([{ location: { line: 2 }, message: expect.stringMatching(/unknown check 'no-such-check'/) }]);
  });
  it("reports unterminated YAML without crashing", () => {
    const r = check({ "README.md": card("license: mit") }, { policyText: "waivers:\n  - check: [\n" });
    expect(findings(r, "policy-invalid")).toHaveLength(1);
  });
});

describe("waivers", () => {
  const sd = { "sd/README.md": card("license: creativeml-openrail-m\ndatasets:\n  - laion/laion2B-en") };
  it("a current waiver keeps the finding visible but out of the verdict", () => {
    const r = check(sd, { policyText: "waivers:\n  - check: license-exceeds-data-rights\n    path: sd\n    reason: Legal reviewed the LAION basis (ticket 42)\n    expires: 2027-06-30\n" });
    expect(findings(r, "license-exceeds-data-rights")[0]?.waived?.reason).toMatch(/ticket 42/);
    expect(r.verdict).toBe("pass");
  });
  it("an expired waiver is a finding at its line and no longer waives", () => {
    const r = check(sd, { policyText: "waivers:\n  - check: license-exceeds-data-rights\n    path: sd\n    reason: Legal reviewed the LAION basis (ticket 42)\n    expires: 2026-01-31\n" });
    expect(findings(r, "waiver-expired")).toMatchObject([{ location: { line: 5 } }]);
    expect(r.verdict).toBe("fail");
  });
});

describe("policy-denied", () => {
  it("flags a denied dataset and a license outside the allow list", () => {
    const r = check({ "README.md": card("license: mit\ndatasets:\n  - Spawning/PD12M") }, { policyText: "datasets:\n  deny: [pd12m]\nlicenses:\n  allow: [apache-2.0]\n" });
    expect(findings(r, "policy-denied").map((f) => f.messageId).sort()).toEqual(["dataset", "notAllowed"]);
  });
});
