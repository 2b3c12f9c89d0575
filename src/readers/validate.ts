// Turns zod issues into problems that name the file, line and what was expected.
import type { z } from "zod";
import type { Location } from "../domain.js";
import type { ParsedYaml } from "./yaml.js";

export interface ValidationProblem {
  location: Location;
  /** Dotted path of the offending key, e.g. `waivers[0].expires`. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, step) => {
    if (typeof step === "number") return `${acc}[${step}]`;
    return acc ? `${acc}.${String(step)}` : String(step);
  }, "");
}

export function zodProblems(error: z.ZodError, parsed: ParsedYaml, file: string): ValidationProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    // Unknown keys are reported on the key itself, not on the enclosing mapping.
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    const at = keys.length > 0 ? [...path, keys[0]!] : path;
    const { line, column } = parsed.locate(at, keys.length > 0);
    return { location: { file, line, column }, path: formatPath(at), message: issue.message };
  });
}
