// The floor a scan is measured against: walk the tree, read every card and license file, parse each
// card's front matter with js-yaml, nothing else. Plain JavaScript run by node, so that the floor pays
// no loader. Prints what it read as one JSON line (a check that it did the work).
// Usage: node scripts/bench/floor.mjs ROOT
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";

const CARD = /^(readme|model[-_]?card|[a-z0-9._-]+_model_card)\.md$/i;
const LICENSE = /^((model[-_])?licen[cs]e|copying)([-_.].*)?$|\.license$/i;
const SKIP = new Set(["node_modules", ".git", "dist", "__pycache__", ".venv", "venv"]);
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/;

const seen = { cards: 0, licenses: 0, frontMatter: 0, yamlErrors: 0, bytes: 0 };

function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) walk(abs);
    } else if (entry.isFile()) {
      if (CARD.test(entry.name)) card(abs);
      else if (LICENSE.test(entry.name)) {
        seen.bytes += readFileSync(abs).length;
        seen.licenses++;
      }
    }
  }
}

function card(file) {
  const text = readFileSync(file, "utf8");
  seen.cards++;
  seen.bytes += text.length;
  const fm = FRONT_MATTER.exec(text);
  if (!fm) return;
  seen.frontMatter++;
  try {
    load(fm[1]);
  } catch {
    seen.yamlErrors++;
  }
}

walk(path.resolve(process.argv[2] ?? "."));
process.stdout.write(JSON.stringify(seen) + "\n");
