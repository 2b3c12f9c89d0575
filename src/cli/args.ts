// Argument parsing shared by the commands: node:util's parseArgs, with its errors as usage errors.
import { parseArgs, type ParseArgsConfig } from "node:util";

/** A mistake in how the command was called: exit 2 with the usage text. */
export class UsageError extends Error {}

/** parseArgs with strict options and positionals; its errors become usage errors. */
export function parse<O extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}`);
}

/**
 * Takes --color / --no-color out of `args` (the last one wins), since parseArgs has no negated
 * booleans before Node 22.4. Undefined when neither was given.
 */
export function takeColorFlag(args: string[]): { args: string[]; color: boolean | undefined } {
  let color: boolean | undefined;
  const rest = args.filter((a) => {
    if (a === "--color") color = true;
    else if (a === "--no-color") color = false;
    else return true;
    return false;
  });
  return { args: rest, color };
}

/**
 * Whether to colour: --color/--no-color first, then NO_COLOR (any value, no-color.org), then
 * FORCE_COLOR (set and not 0/false), then whether the text goes to a terminal.
 */
export function wantsColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, toTerminal: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return !["0", "false"].includes(env.FORCE_COLOR.toLowerCase());
  return toTerminal && env.TERM !== "dumb";
}
