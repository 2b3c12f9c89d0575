import { describe, expect, it } from "vitest";
import {
  DEFAULT_BADGE_COLORS,
  modelSlug,
  renderBadgeJson,
  renderBadges,
  renderBadgeSvg,
  reportBadgeVerdict,
} from "../../src/render/badge.js";
import { card, check } from "../helpers.js";
import { clean, exceeds, finding, full, llm, model, report, sd, undisclosed } from "./fixture.js";

const title = (svg: string) => /<title>([^<]*)<\/title>/.exec(svg)?.[1];

describe("badge verdict", () => {
  it("says verified (green) when every model passes with its data disclosed", () => {
    const v = reportBadgeVerdict(report([clean]));
    expect(v).toEqual({ state: "verified", count: 0, label: "provenance", message: "verified", color: DEFAULT_BADGE_COLORS.verified });
    expect(v.color).toBe("green");
  });

  it("counts warnings (yellow) and errors as conflicts (red), singular and plural", () => {
    const warn = finding({ checkId: "dataset-unknown", severity: "warning", model: "m" });
    expect(reportBadgeVerdict(report([model({ path: "m", findings: [warn] })]))).toMatchObject({ state: "warnings", message: "1 warning", color: "yellow" });
    expect(reportBadgeVerdict(report([model({ path: "m", findings: [warn, { ...warn, messageId: "x" }] })])).message).toBe("2 warnings");
    expect(reportBadgeVerdict(report([sd]))).toMatchObject({ state: "conflicts", count: 1, message: "1 conflict", color: "red" });
    const err = { ...exceeds, messageId: "other" };
    expect(reportBadgeVerdict(report([model({ path: "m", findings: [exceeds, err] })])).message).toBe("2 conflicts");
  });

  it("ignores waived findings, as the verdict does", () => {
    const waived = { ...exceeds, waived: { reason: "accepted by legal" } };
    expect(reportBadgeVerdict(report([model({ path: "m", findings: [waived] })])).state).toBe("verified");
  });

  it("says unknown (grey) when training data is undisclosed, even if waived, or when no model was checked", () => {
    expect(reportBadgeVerdict(report([llm, clean]))).toMatchObject({ state: "unknown", message: "unknown", color: "lightgrey" });
    const waived = { ...undisclosed, waived: { reason: "in-house data, documented elsewhere" } };
    expect(reportBadgeVerdict(report([model({ path: "m", findings: [waived] })])).state).toBe("unknown");
    expect(reportBadgeVerdict(report([])).state).toBe("unknown");
  });

  it("lets conflicts outrank unknown", () => {
    expect(reportBadgeVerdict(full).state).toBe("conflicts");
  });

  it("takes label, texts and colours from options", () => {
    const opts = { label: "data rights", texts: { conflict: "{n} problem", verified: "ok" }, colors: { conflicts: "#e05d44", verified: "blue" } };
    expect(reportBadgeVerdict(report([sd]), opts)).toMatchObject({ label: "data rights", message: "1 problem", color: "#e05d44" });
    expect(reportBadgeVerdict(report([clean]), opts)).toMatchObject({ message: "ok", color: "blue" });
  });
});

describe("badge SVG", () => {
  it("is an accessible image whose <title> names the verdict", () => {
    const svg = renderBadgeSvg(full);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="provenance: 1 conflict"');
    expect(title(svg)).toBe("provenance: 1 conflict");
    expect(title(renderBadgeSvg(report([clean])))).toBe("provenance: verified");
    expect(title(renderBadgeSvg(report([llm])))).toBe("provenance: unknown");
  });

  it("escapes a label that contains markup", () => {
    const svg = renderBadgeSvg(report([clean]), { label: "a <b> & c" });
    expect(title(svg)).toBe("a &lt;b&gt; &amp; c: verified");
    expect(svg).not.toContain("<b>");
  });

  it("applies style and links", () => {
    const svg = renderBadgeSvg(report([clean]), { style: "flat-square", links: ["https://example.org/report"] });
    expect(svg).toContain("https://example.org/report");
  });
});

describe("shields.io endpoint JSON", () => {
  it("follows the endpoint schema and agrees with the SVG", () => {
    expect(JSON.parse(renderBadgeJson(full))).toEqual({ schemaVersion: 1, label: "provenance", message: "1 conflict", color: "red" });
    const json = JSON.parse(renderBadgeJson(report([clean]), { namedLogo: "huggingface", cacheSeconds: 3600, labelColor: "#555" }));
    expect(json).toEqual({ schemaVersion: 1, label: "provenance", message: "verified", color: "green", labelColor: "#555", namedLogo: "huggingface", cacheSeconds: 3600 });
  });
});

describe("per-model badges", () => {
  it("renders one badge per model plus the overall one", () => {
    const set = renderBadges(full);
    expect(set.overall.verdict.state).toBe("conflicts");
    expect(set.models.map((m) => [m.path, m.slug, m.verdict.message])).toEqual([
      ["models/sd", "models-sd", "1 conflict"],
      ["models/llm", "models-llm", "unknown"],
      ["models/clean", "models-clean", "verified"],
    ]);
    for (const m of set.models) {
      expect(title(m.svg)).toBe(`provenance: ${m.verdict.message}`);
      expect(m.endpoint.message).toBe(m.verdict.message);
    }
  });

  it("gives each model's SVG its own element ids, so several can share a page", () => {
    const ids = renderBadges(full).models.map((m) => [...m.svg.matchAll(/ id="([^"]+)"/g)].map((x) => x[1]));
    const all = ids.flat();
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all).size).toBe(all.length);
  });

  it("makes file-safe, unique slugs", () => {
    expect(modelSlug(".")).toBe("root");
    expect(modelSlug("examples/Stable Diffusion v1")).toBe("examples-stable-diffusion-v1");
    const twins = renderBadges(report([model({ path: "a/b" }), model({ path: "a-b" })]));
    expect(twins.models.map((m) => m.slug)).toEqual(["a-b", "a-b-2"]);
  });
});

describe("badges from the real pipeline", () => {
  it("reads verified, unknown and conflicts off analysed cards", () => {
    const r = check({
      "pd/README.md": card("license: apache-2.0\ndatasets:\n  - Spawning/PD12M", "# PD model\n"),
      "llm/README.md": card("license: apache-2.0", "# LLM\n"),
    });
    const byPath = Object.fromEntries(renderBadges(r).models.map((m) => [m.path, m.verdict.state]));
    expect(byPath.llm).toBe("unknown");
    expect(["verified", "warnings"]).toContain(byPath.pd);
    expect(renderBadges(r).overall.verdict.state).toBe("unknown");
  });
});
