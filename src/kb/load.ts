// Loads rules/ into an indexed, read-only knowledge base. Every entry is validated by zod and
// cross-references (dataset → license, model → dataset, ...) must resolve.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseYaml } from "../readers/yaml.js";
import { zodProblems, type ValidationProblem } from "../readers/validate.js";
import { DatasetEntrySchema, LegalBasisSchema, LicenseEntrySchema, ModelEntrySchema } from "./schema.js";
import { KnowledgeBase, KnowledgeBaseError, type RuleFile } from "./knowledge-base.js";
import type { z } from "zod";

export { aliasKey, compileKnowledgeBase, KnowledgeBase, KnowledgeBaseError, loadKnowledgeBaseFromJson } from "./knowledge-base.js";
export type { CompiledKnowledgeBase, RuleFile } from "./knowledge-base.js";

export const DEFAULT_RULES_DIR = fileURLToPath(new URL("../../rules", import.meta.url));

function loadKind<S extends z.ZodType>(
  dir: string,
  kind: string,
  schema: S,
  problems: ValidationProblem[],
): (z.infer<S> & RuleFile)[] {
  const folder = path.join(dir, kind);
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith(".yaml")).sort();
  } catch {
    return [];
  }
  const out: (z.infer<S> & RuleFile)[] = [];
  for (const name of names) {
    const file = `${kind}/${name}`;
    const parsed = parseYaml(readFileSync(path.join(folder, name), "utf8"));
    if (parsed.problems.length > 0) {
      for (const p of parsed.problems) problems.push({ location: { file, line: p.line, column: p.column }, path: "", message: p.message });
      continue;
    }
    const result = schema.safeParse(parsed.value);
    if (!result.success) {
      problems.push(...zodProblems(result.error, parsed, file));
      continue;
    }
    const entry = result.data as z.infer<S> & { id: string };
    if (name !== `${entry.id}.yaml`) {
      problems.push({ location: { file, ...parsed.locate(["id"]) }, path: "id", message: `file name must be ${entry.id}.yaml` });
    }
    out.push({ ...entry, file });
  }
  return out;
}

export function loadKnowledgeBase(dir: string = DEFAULT_RULES_DIR): KnowledgeBase {
  const problems: ValidationProblem[] = [];
  const kb = new KnowledgeBase();
  for (const e of loadKind(dir, "licenses", LicenseEntrySchema, problems)) kb.licenses.set(e.id, e);
  for (const e of loadKind(dir, "legal-bases", LegalBasisSchema, problems)) kb.legalBases.set(e.id, e);
  for (const e of loadKind(dir, "datasets", DatasetEntrySchema, problems)) kb.datasets.set(e.id, e);
  for (const e of loadKind(dir, "models", ModelEntrySchema, problems)) kb.models.set(e.id, e);
  kb.index();

  const missing = (file: string, field: string, what: string, ref: string) =>
    problems.push({ location: { file, line: 1, column: 1 }, path: field, message: `unknown ${what} '${ref}'` });
  for (const d of kb.datasets.values()) {
    if (d.license && !kb.license(d.license)) missing(d.file, "license", "license", d.license);
    for (const l of d.content.itemLicenses) if (!kb.license(l)) missing(d.file, "content.itemLicenses", "license", l);
    for (const b of [d.legalBasis, ...d.alternativeBases]) if (b && !kb.legalBasis(b)) missing(d.file, "legalBasis", "legal basis", b);
    for (const s of d.derivedFrom) if (!kb.datasets.has(s)) missing(d.file, "derivedFrom", "dataset", s);
  }
  for (const m of kb.models.values()) {
    if (!kb.license(m.license)) missing(m.file, "license", "license", m.license);
    for (const s of m.datasets) if (!kb.datasets.has(s)) missing(m.file, "datasets", "dataset", s);
    for (const b of m.baseModels) if (!kb.models.has(b.id)) missing(m.file, "baseModels", "model", b.id);
  }
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return kb;
}

