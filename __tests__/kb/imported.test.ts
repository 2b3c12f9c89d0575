// The imported tier: every entry cites where it came from, curated entries win, and the importer
// is deterministic. The importer runs here on two small git repositories laid out as the real
// sources are (a DPI data_summaries/*.json record, a huggingface/datasets card); see IMITATES below.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildImported, DPI, HF } from "../../scripts/import-datasets.js";
import { kb } from "../helpers.js";

const imported = [...kb.datasets.values()].filter((d) => d.tier === "imported");
const curated = [...kb.datasets.values()].filter((d) => d.tier === "curated");

describe("imported catalogue", () => {
  it("holds thousands of entries, each linking its source at a pinned commit", () => {
    expect(imported.length).toBeGreaterThan(3000);
    const pinned = [`https://github.com/${DPI.repo}/blob/${DPI.commit}/`, `https://github.com/${HF.repo}/blob/${HF.commit}/`];
    for (const d of imported) {
      expect(d.sources.length).toBeGreaterThan(0);
      expect(pinned.some((p) => d.sources.every((s) => s.url.startsWith(p)))).toBe(true);
    }
  });

  it("lets curated entries win: no imported entry takes a curated Hub id", () => {
    const curatedHub = new Set(curated.flatMap((d) => d.hubIds.map((h) => h.toLowerCase())));
    for (const d of imported) for (const h of d.hubIds) expect(curatedHub.has(h.toLowerCase())).toBe(false);
    expect(kb.dataset("laion/laion2B-en")?.tier).toBe("curated");
  });

  it("reads a dataset-wide license as the dataset's terms and records model-generated sources", () => {
    const alpaca = kb.dataset("tatsu-lab/alpaca")!;
    expect(alpaca.license).toBe("cc-by-nc-4.0");
    expect(alpaca.licenseScope).toBe("dataset");
    expect(alpaca.useRestriction).toBe("non-commercial");
    expect(alpaca.modelGenerated.some((g) => g.provider === "openai")).toBe(true);
    expect(kb.dataset("anli")?.useRestriction).toBe("non-commercial");
    expect(kb.dataset("ms_marco")?.useRestriction).toBe("non-commercial");
  });
});

// IMITATES: the layout of Data-Provenance-Initiative/Data-Provenance-Collection (data_summaries/<Collection>.json,
// constants/license_classes.json) and huggingface/datasets at 2f9a6a5 (datasets/<name>/README.md front matter).
describe("scripts/import-datasets.ts", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "import-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const repo = (name: string, files: Record<string, string>) => {
    const dir = path.join(root, name);
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), text);
    }
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", env: { ...process.env, GIT_AUTHOR_DATE: "2024-01-01T00:00:00Z", GIT_COMMITTER_DATE: "2024-01-01T00:00:00Z" } });
    git("init", "-q");
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "fixture");
    return { dir, commit: git("rev-parse", "HEAD").trim() };
  };
  const record = (uid: string, hf: string, licenses: string[], generated: string[], derived: string[] = []) => ({
    [uid]: { "Unique Dataset Identifier": uid, "Dataset Name": uid, "Hugging Face URL": hf ? `https://huggingface.co/datasets/${hf}` : "", Licenses: licenses.map((l) => ({ License: l, "License URL": "" })), "Model Generated": generated, "Derived from Datasets": derived },
  });
  const dpi = repo("dpi", {
    "constants/license_classes.json": JSON.stringify({ "CC BY-NC 4.0": ["NC", "1", "0"], OpenAI: ["NC", "?", "?"], Unspecified: ["Unspecified", "0", "0"], "MIT License": ["All", "1", "0"] }),
    "constants/custom_license_classes.json": "{}",
    "data_summaries/Chat Set.json": JSON.stringify({ ...record("chatset", "someorg/chat-set", ["CC BY-NC 4.0", "OpenAI"], ["OpenAI GPT-4"], ["https://huggingface.co/datasets/someorg/seed-set"]) }),
    "data_summaries/Seed Set.json": JSON.stringify({ ...record("seedset", "someorg/seed-set", ["MIT License"], []), ...record("unknownset", "", ["Unspecified"], []) }),
  });
  const hf = repo("hf", {
    "datasets/toyqa/README.md": "---\npretty_name: ToyQA\nlicenses:\n- cc-by-sa-4.0\nsource_datasets:\n- extended|wikipedia\n---\n# Dataset Card for ToyQA\n",
  });

  it("builds entries with terms, providers, derived-from links and sources, the same on every run", () => {
    const first = buildImported(dpi.dir, dpi.commit, hf.dir, hf.commit);
    const second = buildImported(dpi.dir, dpi.commit, hf.dir, hf.commit);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const chat = first.dpi.find((d) => d.hubIds.includes("someorg/chat-set"))!;
    expect(chat).toMatchObject({ tier: "imported", license: "cc-by-nc-4.0", useRestriction: "non-commercial" });
    expect(chat.modelGenerated).toContainEqual({ model: "OpenAI GPT-4", provider: "openai" });
    expect(chat.derivedFrom).toEqual([first.dpi.find((d) => d.hubIds.includes("someorg/seed-set"))!.id]);
    expect(chat.sources[0]!.url).toBe(`https://github.com/${DPI.repo}/blob/${dpi.commit}/data_summaries/Chat%20Set.json`);
    expect(first.dpi.find((d) => d.name === "unknownset")?.useRestriction).toBe("unknown");
    const toy = first.hf.find((d) => d.hubIds.includes("toyqa"))!;
    expect(toy).toMatchObject({ name: "ToyQA", license: "cc-by-sa-4.0", useRestriction: "none", derivedFrom: ["wikipedia"] });
  });
});
