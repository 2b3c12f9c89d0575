import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { _ as __builtin } from './_builtin_util.js';

// Argument parsing shared by the commands: node:util's parseArgs, with its errors as usage errors.

/** A mistake in how the command was called: exit 2 with the usage text. */
class UsageError extends Error {}

/** parseArgs with strict options and positionals; its errors become usage errors. */
function parse(args, options) {
  try {
    return __builtin.parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e ).message);
  }
}

function oneOf(value, allowed, flag) {
  if (value === undefined) return undefined;
  if (typeof value === "string" && (allowed ).includes(value)) return value ;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}`);
}

/**
 * Takes --color / --no-color out of `args` (the last one wins), since parseArgs has no negated
 * booleans before Node 22.4. Undefined when neither was given.
 */
function takeColorFlag(args) {
  let color;
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
function wantsColor(flag, env, toTerminal) {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return !["0", "false"].includes(env.FORCE_COLOR.toLowerCase());
  return toTerminal && env.TERM !== "dumb";
}

export { UsageError as U, oneOf as o, parse as p, takeColorFlag as t, wantsColor as w };
