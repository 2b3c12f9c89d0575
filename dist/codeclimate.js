import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { h as allFindings, p as plain, s as summaryOf, i as hintOf } from './words.js';
import { fingerprintAll } from './sarif.js';
import './undici.js';
import 'node:module';

// GitLab Code Quality (a subset of the Code Climate issue format): one issue per finding, for the
// merge request widget. GitLab reads description, check_name, fingerprint, severity and
// location.path + location.lines.begin; waived findings are left out (they are accepted risks).

const SEVERITY = { error: "major", warning: "minor", note: "info" };











function toCodeClimate(report) {
  const findings = allFindings(report).filter((f) => !f.waived);
  const fingerprints = fingerprintAll(findings);
  return findings.map((f, i) => ({
    type: "issue",
    check_name: f.checkId,
    description: plain(`${summaryOf(f)} Fix: ${hintOf(f)}.`),
    categories: ["Compatibility"],
    severity: SEVERITY[f.severity],
    fingerprint: fingerprints[i],
    location: { path: f.location.file, lines: { begin: f.location.line } },
  }));
}

function renderCodeClimate(report) {
  return JSON.stringify(toCodeClimate(report), null, 2) + "\n";
}

export { renderCodeClimate, toCodeClimate };
