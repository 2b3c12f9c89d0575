// Reads a policy file. Every problem carries the file, the line and what was expected; a broken
// policy never crashes the run: the caller falls back to the defaults and reports `policy-invalid`.
import type { Location } from "../domain.js";
import type { KnowledgeBase } from "../kb/load.js";
import { decodeText } from "../readers/text.js";
import { formatPath, zodProblems, type ValidationProblem } from "../readers/validate.js";
import { parseYaml } from "../readers/yaml.js";
import { defaultPolicy, PolicySchema, type Policy } from "./schema.js";

export interface LoadedPolicy {
  policy: Policy;
  file?: string | undefined;
  problems: ValidationProblem[];
  /** Position of a key in the file, for findings about the policy. */
  locate(path: (string | number)[]): Location;
}

export interface PolicyChecks {
  kb?: KnowledgeBase | undefined;
  /** Check ids the registry knows, for `checks:` and `waivers[].check`. */
  checkIds?: readonly string[] | undefined;
}

export function loadPolicy(file: string, content: string | Uint8Array, known: PolicyChecks = {}): LoadedPolicy {
  const top = (): Location => ({ file, line: 1, column: 1 });
  const decoded = decodeText(content);
  if (!decoded.ok) return { policy: defaultPolicy(), file, locate: top, problems: [{ location: top(), path: "", message: decoded.reason }] };
  const parsed = parseYaml(decoded.text);
  const locate = (path: (string | number)[]): Location => ({ file, ...parsed.locate(path) });
  if (parsed.problems.length > 0) {
    return {
      policy: defaultPolicy(),
      file,
      locate,
      problems: parsed.problems.map((p) => ({ location: { file, line: p.line, column: p.column }, path: "", message: `invalid YAML: ${p.message}` })),
    };
  }
  // An empty file is a policy that keeps every default.
  const result = PolicySchema.safeParse(parsed.value ?? {});
  if (!result.success) return { policy: defaultPolicy(), file, locate, problems: zodProblems(result.error, parsed, file) };
  const { kb, checkIds } = known;

  const problems: ValidationProblem[] = [];
  const at = (path: (string | number)[], message: string) => problems.push({ location: locate(path), path: formatPath(path), message });
  if (checkIds) {
    const expected = `expected one of ${checkIds.join(", ")}`;
    for (const id of Object.keys(result.data.checks)) if (!checkIds.includes(id)) at(["checks", id], `unknown check '${id}'; ${expected}`);
    result.data.waivers.forEach((w, i) => {
      if (!checkIds.includes(w.check)) at(["waivers", i, "check"], `unknown check '${w.check}'; ${expected}`);
    });
  }
  if (kb) {
    const known = new Set([...kb.legalBases.values()].map((b) => b.jurisdiction));
    result.data.jurisdictions?.forEach((j, i) => {
      if (!known.has(j)) at(["jurisdictions", i], `unknown jurisdiction '${j}'; expected one of ${[...known].filter((k) => k !== "*").sort().join(", ")}`);
    });
    result.data.declarations.forEach((d, i) => {
      if (!kb.legalBasis(d.legal_basis)) at(["declarations", i, "legal_basis"], `unknown legal basis '${d.legal_basis}'; expected one of ${[...kb.legalBases.keys()].join(", ")}`);
      if (d.license && !kb.license(d.license)) at(["declarations", i, "license"], `unknown license '${d.license}'; use a Hugging Face Hub license id`);
    });
  }
  return { policy: result.data, file, locate, problems };
}
