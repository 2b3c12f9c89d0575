// The policy's `badge:` section sets the badge's label, texts and colours for every renderer.
import { describe, expect, it } from "vitest";
import { renderBadgeJson, renderBadges, renderBadgeSvg } from "../../src/render/badge.js";
import { card, check, findings } from "../helpers.js";

const sd = { "README.md": card("license: creativeml-openrail-m\ndatasets:\n  - laion/laion2B-en") };

describe("badge settings from the policy", () => {
  it("relabels and recolours the badge, keeping the count", () => {
    const policy = "badge:\n  label: data rights\n  texts:\n    conflict: '{n} problem'\n  colors:\n    conflicts: '#b60205'\n  style: flat-square\n";
    const report = check(sd, { policyText: policy });
    expect(findings(report, "policy-invalid")).toEqual([]);
    expect(JSON.parse(renderBadgeJson(report))).toMatchObject({ label: "data rights", message: "1 problem", color: "#b60205", style: "flat-square" });
    const svg = renderBadgeSvg(report);
    expect(svg).toContain("<title>data rights: 1 problem</title>");
    expect(renderBadges(report).models[0]!.endpoint).toMatchObject({ label: "data rights", message: "1 problem" });
  });

  it("keeps the defaults without a badge section", () => {
    expect(JSON.parse(renderBadgeJson(check(sd)))).toMatchObject({ label: "provenance", message: "1 conflict" });
  });

  it("reports an unknown badge key at its line", () => {
    const report = check(sd, { policyText: "badge:\n  label: x\n  colour: red\n" });
    expect(findings(report, "policy-invalid")).toMatchObject([{ location: { line: 3 } }]);
  });
});
