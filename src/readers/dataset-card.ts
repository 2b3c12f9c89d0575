// Reads a dataset card in the tree (Hub dataset-card front matter), so an in-house dataset can
// declare its own terms without touching the policy.
import path from "node:path/posix";
import type { DatasetCardFacts, Located } from "../facts/types.js";
import { splitFrontMatter } from "./front-matter.js";
import { decodeText } from "./text.js";
import { parseYaml } from "./yaml.js";

export function readDatasetCard(file: string, content: string | Uint8Array): DatasetCardFacts {
  const facts: DatasetCardFacts = { file, name: path.basename(path.dirname(file)), licenses: [], sourceDatasets: [], problems: [] };
  const decoded = decodeText(content);
  if (!decoded.ok) {
    facts.problems.push({ messageId: "unreadable", message: decoded.reason, location: { file, line: 1, column: 1 } });
    return facts;
  }
  const { yaml, openLine } = splitFrontMatter(decoded.text, file, facts.problems);
  if (yaml === undefined) return facts;
  const parsed = parseYaml(yaml, openLine, { hub: true });
  for (const p of parsed.problems) facts.problems.push({ messageId: "yaml", message: p.message, location: { file, line: p.line, column: p.column } });
  const meta = parsed.value as Record<string, unknown> | undefined;
  if (!meta || typeof meta !== "object") return facts;
  const at = (key: string, i?: number) => ({ file, ...parsed.locate(i === undefined ? [key] : [key, i]) });
  // Dataset cards may list several licenses: all are kept, the facts decide which one binds.
  const lic = meta.license;
  if (typeof lic === "string") facts.licenses.push({ value: lic, location: at("license") });
  else if (Array.isArray(lic)) lic.forEach((v, i) => typeof v === "string" && facts.licenses.push({ value: v, location: at("license", i) }));
  const src = meta.source_datasets;
  const list: unknown[] = Array.isArray(src) ? src : typeof src === "string" ? [src] : [];
  list.forEach((v, i) => {
    if (typeof v === "string" && !["original", "extended"].includes(v)) {
      facts.sourceDatasets.push({ value: v.replace(/^extended\|/, ""), location: at("source_datasets", Array.isArray(src) ? i : undefined) } as Located<string>);
    }
  });
  return facts;
}
