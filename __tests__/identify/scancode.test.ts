// ScanCode LicenseDB's AI licenses (issue 11): each of its texts about AI models and weights is
// identified by id; a license the catalogue or the SPDX list already has keeps its id and gets the
// `LicenseRef-scancode-` id as an alias (one license, never two); and the licenses a model card can
// carry come with their rights and obligations, each with a source.
import { describe, expect, it } from "vitest";
import { identifyLicense } from "../../src/identify/index.js";
import { fingerprintIndex } from "../../src/identify/fingerprints.js";
import { scancodeTexts, withoutFrontMatter } from "../../src/identify/sources/scancode.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { needsShared, SHARED_LICENSES } from "../shared.js";
import { RULES } from "./references.js";

const shared = needsShared("scancode.test.ts: the ScanCode LicenseDB texts");
const texts = shared ? scancodeTexts(`${SHARED_LICENSES}/scancode`) : [];
const kb = loadKnowledgeBase(RULES);

/** Replaces `find` (which must occur) in `text`. */
function edit(text: string, find: string, replace: string): string {
  const i = text.indexOf(find);
  if (i < 0) throw new Error(`not in the text: ${find.slice(0, 60)}`);
  return text.slice(0, i) + replace + text.slice(i + find.length);
}

describe.skipIf(!shared)("every ScanCode AI text", () => {
  it("is identified, by an exact match, as the license its LicenseRef id names", () => {
    expect(texts.length).toBe(60);
    const index = fingerprintIndex();
    const wrong: string[] = [];
    for (const t of texts) {
      const license = index.get(t.id);
      const r = identifyLicense(t.text);
      if (!license || r.outcome !== "known" || r.id !== license.key || r.matcher !== "exact") wrong.push(`${t.id}: ${r.outcome} ${r.id} ${r.matcher}`);
    }
    expect(wrong).toEqual([]);
  });

  it("a modified Tongyi Qianwen license (its clause against improving other models removed) is derived from it, not Qwen", () => {
    const text = texts.find((t) => t.id === "LicenseRef-scancode-tongyi-qianwen-2023")!.text;
    const r = identifyLicense(edit(text, "You can not use the Materials or any output therefrom to improve any other large language model (excluding Tongyi Qianwen or derivative works thereof).", ""));
    expect({ outcome: r.outcome, derivedFrom: r.derivedFrom?.id }).toEqual({ outcome: "other", derivedFrom: "tongyi-qianwen" });
    expect(r.derivedFrom!.passages.some((p) => p.effect === "substantive" && p.referenceWords > p.words)).toBe(true);
  });
});

describe("ScanCode ids in the catalogue and the fingerprints", () => {
  it("map to the license already known under its Hub or SPDX id, never to a second license", () => {
    const index = fingerprintIndex();
    const cases: [string, string][] = [
      ["LicenseRef-scancode-llama-2-license-2023", "llama2"],
      ["LicenseRef-scancode-stable-diffusion-2022-08-22", "creativeml-openrail-m"],
      ["LicenseRef-scancode-bigscience-open-rail-m2", "openrail++"],
      ["LicenseRef-scancode-gemma-tou-2024-04-01", "gemma"],
      ["LicenseRef-scancode-gemma-tou-2025-03-24", "gemma"],
      ["LicenseRef-scancode-stability-ai-community-2024", "stabilityai-community"],
      ["LicenseRef-scancode-openmdw-1.0", "openmdw-1.0"],
      ["LicenseRef-scancode-o-uda-1.0", "O-UDA-1.0"],
      // A key LicenseDB has without a text in the reference data: resolved by id and name only.
      ["LicenseRef-scancode-moonshot-ai-modified-mit-2025", "kimi-k2-modified-mit"],
    ];
    for (const [ref, key] of cases) {
      expect(index.resolve(ref)?.key, ref).toBe(key);
      expect(kb.license(ref)?.id ?? key.toLowerCase(), ref).toBe(key.toLowerCase());
    }
    // One fingerprint per ScanCode id.
    const owners = new Map<string, string[]>();
    for (const l of index.licenses) {
      for (const id of [l.scancode, ...l.aliases].filter((a): a is string => !!a && a.startsWith("LicenseRef-scancode-"))) owners.set(id, [...(owners.get(id) ?? []), l.key]);
    }
    expect([...owners].filter(([, keys]) => new Set(keys).size > 1)).toEqual([]);
  });

  it("give the model licenses a card can carry their rights and obligations, each entry with a source", () => {
    const models = [
      "deepseek-la-1.0",
      "qwen-2024",
      "tongyi-qianwen-2023",
      "falcon-2-11b-1.0",
      "flux-1-nc",
      "stability-ai-community-2024",
      "stability-ai-nc-2023-12-06",
      "nvidia-open-model-2025-04-28",
      "exaone-ai-model-1.1-nc",
      "gemma-tou-2025-03-24",
      "openmdw-1.0",
      "hyperclova-x-seed-2025",
      "ltxv-owl-2025-05-05",
      "tencent-hunyuan-3d-2.0-cla",
    ];
    for (const key of models) {
      const e = kb.license(`LicenseRef-scancode-${key}`);
      expect(e?.kind, key).toBe("model");
      expect(e!.obligations.length, key).toBeGreaterThan(0);
      expect(e!.sources.some((s) => /scancode-licensedb\.aboutcode\.org|huggingface\.co|\.ai\b|\.com\b/.test(s.url)), key).toBe(true);
    }
    // What the checks read: a non-commercial or research-only license grants no commercial use; a
    // user threshold makes it conditional; a clause against improving other models is recorded.
    expect(kb.license("LicenseRef-scancode-flux-1-nc")!.grants["commercial-use"]).toBe("no");
    expect(kb.license("LicenseRef-scancode-exaone-ai-model-1.1-nc")!.grants["commercial-use"]).toBe("no");
    expect(kb.license("LicenseRef-scancode-qwen-2024")!.grants["commercial-use"]).toBe("conditional");
    expect(kb.license("LicenseRef-scancode-tongyi-qianwen-2023")!.obligations.map((o) => o.type)).toContain("no-improve-other-models");
    expect(kb.license("LicenseRef-scancode-tencent-hunyuan-3d-2.0-cla")!.obligations.map((o) => o.type)).toContain("geo-restriction");
  });

  it.skipIf(!shared)("read a LicenseDB file without its YAML metadata", () => {
    expect(withoutFrontMatter("---\nkey: x\nname: X\n---\n\nQwen LICENSE AGREEMENT\n")).toBe("\nQwen LICENSE AGREEMENT\n");
    for (const t of texts) expect(t.text.startsWith("---"), t.id).toBe(false);
  });
});
