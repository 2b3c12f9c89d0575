import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { q as identifyLicense } from './words.js';
export { t as DEFAULT_FINGERPRINTS, N as NAME_RANKS, u as NORMALISATION_STEPS, x as fingerprintIndex, y as normalise, z as pickGoverningLicense } from './words.js';
import './undici.js';
import 'node:module';

function renderIdentification(result, format) {
  if (format === "json") return JSON.stringify(result, null, 2) + "\n";
  const lines = [];
  if (result.status === "identified" && result.id) {
    const spdx = result.spdx && result.spdx !== result.id ? ` (SPDX ${result.spdx})` : "";
    lines.push(`${result.id}${spdx}: ${result.name ?? result.id}`);
    lines.push(`  identified by ${result.matcher} match, confidence ${result.confidence}/100`);
  } else {
    lines.push("unrecognized: no known license matched closely enough");
  }
  if (result.note) lines.push(`  note: ${result.note}`);
  if (result.runnersUp.length > 0) {
    const label = result.status === "identified" ? "runners-up" : "closest";
    lines.push(`  ${label}: ${result.runnersUp.map((r) => `${r.id} (${r.confidence})`).join(", ")}`);
  }
  return lines.join("\n") + "\n";
}

export { identifyLicense, renderIdentification };
