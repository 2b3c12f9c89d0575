// Builds the imported tier of the dataset catalogue from two public annotation sets, pinned by
// commit, into rules/datasets/imported/*.json (ids, license ids, use classes, model-generated
// sources, derived-from links and a source link per entry; none of their code or prose):
//   - the Data Provenance Initiative's per-dataset annotations (Longpre et al. 2023,
//     arXiv:2310.16787): data_summaries*/ and constants/license_classes.json;
//   - the canonical Hub datasets' cards in huggingface/datasets (datasets/<name>/README.md:
//     `licenses:`, `source_datasets`, `pretty_name`), before they moved to the Hub.
// Deterministic: the same commits give the same files. Curated rules/datasets entries win: an
// imported entry that shares an id, Hub id or alias with one is left out.
// Usage: npx tsx scripts/import-datasets.ts --dpi GIT_DIR --hf GIT_DIR [--dpi-commit SHA] [--hf-commit SHA]
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import * as yaml from "js-yaml";
import { aliasKey, DEFAULT_RULES_DIR, IMPORTED_DIR, loadRules, type KnowledgeBase } from "../src/kb/load.js";
import type { DatasetEntry, ProviderEntry } from "../src/kb/schema.js";

export const DPI = { repo: "Data-Provenance-Initiative/Data-Provenance-Collection", commit: "ce6662deccf011574427b6f112df479d261960b8" };
export const HF = { repo: "huggingface/datasets", commit: "2f9a6a5bf3e25944b3620c870896dce0c8c0d52f" };

type Use = DatasetEntry["useRestriction"];
/** The same citation on every entry of a catalogue (the link names the file, the entry's alias its record). */
const DPI_SECTION = "Data Provenance Initiative annotation (Longpre et al. 2023, arXiv:2310.16787)";
const HF_SECTION = "dataset card front matter: licenses, source_datasets";
type Imported = Omit<DatasetEntry, "content" | "attributionPerItem" | "alternativeBases" | "incidents" | "versions" | "urls" | "aliases"> & {
  content: DatasetEntry["content"];
  aliases: string[];
  urls: string[];
  versions: string[];
};

/** DPI license names → rules/licenses ids (names the table leaves out keep only their use class). */
const DPI_LICENSES: Record<string, string> = {
  "MIT License": "mit", MIT: "mit", "Apache License 2.0": "apache-2.0", "Apache 2.0": "apache-2.0",
  "CC BY 2.0": "cc-by-2.0", "CC BY 2.5": "cc-by-2.5", "CC BY 3.0": "cc-by-3.0", "CC BY 4.0": "cc-by-4.0",
  "CC BY-SA 2.0": "cc-by-sa-2.0", "CC BY-SA 3.0": "cc-by-sa-3.0", "CC BY-SA 4.0": "cc-by-sa-4.0",
  "CC BY-NC 2.0": "cc-by-nc-2.0", "CC BY-NC 3.0": "cc-by-nc-3.0", "CC BY-NC 4.0": "cc-by-nc-4.0",
  "CC BY-NC-SA 3.0": "cc-by-nc-sa-3.0", "CC BY-NC-SA 4.0": "cc-by-nc-sa-4.0",
  "CC BY-NC-ND 3.0": "cc-by-nc-nd-3.0", "CC BY-NC-ND 4.0": "cc-by-nc-nd-4.0", "CC BY-ND 4.0": "cc-by-nd-4.0",
  "CC0 1.0": "cc0-1.0", CC0: "cc0-1.0", "BSD 2-Clause License": "bsd-2-clause", "BSD 3-Clause License": "bsd-3-clause",
  "GNU General Public License v2.0": "gpl-2.0", "GNU General Public License v3.0": "gpl-3.0", "LGPL 2.1": "lgpl-2.1", "LGPL 3.0": "lgpl-3.0",
  "MPL 2.0": "mpl-2.0", "ISC License": "isc", "EPL 1.0": "epl-1.0", "Artistic License 2.0": "artistic-2.0",
  "Academic Free License v3.0": "afl-3.0", "BigScience OpenRAIL-M": "bigscience-openrail-m", "C-UDA": "c-uda",
  "CDLA Permissive 1.0": "cdla-permissive-1.0", "CDLA Permissive 2.0": "cdla-permissive-2.0", "CDLA Sharing 1.0": "cdla-sharing-1.0",
  "CDLA-Sharing-1.0": "cdla-sharing-1.0", "ODC BY 1.0": "odc-by",
};
/** DPI "licenses" that are a model provider's terms on generated outputs, not the dataset's own. */
const PROVIDER_TERMS: Record<string, string | null> = {
  OpenAI: "openai", Anthropic: "anthropic", "Llama 2": "meta-llama", "Meta Llama3 Community License": "meta-llama", "Google Cloud Translation API": null,
};
const DPI_USE: Record<string, Use> = { All: "none", NC: "non-commercial", Acad: "research-only", Unspecified: "unknown" };
/** Most binding first: a dataset is as restricted as the most restrictive terms it carries. */
const USE_RANK: Use[] = ["research-only", "non-commercial", "none", "recommended-research", "unknown"];
/** `model generated` values that name no model. */
const NOT_A_MODEL = new Set(["templates", "list[str] (null): The model(s) used to generate this dataset if applicable."]);

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
}

function blob(dir: string, commit: string, file: string): string | undefined {
  try {
    return git(dir, "show", `${commit}:${file}`);
  } catch {
    // Files the snapshot lacks (over its size limit) are skipped and counted.
    return undefined;
  }
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9.+]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 90) || "x";
}

/** `https://huggingface.co/datasets/org/name/viewer/...` → `org/name`. */
function hubIdOf(url: string): string | undefined {
  const m = /huggingface\.co\/datasets\/([^/?#\s]+(?:\/[^/?#\s]+)?)/i.exec(url);
  if (!m) return undefined;
  const parts = m[1]!.split("/");
  return (parts.length === 2 && ["viewer", "tree", "blob"].includes(parts[1]!) ? parts[0]! : m[1]!).replace(/\.git$/, "");
}

function stricter(a: Use, b: Use): Use {
  return USE_RANK.indexOf(a) <= USE_RANK.indexOf(b) ? a : b;
}

function useOfLicense(kb: KnowledgeBase, id: string): Use {
  const grant = kb.license(id)?.grants["commercial-use"];
  return grant === "no" ? (kb.license(id)!.grants["research-use"] === "yes" && /research/i.test(kb.license(id)!.name) ? "research-only" : "non-commercial") : "none";
}

function providerOf(model: string, providers: ProviderEntry[]): string | null {
  const lower = model.toLowerCase();
  return providers.find((p) => p.models.some((m) => lower.startsWith(m.toLowerCase()) || lower.includes(` ${m.toLowerCase()}`)))?.id ?? null;
}

interface DpiRecord {
  uid: string;
  name: string;
  dir: string;
  file: string;
  hubId?: string | undefined;
  urls: string[];
  licenses: { name: string; url?: string }[];
  modelGenerated: string[];
  derivedFrom: string[];
  modality: DatasetEntry["modality"];
}

function readDpi(dir: string, commit: string): { records: DpiRecord[]; classes: Record<string, string[]>; custom: Record<string, string[]>; missing: string[] } {
  const classes = JSON.parse(blob(dir, commit, "constants/license_classes.json") ?? "{}") as Record<string, string[]>;
  const custom = JSON.parse(blob(dir, commit, "constants/custom_license_classes.json") ?? "{}") as Record<string, string[]>;
  const modality: Record<string, DatasetEntry["modality"]> = { data_summaries: "text", "data_summaries-speech": "speech", "data_summaries-video": "video" };
  const records: DpiRecord[] = [];
  const missing: string[] = [];
  const files = git(dir, "ls-tree", "-r", "--name-only", commit, "--", ...Object.keys(modality)).split("\n").filter((f) => f.endsWith(".json")).sort();
  for (const file of files) {
    const text = blob(dir, commit, file);
    if (text === undefined) {
      missing.push(file);
      continue;
    }
    const data = JSON.parse(text) as Record<string, Record<string, unknown>>;
    for (const key of Object.keys(data).sort()) {
      const v = data[key]!;
      const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string).trim() : "");
      const arr = (k: string) => (Array.isArray(v[k]) ? (v[k] as unknown[]).filter((x): x is string => typeof x === "string" && x.trim() !== "") : []);
      const hf = str("Hugging Face URL");
      const licenses = (Array.isArray(v.Licenses) ? (v.Licenses as Record<string, unknown>[]) : [])
        .map((l) => ({ name: String(l.License ?? "").trim(), url: typeof l["License URL"] === "string" ? (l["License URL"] as string) : undefined }))
        .filter((l) => l.name);
      records.push({
        uid: str("Unique Dataset Identifier") || key,
        name: str("Dataset Name") || key,
        dir: file.split("/")[0]!,
        file,
        hubId: hf ? hubIdOf(hf) : undefined,
        urls: [str("Dataset URL"), str("GitHub URL"), str("Website URL")].filter((u) => /^https?:\/\//.test(u)),
        licenses,
        modelGenerated: arr("Model Generated").filter((m) => !NOT_A_MODEL.has(m)),
        derivedFrom: arr("Derived from Datasets"),
        modality: modality[file.split("/")[0]!] ?? "text",
      });
    }
  }
  return { records, classes, custom, missing };
}

/** The dataset's own terms from DPI's licenses: most restrictive concrete one; provider terms set aside. */
function dpiTerms(r: DpiRecord, kb: KnowledgeBase, classes: Record<string, string[]>, custom: Record<string, string[]>) {
  let use: Use | undefined;
  let license: string | null = null;
  const providers: string[] = [];
  for (const l of r.licenses) {
    if (l.name in PROVIDER_TERMS) {
      providers.push(l.name);
      continue;
    }
    const id = DPI_LICENSES[l.name];
    const cls = l.name === "Custom" && l.url ? custom[l.url] : classes[l.name];
    // A class DPI marks with '?' (Various, Request Form, Unclear) is its own guess: not terms.
    const definite = cls && !cls.includes("?") && cls[0] !== "Unspecified" ? DPI_USE[cls[0]!] : undefined;
    const u: Use | undefined = id ? useOfLicense(kb, id) : definite;
    if (!u) continue;
    if (use === undefined || stricter(u, use) === u) {
      if (use !== u || !license) license = id ?? license;
      use = use === undefined ? u : stricter(u, use);
    }
  }
  return { use: use ?? "unknown", license, providers, raw: [...new Set(r.licenses.map((l) => l.name))] };
}

function dpiEntries(kb: KnowledgeBase, dir: string, commit: string, stats: Record<string, number>): (Imported & { _derived?: string[] })[] {
  const { records, classes, custom, missing } = readDpi(dir, commit);
  stats["dpi records"] = records.length;
  stats["dpi files missing from the snapshot"] = missing.length;
  const providers = [...kb.providers.values()];
  const base = `https://github.com/${DPI.repo}/blob/${commit}`;
  const ids = new Set<string>();
  const uniqueId = (wanted: string) => {
    let id = wanted;
    for (let i = 2; ids.has(id); i++) id = `${wanted}-${i}`;
    ids.add(id);
    return id;
  };
  const out: (Imported & { _derived?: string[] })[] = [];
  const byHub = new Map<string, Imported[]>();
  for (const r of records) {
    const t = dpiTerms(r, kb, classes, custom);
    const generated = [
      ...r.modelGenerated.map((m) => ({ model: m, provider: providerOf(m, providers) })),
      ...t.providers.filter((p) => !r.modelGenerated.some((m) => providerOf(m, providers) === PROVIDER_TERMS[p])).map((p) => ({ model: `${p} (terms listed by DPI)`, provider: PROVIDER_TERMS[p] ?? null })),
    ];
    const entry: Imported & { _derived?: string[] } = {
      id: uniqueId(`dpi-${slug(r.uid)}`),
      tier: "imported",
      name: r.name,
      modality: r.modality,
      hubIds: [],
      aliases: r.uid !== r.name ? [r.uid] : [],
      urls: [...new Set(r.urls)],
      publisher: "per the Data Provenance Initiative annotation",
      license: t.license,
      licenseScope: "dataset",
      content: { status: generated.length > 0 ? "synthetic" : "mixed", itemLicenses: [], note: `Data Provenance Initiative annotation; licenses recorded: ${t.raw.join(", ") || "none"}.` },
      useRestriction: t.use,
      legalBasis: null,
      optOuts: "unknown",
      derivedFrom: [],
      modelGenerated: generated,
      versions: [],
      sources: [{ url: `${base}/${encodeURI(r.file)}`, section: DPI_SECTION }],
    };
    entry._derived = r.derivedFrom;
    out.push(entry);
    if (r.hubId) byHub.set(r.hubId, [...(byHub.get(r.hubId) ?? []), entry]);
  }
  // One Hub repository, one entry with its id: the record itself, or for a collection of subsets
  // (CommitPackFT's 277 languages) an entry as restrictive as its most restrictive subset.
  for (const [hubId, group] of [...byHub].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (group.length === 1) {
      group[0]!.hubIds.push(hubId);
      continue;
    }
    const use = group.map((g) => g.useRestriction).reduce(stricter);
    const licenses = [...new Set(group.map((g) => g.license).filter((l): l is string => l !== null))].sort();
    const binding = group.find((g) => g.useRestriction === use && g.license)?.license ?? (licenses.length === 1 ? licenses[0]! : null);
    out.push({
      ...group[0]!,
      id: uniqueId(`dpi-${slug(hubId)}`),
      name: hubId,
      hubIds: [hubId],
      aliases: [],
      urls: [],
      license: binding,
      content: { status: group.some((g) => g.modelGenerated.length > 0) ? "synthetic" : "mixed", itemLicenses: [], note: `Data Provenance Initiative: ${group.length} annotated subsets share this Hub repository; licenses: ${licenses.join(", ") || "none recorded"}.` },
      useRestriction: use,
      modelGenerated: dedupeGenerated(group.flatMap((g) => g.modelGenerated)),
      _derived: [],
      sources: [...new Map(group.flatMap((g) => g.sources).map((s) => [s.url, s])).values()].slice(0, 5),
    });
  }
  return out;
}

function dedupeGenerated(list: DatasetEntry["modelGenerated"]): DatasetEntry["modelGenerated"] {
  return [...new Map(list.map((g) => [`${g.model}|${g.provider}`, g])).values()].sort((a, b) => (a.model < b.model ? -1 : 1));
}

/** Hub license values of the 2022 cards → rules/licenses ids, or a use class for `other-*` labels. */
function hfTerms(values: string[], kb: KnowledgeBase): { license: string | null; use: Use; raw: string[] } {
  let use: Use | undefined;
  let license: string | null = null;
  for (const raw of values) {
    const v = raw.trim();
    const id = kb.license(v)?.id ?? kb.license(v.replace(/-(only|or-later)$/, ""))?.id ?? kb.license(v.replace(/-(at|1\.0)$/, ""))?.id ?? kb.license(v.replace(/^other-/, ""))?.id;
    let u: Use | undefined;
    if (id && kb.license(id)!.kind !== "placeholder" && !kb.license(id)!.family) u = useOfLicense(kb, id);
    else if (/research|academic|imagenet/i.test(v)) u = "research-only";
    else if (/non-?commercial/i.test(v)) u = "non-commercial";
    else if (/public-domain|cc0|public domain/i.test(v)) u = "none";
    if (!u) continue;
    if (use === undefined || stricter(u, use) === u) {
      license = id && kb.license(id)!.kind !== "placeholder" ? id : license;
      use = use === undefined ? u : stricter(u, use);
    }
  }
  return { license, use: use ?? "unknown", raw: values };
}

const MODALITY_BY_TASK: [RegExp, DatasetEntry["modality"]][] = [
  [/speech|audio/, "speech"],
  [/image|object-detection|vision/, "image"],
  [/video/, "video"],
];

function hfEntries(kb: KnowledgeBase, dir: string, commit: string, stats: Record<string, number>): (Imported & { _derived?: string[] })[] {
  const names = git(dir, "ls-tree", "--name-only", `${commit}:datasets`).split("\n").filter(Boolean).sort();
  const out: (Imported & { _derived?: string[] })[] = [];
  const base = `https://github.com/${HF.repo}/blob/${commit}/datasets`;
  let noCard = 0;
  for (const name of names) {
    const text = blob(dir, commit, `datasets/${name}/README.md`);
    const front = text ? /^---\s*\n([\s\S]*?)\n---/.exec(text) : null;
    let meta: Record<string, unknown> = {};
    try {
      meta = front ? ((yaml.load(front[1]!) as Record<string, unknown>) ?? {}) : {};
    } catch {
      meta = {};
    }
    if (!text) noCard++;
    const list = (v: unknown): string[] => (Array.isArray(v) ? v.flat().filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : v && typeof v === "object" ? Object.values(v).flat().filter((x): x is string => typeof x === "string") : []);
    const terms = hfTerms([...list(meta.licenses), ...list(meta.license)], kb);
    const tasks = list(meta.task_categories).join(" ");
    const pretty = typeof meta.pretty_name === "string" ? meta.pretty_name.trim() : undefined;
    const pwc = typeof meta.paperswithcode_id === "string" ? meta.paperswithcode_id.trim() : undefined;
    const machine = list(meta.annotations_creators).includes("machine-generated") && list(meta.language_creators).includes("machine-generated");
    out.push({
      id: `hf-${slug(name)}`,
      tier: "imported",
      name: pretty ?? name,
      modality: MODALITY_BY_TASK.find(([re]) => re.test(tasks))?.[1] ?? "text",
      hubIds: [name],
      aliases: [...new Set([name, pretty, pwc].filter((a): a is string => !!a && a !== (pretty ?? name)))],
      urls: [`https://huggingface.co/datasets/${name}`],
      publisher: "per its Hub dataset card",
      license: terms.license,
      licenseScope: "dataset",
      content: { status: machine ? "synthetic" : "mixed", itemLicenses: [], note: `Hub dataset card metadata (2022): licenses ${terms.raw.join(", ") || "not stated"}.` },
      useRestriction: terms.use,
      legalBasis: null,
      optOuts: "unknown",
      derivedFrom: [],
      modelGenerated: [],
      versions: [],
      sources: [{ url: `${base}/${name}/README.md`, section: HF_SECTION }],
      _derived: list(meta.source_datasets).filter((s) => s.startsWith("extended|")).map((s) => s.slice("extended|".length).replace(/^other-/, "")),
    });
  }
  stats["hf canonical datasets"] = names.length;
  stats["hf canonical without a card"] = noCard;
  return out;
}

function keysOf(d: { id: string; name: string; hubIds: string[]; aliases: string[] }): string[] {
  return [d.id, ...d.hubIds, d.name, ...d.aliases].map(aliasKey).filter(Boolean);
}

export function buildImported(dpiDir: string, dpiCommit: string, hfDir: string, hfCommit: string, rulesDir = DEFAULT_RULES_DIR) {
  const kb = loadRules(rulesDir);
  const curated = [...kb.datasets.values()].filter((d) => d.tier === "curated");
  const curatedKeys = new Set(curated.flatMap(keysOf));
  const stats: Record<string, number> = {};
  const dpi = dpiEntries(kb, dpiDir, dpiCommit, stats);
  const hf = hfEntries(kb, hfDir, hfCommit, stats);
  // Curated wins over imported. For one Hub id, a DPI annotation (an audited license) wins over the
  // 2022 card, unless DPI recorded no terms and the card states some.
  const hfUse = new Map(hf.flatMap((d) => d.hubIds.map((h) => [aliasKey(h), d.useRestriction] as const)));
  for (const d of dpi) d.hubIds = d.hubIds.filter((h) => !(d.useRestriction === "unknown" && (hfUse.get(aliasKey(h)) ?? "unknown") !== "unknown"));
  const dpiHub = new Set(dpi.flatMap((d) => d.hubIds.map(aliasKey)));
  const keptDpi = dpi.filter((d) => !d.hubIds.some((h) => curatedKeys.has(aliasKey(h))) && !(d.hubIds.length === 0 && curatedKeys.has(aliasKey(d.name)) && d.urls.length === 0));
  const keptHf = hf.filter((d) => !keysOf({ ...d, aliases: [] }).some((k) => curatedKeys.has(k)) && !d.hubIds.some((h) => dpiHub.has(aliasKey(h))));
  stats["dpi left out for a curated entry"] = dpi.length - keptDpi.length;
  stats["hf left out for a curated or DPI entry"] = hf.length - keptHf.length;
  // Derived-from names and URLs, resolved against the whole catalogue (curated included).
  const all = [...curated, ...keptHf, ...keptDpi];
  const byKey = new Map<string, string>();
  for (const d of all) for (const h of [d.id, ...d.hubIds]) if (!byKey.has(aliasKey(h))) byKey.set(aliasKey(h), d.id);
  for (const d of all) for (const n of [d.name, ...d.aliases]) if (!byKey.has(aliasKey(n))) byKey.set(aliasKey(n), d.id);
  let linked = 0;
  for (const d of [...keptHf, ...keptDpi] as (Imported & { _derived?: string[] })[]) {
    const refs = d._derived ?? [];
    delete d._derived;
    d.derivedFrom = [...new Set(refs.map((r) => byKey.get(aliasKey(hubIdOf(r) ?? r.replace(/^https?:\/\/[^/]+\//, "")))).filter((id): id is string => !!id && id !== d.id))].sort();
    linked += d.derivedFrom.length;
  }
  stats["derived-from links resolved"] = linked;
  const sort = (a: Imported, b: Imported) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { dpi: keptDpi.sort(sort), hf: keptHf.sort(sort), stats };
}

function write(file: string, source: Record<string, string>, entries: Imported[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const lines = entries.map((e) => JSON.stringify(e));
  writeFileSync(file, `{\n"source": ${JSON.stringify(source)},\n"entries": [\n${lines.join(",\n")}\n]\n}\n`);
}

if (process.argv[1]?.endsWith("import-datasets.ts")) {
  const { values } = parseArgs({ options: { dpi: { type: "string" }, hf: { type: "string" }, "dpi-commit": { type: "string" }, "hf-commit": { type: "string" } } });
  if (!values.dpi || !values.hf) {
    process.stderr.write("usage: npx tsx scripts/import-datasets.ts --dpi GIT_DIR --hf GIT_DIR  (git clones of the two repositories; see the header)\n");
    process.exit(2);
  }
  const dpiCommit = values["dpi-commit"] ?? DPI.commit;
  const hfCommit = values["hf-commit"] ?? HF.commit;
  const { dpi, hf, stats } = buildImported(values.dpi, dpiCommit, values.hf, hfCommit);
  const dir = path.join(DEFAULT_RULES_DIR, "datasets", IMPORTED_DIR);
  write(path.join(dir, "dpi.json"), { repo: DPI.repo, commit: dpiCommit, cite: "Longpre et al. 2023, The Data Provenance Initiative, arXiv:2310.16787", url: `https://github.com/${DPI.repo}/tree/${dpiCommit}` }, dpi);
  write(path.join(dir, "hf-canonical.json"), { repo: HF.repo, commit: hfCommit, cite: "Hugging Face datasets, canonical dataset cards (datasets/<name>/README.md)", url: `https://github.com/${HF.repo}/tree/${hfCommit}/datasets` }, hf);
  for (const [k, v] of Object.entries(stats)) console.log(`${k}: ${v}`);
  console.log(`written: ${dpi.length} DPI entries, ${hf.length} Hub canonical entries`);
}
