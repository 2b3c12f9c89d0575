// The compiled artefact is what the CLI and the Action load; it must be what rules/ compiles to.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compiledText } from "../../scripts/build-kb.js";
import { COMPILED_PATH, loadCompiledKnowledgeBase } from "../../src/kb/compiled.js";
import { loadRules } from "../../src/kb/load.js";

describe("rules/compiled/knowledge-base.json", () => {
  const fresh = loadRules();
  const compiled = loadCompiledKnowledgeBase();

  it("equals a fresh compile of rules/ (run `npm run build:kb` after editing rules/)", () => {
    expect(readFileSync(COMPILED_PATH, "utf8") === compiledText()).toBe(true);
  });

  it("unpacks to the very entries rules/ validates", () => {
    expect(compiled.datasets.size).toBe(fresh.datasets.size);
    for (const d of fresh.datasets.values()) expect(compiled.datasets.get(d.id)).toEqual(d);
    expect([...compiled.models.values()]).toEqual([...fresh.models.values()]);
    expect([...compiled.licenses.values()]).toEqual([...fresh.licenses.values()]);
    expect([...compiled.providers.values()]).toEqual([...fresh.providers.values()]);
  });

  it("answers lookups as the freshly indexed knowledge base does", () => {
    for (const ref of ["squad", "rajpurkar/squad", "Open-Orca/OpenOrca", "laion2B-en", "mozilla-foundation/common_voice_8_0", "no-such/dataset"]) {
      expect(compiled.lookupDataset(ref)?.entry.id).toBe(fresh.lookupDataset(ref)?.entry.id);
    }
    const sorted = (kb: typeof fresh) => kb.datasetNames().map((n) => JSON.stringify(n)).sort();
    expect(sorted(compiled)).toEqual(sorted(fresh));
  });
});
