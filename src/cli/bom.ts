// `model-provenance bom [PATH...]`: the CycloneDX 1.6 ML-BOM of the models under PATH; exit 0,
// or 2 on usage errors and an invalid policy.
import path from "node:path";
import { analyze } from "../pipeline.js";
import { DEFAULT_POLICY_PATH } from "../policy/schema.js";
import { renderBom } from "../render/bom.js";
import { readCapped, readWorkspace } from "../workspace.js";
import { parse } from "./args.js";
import { bomRunOptions } from "./emit.js";
import { knowledgeBaseOf, type Io } from "./io.js";
import { outputGuard, writeOutput } from "./output.js";
import { policyPathOf, targetsOf } from "./targets.js";

export async function bom(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { policy: { type: "string" }, output: { type: "string", short: "o" } });
  const targets = targetsOf(positionals, io.cwd);
  const policyPath = policyPathOf(values.policy, io.cwd, DEFAULT_POLICY_PATH);
  const files = readWorkspace(targets.roots, io.cwd);
  const report = analyze({
    files,
    policy: policyPath ? { path: policyPath, content: readCapped(path.resolve(io.cwd, policyPath)) } : undefined,
    kb: await knowledgeBaseOf(io),
    onlyModels: targets.only,
  });
  const rendered = renderBom(report, await bomRunOptions());
  if (values.output !== undefined) writeOutput(io.cwd, values.output, rendered, outputGuard(io.cwd, [...files.map((f) => f.path), ...(policyPath ? [policyPath] : [])]));
  else io.stdout(rendered);
  return report.findings.some((f) => f.checkId === "policy-invalid" && !f.waived) ? 2 : 0;
}
