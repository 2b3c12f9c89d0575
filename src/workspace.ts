// Reads the files the analysis needs from disk. Only cards, license files and dataset cards are
// read, and never more than the size limit of each: weights next to them are never opened.
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import type { FileSource, InputFile } from "./pipeline.js";
import { classify, isContextFile, toPosix } from "./readers/discover.js";
import { GitIgnores, vendoredReason, type Skipped } from "./readers/scope.js";
import { MAX_TEXT_BYTES } from "./readers/text.js";

/** Every path under `roots`, relative to `cwd`, with forward slashes. */
export function listFiles(roots: readonly string[], cwd: string = process.cwd()): string[] {
  return listTree(roots, cwd).paths;
}

/**
 * Every path under `roots` (relative to `cwd`, forward slashes) but those in vendored or build
 * folders and those .gitignore ignores (the rules of the folders from `cwd` down), and what was
 * left out with why: each such folder once, and each ignored file the run would have read.
 * A checked-out pull request controls every symbolic link in it, so a link to a folder is never
 * followed (its target, when inside the root, is walked where it is: no loop, no walk of the
 * machine), and a link to a file is read only when its target is inside the root (never
 * `README.md -> /etc/passwd`); each link not followed is listed with why.
 */
export function listTree(roots: readonly string[], cwd: string = process.cwd()): { paths: string[]; skipped: Skipped[] } {
  const out: string[] = [];
  const skipped: Skipped[] = [];
  // Directory entries carry their type, so only symbolic links cost a stat (walks of 10k models).
  const walk = (abs: string, rel: string, rules: GitIgnores, boundary: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      // A folder that cannot be listed (no permission, a path over the system's length limit) is said, not skipped silently.
      skipped.push({ path: `${rel || "."}/`, reason: `folder could not be read (${(e as NodeJS.ErrnoException).code ?? "error"})` });
      return;
    }
    const here = entries.some((e) => e.name === ".gitignore") ? rules.enter(rel, readGitIgnore(path.join(abs, ".gitignore"))) : rules;
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const childAbs = path.join(abs, e.name);
      const childRel = rel === "" ? e.name : `${rel}/${e.name}`;
      const link = e.isSymbolicLink() ? followable(childAbs, boundary) : undefined;
      if (link !== undefined && link !== "file") {
        if (!here.ignores(childRel)) skipped.push({ path: childRel, reason: link });
        continue;
      }
      const kind = link ?? (e.isFile() ? "file" : e.isDirectory() ? "dir" : undefined);
      if (kind === "dir") {
        const vendored = vendoredReason(e.name);
        if (vendored) skipped.push({ path: `${childRel}/`, reason: vendored });
        else if (here.ignores(`${childRel}/`)) skipped.push({ path: `${childRel}/`, reason: "ignored by .gitignore" });
        else walk(childAbs, childRel, here, boundary);
      } else if (kind === "file") {
        if (!here.ignores(childRel)) out.push(childRel);
        else if (classify(childRel) !== undefined) skipped.push({ path: childRel, reason: "ignored by .gitignore" });
      }
    }
  };
  const realCwd = realOf(path.resolve(cwd));
  for (const r of roots) {
    const abs = path.resolve(cwd, r);
    const rel = toPosix(path.relative(cwd, abs));
    const real = realOf(abs);
    // A root inside the working directory (the checkout) must stay inside it once its links are resolved.
    if (real && realCwd && within(realCwd, abs) && !within(realCwd, real)) {
      skipped.push({ path: rel || ".", reason: OUTSIDE });
      continue;
    }
    const kind = real ? kindOf(real) : undefined;
    if (kind === "file") out.push(rel);
    else if (kind === "dir") walk(abs, rel, ancestorRules(cwd, rel), real!);
  }
  return { paths: out, skipped };
}

const OUTSIDE = "symbolic link out of the scan root (not followed)";

/** Whether a symbolic link is read: "file" when it names a file inside `boundary`, else why not. */
function followable(abs: string, boundary: string): "file" | string {
  const real = realOf(abs);
  if (!real) return "broken symbolic link or a loop of links (not followed)";
  if (!within(boundary, real)) return OUTSIDE;
  const kind = kindOf(real);
  if (kind === "dir") return "symbolic link to a folder (not followed; the folder is checked where it is)";
  return kind === "file" ? "file" : "symbolic link to something other than a file (not read)";
}

function within(dir: string, p: string): boolean {
  return p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

function realOf(abs: string): string | undefined {
  try {
    return realpathSync(abs);
  } catch {
    return undefined;
  }
}

/** The .gitignore rules of the folders from `cwd` down to (not including) `rel`. */
function ancestorRules(cwd: string, rel: string): GitIgnores {
  let rules = GitIgnores.empty();
  if (rel === "" || rel.startsWith("..")) return rules;
  const parts = rel.split("/");
  for (let i = 0; i < parts.length; i++) {
    const dir = parts.slice(0, i).join("/");
    rules = rules.enter(dir, readGitIgnore(path.join(cwd, dir, ".gitignore")));
  }
  return rules;
}

function readGitIgnore(file: string): string | undefined {
  try {
    return statSync(file).size <= MAX_TEXT_BYTES ? readFileSync(file, "utf8") : undefined;
  } catch {
    return undefined;
  }
}

function kindOf(abs: string): "file" | "dir" | undefined {
  try {
    const st = statSync(abs);
    return st.isFile() ? "file" : st.isDirectory() ? "dir" : undefined;
  } catch {
    return undefined;
  }
}

/** Reads at most MAX_TEXT_BYTES + 1 bytes, enough for the reader to report an oversized file. */
export function readCapped(file: string): Uint8Array {
  const fd = openSync(file, "r");
  try {
    const size = Math.min(fstatSync(fd).size, MAX_TEXT_BYTES + 1);
    // Every byte returned is read into it first: no need to zero it.
    const buf = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buf, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buf.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** The files the analysis reads under `roots`, listed now and read when their model is read. */
export function workspaceSource(roots: readonly string[], cwd: string = process.cwd()): FileSource {
  const tree = listTree(roots, cwd);
  return {
    // Weights and configs are listed (a card beside them is a model card), never read.
    paths: tree.paths.filter((p) => classify(p) !== undefined || isContextFile(p)),
    skipped: tree.skipped,
    read: (p) => {
      try {
        return readCapped(path.resolve(cwd, p));
      } catch {
        return undefined;
      }
    },
  };
}

export function readWorkspace(roots: readonly string[], cwd: string = process.cwd()): InputFile[] {
  return readWorkspaceTree(roots, cwd).files;
}

/** The files the analysis reads under `roots` (weights and configs listed with no content), and what was left out. */
export function readWorkspaceTree(roots: readonly string[], cwd: string = process.cwd()): { files: InputFile[]; skipped: Skipped[] } {
  const tree = listTree(roots, cwd);
  const files = tree.paths.flatMap((p): InputFile[] =>
    classify(p) !== undefined ? [{ path: p, content: readCapped(path.resolve(cwd, p)) }] : isContextFile(p) ? [{ path: p, content: "" }] : [],
  );
  return { files, skipped: tree.skipped };
}

export function missingRoots(roots: readonly string[], cwd: string = process.cwd()): string[] {
  return roots.filter((r) => {
    try {
      statSync(path.resolve(cwd, r));
      return false;
    } catch {
      return true;
    }
  });
}
