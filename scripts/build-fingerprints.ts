// Builds rules/licenses/fingerprints.json from the SPDX license texts (npm spdx-license-list), the model
// licenses in ../shared/licenses and the license catalogue in rules/licenses. Deterministic: the same
// inputs give a byte-identical file. License texts are read, never copied into the repository.
//
// Usage: npm run build:fingerprints -- [--shared DIR] [--rules DIR] [--out FILE] [--check]
//   --shared  folder with manifest.json and the model-license texts (default: ../shared/licenses)
//   --rules   rules directory holding the catalogue (default: rules)
//   --out     output file (default: rules/licenses/fingerprints.json)
//   --check   do not write; exit 1 when the file on disk differs from a fresh build
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildFingerprints, loadBuildInputs, serialiseFingerprints } from "../src/identify/build.js";
import { requireSharedDir } from "./shared-data.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  return v ? path.resolve(v) : fallback;
}

const sharedDir = requireSharedDir(arg("--shared", path.resolve(repo, "../shared/licenses")), "manifest.json", "build:fingerprints");
const rulesDir = arg("--rules", path.join(repo, "rules"));
const out = arg("--out", path.join(repo, "rules/licenses/fingerprints.json"));

const started = performance.now();
const inputs = loadBuildInputs({ sharedDir, rulesDir });
const file = buildFingerprints(inputs);
const json = serialiseFingerprints(file);
const ms = Math.round(performance.now() - started);

const withText = file.licenses.filter((l) => l.variants.length > 0);
const summary =
  `${file.licenses.length} licenses (${withText.length} with text, ${file.licenses.length - withText.length} catalogue-only), ` +
  `${withText.filter((l) => l.hub).length} with a Hub id, vocabulary ${file.vocabulary.split(" ").length} words, ` +
  `${(json.length / 1024).toFixed(0)} KiB, catalogue via ${inputs.catalogueVia}, ${ms} ms`;

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(out, "utf8");
  } catch {
    current = "";
  }
  if (current !== json) {
    console.error(`${path.relative(process.cwd(), out)} is stale: run npm run build:fingerprints`);
    process.exitCode = 1;
  } else {
    console.log(`${path.relative(process.cwd(), out)} is up to date: ${summary}`);
  }
} else {
  writeFileSync(out, json);
  console.log(`wrote ${path.relative(process.cwd(), out)}: ${summary}`);
}
