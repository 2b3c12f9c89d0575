// Reads the files the analysis needs from disk. Only cards, license files and dataset cards are
// read, and never more than the size limit of each: weights next to them are never opened.
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import path from "node:path";
import type { InputFile } from "./pipeline.js";
import { classify, toPosix } from "./readers/discover.js";
import { MAX_TEXT_BYTES } from "./readers/text.js";

const SKIP_DIRS = new Set(["node_modules", ".git", "dist", "__pycache__", ".venv", "venv"]);

/** Every path under `roots`, relative to `cwd`, with forward slashes. */
export function listFiles(roots: readonly string[], cwd: string = process.cwd()): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    let st;
    try {
      st = statSync(abs);
    } catch {
      return;
    }
    if (st.isFile()) {
      out.push(toPosix(path.relative(cwd, abs)));
      return;
    }
    if (!st.isDirectory()) return;
    for (const name of readdirSync(abs).sort()) {
      if (SKIP_DIRS.has(name)) continue;
      walk(path.join(abs, name));
    }
  };
  for (const r of roots) walk(path.resolve(cwd, r));
  return out;
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
