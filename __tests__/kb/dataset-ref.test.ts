// Dataset references as real cards write them (the forms below are from Hub model cards'
// `datasets:` metadata and prose), resolved by kb.lookupDataset.
import { describe, expect, it } from "vitest";
import { datasetRefCandidates } from "../../src/kb/dataset-ref.js";
import { kb } from "../helpers.js";

const id = (ref: string) => kb.lookupDataset(ref)?.entry.id;

describe("dataset id matching", () => {
  it("ignores case and _ / - differences", () => {
    expect(id("LAION-2B-en")).toBe("laion-2b-en");
    expect(id("laion2b_en")).toBe("laion-2b-en");
    expect(id("SQuAD")).toBe(id("squad"));
    expect(id("Common-Voice")).toBe("common-voice");
  });

  it("reads a legacy un-namespaced id and its namespaced form as one dataset", () => {
    expect(id("squad")).toBeDefined();
    expect(id("rajpurkar/squad")).toBe(id("squad"));
    expect(kb.lookupDataset("rajpurkar/squad")?.how).toBe("legacy");
    expect(id("nyu-mll/glue")).toBe(id("glue"));
    expect(id("stanfordnlp/imdb")).toBe(id("imdb"));
  });

  it("drops split and config suffixes, keeping the config", () => {
    expect(id("squad-train")).toBe(id("squad"));
    const en = kb.lookupDataset("wikipedia:en");
    expect(en?.entry.id).toBe("wikipedia");
    expect(en?.config).toBe("en");
    expect(kb.lookupDataset("glue/mrpc")?.entry.id).toBeDefined();
  });

  it("maps versioned ids to the dataset and keeps the version", () => {
    const cv = kb.lookupDataset("mozilla-foundation/common_voice_8_0");
    expect(cv?.entry.id).toBe("common-voice");
    expect(cv?.version).toBe("8.0");
    expect(kb.lookupDataset("common_voice_11_0")?.version).toBe("11.0");
    // A versioned id that is itself a dataset stays that dataset.
    expect(id("squad_v2")).not.toBe(id("squad"));
  });

  it("reads Hub dataset URLs, with viewer and tree pages", () => {
    expect(id("https://huggingface.co/datasets/tatsu-lab/alpaca")).toBe(id("tatsu-lab/alpaca"));
    expect(id("https://huggingface.co/datasets/tatsu-lab/alpaca/tree/main")).toBe(id("tatsu-lab/alpaca"));
    const viewer = kb.lookupDataset("https://huggingface.co/datasets/glue/viewer/mrpc/train");
    expect(viewer?.entry.id).toBe(id("glue"));
    expect(viewer?.config).toBe("mrpc");
  });

  it("reads a bracketed qualifier as a config and the Hub's former viewer URL", () => {
    // As cards write them: `oscar (NL)`, `VoxPopuli-(EN)` in metadata, the 2021 viewer link in prose.
    expect(kb.lookupDataset("oscar (NL)")).toMatchObject({ entry: { id: "oscar" }, config: "NL" });
    expect(kb.lookupDataset("VoxPopuli-(EN)")?.entry.id).toBe(id("voxpopuli"));
    const old = kb.lookupDataset("https://huggingface.co/datasets/viewer/?dataset=oscar&config=unshuffled_deduplicated_he");
    expect(old).toMatchObject({ entry: { id: "oscar" }, config: "unshuffled_deduplicated_he" });
    expect(kb.lookupDataset("(nothing known)")).toBeUndefined();
  });

  it("reads a name that extends a canonical id as a variant of it", () => {
    const m = kb.lookupDataset("Finnish-NLP/mc4_fi_cleaned");
    expect(m?.entry.id).toBe("mc4");
    expect(m?.how).toBe("variant");
    expect(kb.lookupDataset("someone/entirely-unknown-thing")).toBeUndefined();
  });

  it("reads qualifiers before a canonical id as a variant, but not a language qualifier or an AutoTrain upload", () => {
    // As Trainer cards of local splits write them (`datasets: - article100v1_wikigold_split`).
    expect(kb.lookupDataset("article100v1_wikigold_split")).toMatchObject({ entry: { id: "wikigold" }, how: "variant", config: "article100v1" });
    expect(kb.lookupDataset("augmented_codesearchnet")).toMatchObject({ how: "variant", config: "augmented" });
    // Another corpus modelled on LibriSpeech, and a project's own upload, are not copies of a public dataset.
    expect(kb.lookupDataset("Russian-LibriSpeech")).toBeUndefined();
    expect(kb.lookupDataset("lewtun/autotrain-data-sphere-banking77")).toBeUndefined();
    // The datasets library's loader of local files is no dataset, though the Hub once had a canonical card for it.
    expect(kb.lookupDataset("imagefolder")).toBeUndefined();
    // A short generic tail names nothing.
    expect(kb.lookupDataset("someone/my_qa")).toBeUndefined();
  });

  it("reads prose's 'the X dataset' and 'GLUE STSB' (a canonical id and its config), not a language word", () => {
    // As Trainer-generated cards write them: "on the GLUE STSB dataset", "the OpenTable OPENTABLE-ABSA dataset".
    const stsb = kb.lookupDataset("GLUE STSB dataset");
    expect(stsb?.entry.id).toBe(id("glue"));
    expect(stsb?.config).toBe("STSB");
    expect(id("the RACE dataset")).toBe(id("race"));
    expect(id("The Suomi24 Sentences Corpus")).toBe("suomi24-sentences");
    expect(id("OpenTable OPENTABLE-ABSA dataset")).toBe("cebab");
    // "Swahili corpus" is a corpus in Swahili, not the canonical `swahili` dataset.
    expect(id("swahili")).toBeDefined();
    expect(id("Swahili corpus")).toBeUndefined();
    expect(id("Swahili CC-100")).toBeUndefined();
  });

  it("knows the EU and OPUS corpora the legal and Tatoeba translation cards name", () => {
    expect(kb.dataset("JRC-ACQUIS")?.useRestriction).toBe("research-only");
    const dcep = kb.dataset("DCEP");
    expect(dcep?.id).toBe("dcep");
    // Known, but nobody's terms recorded: unknown, not invented.
    expect(dcep?.useRestriction).toBe("unknown");
    expect(dcep?.license).toBeNull();
    expect(kb.dataset("opusTCv20210807")?.license).toBe("cc-by-nc-sa-4.0");
  });

  it("lists the literal form first", () => {
    expect(datasetRefCandidates("Squad")[0]).toEqual({ ref: "Squad", config: undefined });
  });
});

describe("dataset names for readers", () => {
  it("flags ordinary words and short names as not distinctive", () => {
    const names = kb.datasetNames();
    const flag = (n: string) => names.find((x) => x.name === n)?.distinctive;
    expect(flag("tatsu-lab/alpaca")).toBe(true);
    // Curated names are offered, but an ordinary word stays a word even when it is a curated Hub id
    // (`emotion`, the DAIR.AI dataset): prose saying "emotion classification" names no dataset.
    expect(flag("dair-ai/emotion")).toBe(true);
    expect(flag("emotion")).toBe(false);
    expect(names.filter((n) => n.tier === "curated" && n.name !== "emotion").every((n) => n.distinctive)).toBe(true);
  });
});
