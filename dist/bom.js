import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { _ as __builtin } from './_builtin_path.js';
import { a as analyze, D as DEFAULT_POLICY_PATH } from './pipeline.js';
import { renderBom } from './bom2.js';
import { r as readWorkspace, a as readCapped } from './workspace.js';
import { p as parse } from './args.js';
import { t as targetsOf, p as policyPathOf, k as knowledgeBaseOf, b as bomRunOptions } from './cli2.js';
import { w as writeOutput, o as outputGuard } from './output.js';
import 'node:module';
import './_builtin_path_posix.js';
import './own-data.js';
import './_builtin_crypto.js';
import './governing.js';
import './_builtin_fs.js';
import './_builtin_url.js';
import './_builtin_process.js';
import './_builtin_buffer.js';
import './_builtin_fs_promises.js';
import './sarif.js';
import './words.js';
import './_commonjs_helpers.js';
import './_builtin_util.js';
import './knowledge-base.js';
import './text.js';
import './_builtin_child_process.js';

// `model-provenance bom [PATH...]`: the CycloneDX 1.6 ML-BOM of the models under PATH; exit 0,
// or 2 on usage errors and an invalid policy.

async function bom(args, io) {
  const { values, positionals } = parse(args, { policy: { type: "string" }, output: { type: "string", short: "o" } });
  const targets = targetsOf(positionals, io.cwd);
  const policyPath = policyPathOf(values.policy, io.cwd, DEFAULT_POLICY_PATH);
  const files = readWorkspace(targets.roots, io.cwd);
  const report = analyze({
    files,
    policy: policyPath ? { path: policyPath, content: readCapped(__builtin.resolve(io.cwd, policyPath)) } : undefined,
    kb: await knowledgeBaseOf(io),
    onlyModels: targets.only,
  });
  const rendered = renderBom(report, await bomRunOptions());
  if (values.output !== undefined) writeOutput(io.cwd, values.output, rendered, outputGuard(io.cwd, [...files.map((f) => f.path), ...(policyPath ? [policyPath] : [])]));
  else io.stdout(rendered);
  return report.findings.some((f) => f.checkId === "policy-invalid" && !f.waived) ? 2 : 0;
}

export { bom };
