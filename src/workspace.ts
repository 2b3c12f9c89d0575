// Reads the files the analysis needs from disk. Only cards, license files and dataset cards are
// read, and never more than the size limit of each: weights next to them are never opened.
import { closeSync, openSync, readdirSync, readSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import type { FileSource, InputFile } from "./pipeline.js";
import { classify, toPosix } from "./readers/discover.js";
import { MAX_TEXT_BYTES } from "./readers/text.js";

const SKIP_DIRS = new Set(["node_modules", ".git", "dist", "__pycache__", ".venv", "venv"]);

/** Every path under `roots`, relative to `cwd`, with forward slashes. */
export function listFiles(roots: readonly string[], cwd: string = process.cwd()): string[] {
  const out: string[] = [];
  // Directory entries carry their type, so only symbolic links cost a stat (walks of 10k models).
  const walk = (abs: string, rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (SKIP_DIRS.has(e.name)) continue;
      const childAbs = path.join(abs, e.name);
      const childRel = rel === "" ? e.name : `${rel}/${e.name}`;
      const kind = e.isSymbolicLink() ? kindOf(childAbs) : e.isFile() ? "file" : e.isDirectory() ? "dir" : undefined;
      if (kind === "file") out.push(childRel);
      else if (kind === "dir") walk(childAbs, childRel);
    }
  };
  for (const r of roots) {
    const abs = path.resolve(cwd, r);
    const kind = kindOf(abs);
    if (kind === "file") out.push(toPosix(path.relative(cwd, abs)));
    else if (kind === "dir") walk(abs, toPosix(path.relative(cwd, abs)));
  }
  return out;
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
    const size = Math.min(statSync(file).size, MAX_TEXT_BYTES + 1);
    const buf = Buffer.alloc(size);
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
  return {
    paths: listFiles(roots, cwd).filter((p) => classify(p) !== undefined),
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
  return listFiles(roots, cwd)
    .filter((p) => classify(p) !== undefined)
    .map((p) => ({ path: p, content: readCapped(path.resolve(cwd, p)) }));
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
