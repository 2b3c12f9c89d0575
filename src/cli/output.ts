// Writing the files the user named (--output, --sarif, --badge, --badge-json, --bom, init). A
// checked-out pull request can replace any path with a symlink, so nothing is written through
// one (neither the file nor a folder on the way to it), nor over a file the run read as input,
// nor twice in one run: each is refused with an error that names the path.
import { closeSync, constants, lstatSync, mkdirSync, openSync, realpathSync, writeSync } from "node:fs";
import path from "node:path";
import { UsageError } from "./args.js";

export class OutputRefused extends UsageError {}

export interface OutputGuard {
  /** Real paths of every file the run read (cards, license files, the policy). */
  readonly inputs: ReadonlySet<string>;
  /** Absolute paths written so far in this run. */
  written: Set<string>;
}

/**
 * The inputs' real paths are resolved when a file is first written: a run writing to stdout (most
 * runs) never needs them, and on 10,000 models they are 40,000 realpath calls (over a second).
 */
export function outputGuard(cwd: string, inputs: readonly string[]): OutputGuard {
  let real: Set<string> | undefined;
  return {
    get inputs() {
      return (real ??= new Set(inputs.map((p) => realOrResolved(path.resolve(cwd, p)))));
    },
    written: new Set(),
  };
}

/** Writes `content` to `file` (relative to cwd), creating missing folders, or throws OutputRefused. */
export function writeOutput(cwd: string, file: string, content: string, guard: OutputGuard, opts: { overwrite?: boolean } = {}): void {
  const out = openOutput(cwd, file, guard, opts);
  try {
    out.write(content);
  } finally {
    out.close();
  }
}

export interface Output {
  write(chunk: string): void;
  close(): void;
}

/** Opens `file` for writing in pieces (a streamed report), with writeOutput's refusals. */
export function openOutput(cwd: string, file: string, guard: OutputGuard, opts: { overwrite?: boolean } = {}): Output {
  const target = path.resolve(cwd, file);
  refuseSymlinks(path.resolve(cwd), target, file);
  const real = realOrResolved(target);
  if (guard.inputs.has(real)) throw new OutputRefused(`refusing to write ${file}: it is one of the files this run read`);
  if (guard.written.has(real)) throw new OutputRefused(`refusing to write ${file} twice: give each output its own path`);
  mkdirSync(path.dirname(target), { recursive: true });
  refuseSymlinks(path.resolve(cwd), target, file);
  const flags = constants.O_WRONLY | constants.O_CREAT | (opts.overwrite === false ? constants.O_EXCL : constants.O_TRUNC) | constants.O_NOFOLLOW;
  let fd: number;
  try {
    fd = openSync(target, flags, 0o644);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new OutputRefused(`${file} already exists; not overwriting it`);
    if (code === "ELOOP") throw new OutputRefused(`refusing to write ${file}: it is a symbolic link`);
    if (code === "EISDIR") throw new OutputRefused(`cannot write ${file}: it is a folder`);
    throw new OutputRefused(`cannot write ${file}: ${(e as Error).message}`);
  }
  guard.written.add(real);
  return { write: (chunk) => void writeSync(fd, chunk), close: () => closeSync(fd) };
}

/**
 * The target must not be a symbolic link, nor any folder between the working directory (the
 * checkout) and it: a pull request controls those. Folders above the working directory are the
 * machine's own (a home folder may well be a link) and are left alone.
 */
function refuseSymlinks(cwd: string, target: string, shown: string): void {
  for (let p = target; p === target || p.startsWith(cwd + path.sep); p = path.dirname(p)) {
    let isLink = false;
    try {
      isLink = lstatSync(p).isSymbolicLink();
    } catch {
      // Not there yet: mkdir will create it as a real folder.
    }
    if (isLink) throw new OutputRefused(`refusing to write ${shown}: ${p === target ? "it" : path.relative(cwd, p) || p} is a symbolic link`);
    if (path.dirname(p) === p) return;
  }
}

function realOrResolved(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
