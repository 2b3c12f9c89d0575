import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { D as DEFAULT_POLICY_PATH, P as POLICY_SCHEMA_URL } from './pipeline.js';
import { p as parse, U as UsageError } from './args.js';
import { w as writeOutput, o as outputGuard } from './output.js';
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
import './_builtin_util.js';

// `model-provenance init [FILE]`: a starter policy (default .github/model-provenance.yml) whose
// first line points editors at the published JSON Schema of this version. Never overwrites.

/** Every value below is the default: the file changes nothing until it is edited. */
function starterPolicy() {
  return `# yaml-language-server: $schema=${POLICY_SCHEMA_URL}
# Model provenance policy: what \`model-provenance check\` and the GitHub Action judge by.
# Every value below is the default; edit what your organisation decides differently.

# Jurisdictions whose law applies. Omitted: every jurisdiction in rules/legal-bases.
# jurisdictions: [EU, UK, US, JP, SG]

# Do item licenses of training data (CC BY-NC photos, ...) bind the model? yes | no | unknown
derivative: unknown

# Lowest severity that fails the check: error | warning | never
fail_on: error

# Severity of findings the facts leave open (US fair use, EU Art. 4 without an opt-out check, ...).
open_questions: warning

# Severity per check id (error | warning | note | off).
checks: {}

# Datasets and licenses your organisation allows or denies outright.
datasets: { allow: [], deny: [] }
licenses: { allow: [], deny: [] }

# In-house or unlisted datasets, with the terms you hold them under, e.g.
#   - id: acme/product-photos
#     legal_basis: licensed
#     use_restriction: none
#     note: Licensed from Acme under contract 2024-17
declarations: []

# Accepted risks. Each names a check, a model folder, a reason a reviewer can check and an expiry.
#   - check: license-exceeds-data-rights
#     path: models/legacy-sd
#     reason: Legal review LR-42 accepted the risk for the archived model
#     expires: 2027-03-31
waivers: []
`;
}

async function init(args, io) {
  const { positionals } = parse(args, {});
  if (positionals.length > 1) throw new UsageError("init takes at most one FILE");
  const file = positionals[0] ?? DEFAULT_POLICY_PATH;
  writeOutput(io.cwd, file, starterPolicy(), outputGuard(io.cwd, []), { overwrite: false });
  io.stdout(`Wrote ${file}. Edit it, then run: model-provenance check .\n`);
  return 0;
}

export { init, starterPolicy };
