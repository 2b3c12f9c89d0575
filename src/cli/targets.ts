// What `check` reads and which models it reports: the PATHs given (folders as they are; a file
// stands for its model's folder, so that a pre-commit hook passing README.md alone still checks
// it against the LICENSE beside it), narrowed by --changed-since to the models a change touched.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { classify, toPosix } from "../readers/discover.js";
import { scopeOfChange, type Scope } from "../action/scope.js";
import { missingRoots } from "../workspace.js";
import { UsageError } from "./args.js";

export interface Targets {
  /** Folders (and files) to read, relative to the working directory. */
  roots: string[];
  /** Model folders to report; undefined = every model found. */
  only?: string[] | undefined;
}

export function targetsOf(positionals: readonly string[], cwd: string): Targets {
  const given = positionals.length > 0 ? [...positionals] : ["."];
  const missing = missingRoots(given, cwd);
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(", ")}`);
  const files = given.filter((p) => statSync(path.resolve(cwd, p)).isFile());
  if (files.length === 0) return { roots: given.map(toPosix) };
  // A card or license file stands for its model; any other file (the policy) for every model.
  if (files.some((f) => !classify(toPosix(path.relative(cwd, path.resolve(cwd, f)))))) return { roots: ["."] };
  const folders = files.map((f) => modelFolderOf(f, cwd));
  const dirs = given.filter((p) => !files.includes(p)).map(toPosix);
  const roots = [...new Set([...dirs, ...folders])];
  // A folder PATH reports all its models; a file PATH only the model it belongs to.
  return { roots, only: dirs.length > 0 ? undefined : [...new Set(folders)] };
}

/**
 * The folder of the model a file belongs to: the nearest folder at or above it, up to the working
 * directory, that holds a model card; the file's own folder when none does.
 */
export function modelFolderOf(file: string, cwd: string): string {
  const own = path.dirname(path.resolve(cwd, file));
  const top = path.resolve(cwd);
  for (let dir = own; dir === top || dir.startsWith(top + path.sep); dir = path.dirname(dir)) {
    if (hasModelCard(dir, top)) return toPosix(path.relative(top, dir)) || ".";
    if (dir === top) break;
  }
  return toPosix(path.relative(top, own)) || ".";
}

function hasModelCard(dir: string, top: string): boolean {
  try {
    return readdirSync(dir).some((name) => classify(toPosix(path.relative(top, path.join(dir, name)))) === "model-card");
  } catch {
    return false;
  }
}

/**
 * --changed-since REF: the models whose card or license files differ from REF (committed, staged,
 * unstaged or untracked), as a pull request's scope would be. Every model when the policy or a
 * dataset card changed.
 */
export function changedScope(ref: string, present: readonly string[], policyFile: string, roots: readonly string[], cwd: string): Scope {
  const git = (...args: string[]) => {
    try {
      return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      const stderr = (e as { stderr?: string }).stderr?.trim();
      throw new UsageError(`--changed-since ${ref}: git ${args[0]} failed${stderr ? `: ${stderr}` : ""}`);
    }
  };
  if (ref.startsWith("-")) throw new UsageError(`--changed-since needs a git revision, not ${ref}`);
  git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`);
  const changed = [
    ...git("diff", "--name-only", "--relative", "-z", ref, "--").split("\0"),
    ...git("ls-files", "--others", "--exclude-standard", "-z").split("\0"),
  ].filter((p) => p !== "");
  return scopeOfChange({ changed, present, policyFile, roots, allCardsAtHand: true, subject: `the changes since ${ref}` });
}

export function policyPathOf(flag: string | undefined, cwd: string, defaultPath: string): string | undefined {
  if (flag !== undefined) {
    if (missingRoots([flag], cwd).length > 0) throw new UsageError(`policy file not found: ${flag}`);
    return flag;
  }
  return existsSync(path.resolve(cwd, defaultPath)) ? defaultPath : undefined;
}
