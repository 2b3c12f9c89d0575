// Every reference text identifies itself, and the named variants of src/identify/corpus.ts (the kinds
// of copies found in model repositories) identify as the same license; the negative controls
// (scrambled words, random words, half the words replaced) are never identified.
import { describe, expect, it } from "vitest";
import { buildCorpus, TRANSFORMS, type CorpusItem } from "../../src/identify/corpus.js";
import { identifyLicense } from "../../src/identify/index.js";
import { needsShared } from "../shared.js";
import { references, type Reference } from "./references.js";

const shared = needsShared("corpus.test.ts: the reference corpus (SPDX and model-license texts)");
const refs: Reference[] = shared ? references() : [];
const keyOf = new Map(refs.map((r) => [r.text, r.key]));
const corpusFor = (names: string[]) =>
  buildCorpus(
    refs.map((r) => ({ id: r.id, name: r.name, text: r.text, model: r.model })),
    (text) => keyOf.get(text) ?? null,
    TRANSFORMS.filter((t) => names.includes(t.name)),
  );

function failures(items: CorpusItem[]): string[] {
  const out: string[] = [];
  for (const c of items) {
    const r = identifyLicense(c.text);
    const ok = c.expected === null ? r.status === "unrecognized" : r.status === "identified" && r.id === c.expected;
    if (!ok) out.push(`${c.label}: expected ${c.expected ?? "unrecognized"}, got ${r.status} ${r.id ?? ""} (${r.matcher} ${r.confidence}) ${r.note ?? ""}`);
  }
  return out;
}

describe.skipIf(!shared)("reference texts", () => {
  it(`each of the ${refs.length} texts (SPDX and model licenses) identifies itself by an exact match`, () => {
    const wrong: string[] = [];
    for (const ref of refs) {
      const r = identifyLicense(ref.text);
      if (r.id !== ref.key || r.matcher !== "exact" || r.confidence !== 100 || r.status !== "identified") {
        wrong.push(`${ref.id}: ${r.status} ${r.id} ${r.matcher} ${r.confidence}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("model licenses keep their Hub ids", () => {
    for (const ref of refs.filter((r) => r.model)) expect(identifyLicense(ref.text).id).toBe(ref.hub);
  });
});

describe.skipIf(!shared)("variants identify as the license they copy", () => {
  // Accuracy over all SPDX texts is measured by npm run bench:licenses; here every variant of a model
  // license must pass, and at most 1% of the ~700 SPDX texts may end up unrecognized (never wrong): the
  // verifier reads a changed passage as a change of terms, and a few re-wrapped or Markdown copies of
  // SPDX texts keep one (a copyright line that re-wrapping joins to the next sentence).
  for (const t of TRANSFORMS.filter((x) => x.expect === "same")) {
    it(t.name, () => {
      const items = corpusFor([t.name]);
      const fails = failures(items);
      const wrong = fails.filter((f) => !/got unrecognized/.test(f));
      expect(wrong).toEqual([]);
      expect(fails.filter((f) => refs.find((r) => f.startsWith(`${r.id}/`))?.model)).toEqual([]);
      expect(fails.length).toBeLessThanOrEqual(Math.ceil(items.length * 0.01));
    });
  }
});

describe.skipIf(!shared)("negative controls are not identified", () => {
  for (const t of TRANSFORMS.filter((x) => x.expect === "none")) {
    it(t.name, () => {
      expect(failures(corpusFor([t.name]))).toEqual([]);
    });
  }
});
