import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { e as allFindings } from './pipeline.js';
import { fingerprintAll } from './sarif.js';
import { p as plain, s as summaryOf, o as otherPlaces, a as plural, h as hintOf } from './words.js';
import './_builtin_path_posix.js';
import 'node:module';
import './workspace.js';
import './_builtin_fs.js';
import './_builtin_path.js';
import './_commonjs_helpers.js';
import './own-data.js';
import './_builtin_crypto.js';
import './governing.js';
import './_builtin_url.js';
import './_builtin_process.js';
import './_builtin_buffer.js';

// GitLab Code Quality (a subset of the Code Climate issue format): one issue per finding, for the
// merge request widget. GitLab reads description, check_name, fingerprint, severity and
// location.path + location.lines.begin; waived findings are left out (they are accepted risks).

const SEVERITY = { error: "major", warning: "minor", note: "info" };


















function toCodeClimate(report) {
  const findings = allFindings(report).filter((f) => !f.waived);
  const fingerprints = fingerprintAll(findings);
  const at = (l) => ({ path: l.file, lines: { begin: l.line } });
  return findings.map((f, i) => ({
    type: "issue",
    check_name: f.checkId,
    description: plain(`${summaryOf(f)}${otherPlaces(f) > 0 ? ` (and ${plural(otherPlaces(f), "more place")})` : ""} Fix: ${hintOf(f)}.`),
    categories: ["Compatibility"],
    severity: SEVERITY[f.severity],
    fingerprint: fingerprints[i],
    location: at(f.location),
    ...(f.alsoAt && f.alsoAt.locations.length > 0 ? { other_locations: f.alsoAt.locations.map(at) } : {}),
  }));
}

function renderCodeClimate(report) {
  return JSON.stringify(toCodeClimate(report), null, 2) + "\n";
}

export { renderCodeClimate, toCodeClimate };
