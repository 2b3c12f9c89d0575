// On-disk cache of cards fetched from the Hugging Face Hub, keyed by repo id and revision, so CI can
// keep it between runs (actions/cache) and a run without network can still use what it saw before.
//
// Layout (one folder per repository, like huggingface_hub's own cache):
//   <dir>/models--<org>--<name>/refs/<revision>      the commit sha the revision pointed at
//   <dir>/models--<org>--<name>/snapshots/<sha>.json  { files: { "README.md": "...", ... } }
// A snapshot is immutable (a commit's files never change); a ref is rewritten on every online fetch.
// Snapshots are JSON, never `README.md` files, so a cache inside the scanned tree is never read as
// a model of its own.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Under the user's cache folder: a cache inside the repository could be committed by a pull request. */
export const DEFAULT_CACHE_DIR = path.join("model-provenance-check", "hub");

export type RepoKind = "model" | "dataset";

export interface Snapshot {
  kind: RepoKind;
  id: string;
  sha: string;
  /** When it was fetched (ISO 8601). */
  fetchedAt: string;
  /** True when the repository's license files were fetched too (not only its card). */
  withLicenses: boolean;
  /** Card and license files by path in the repository; a file the repository lacks is absent. */
  files: Record<string, string>;
}

/**
 * The cache directory: an explicit one, else $MODEL_PROVENANCE_CACHE, else model-provenance-check/hub
 * in the user's cache folder ($XDG_CACHE_HOME, else ~/.cache), outside any repository.
 */
export function cacheDirOf(explicit: string | undefined, cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = explicit ?? env.MODEL_PROVENANCE_CACHE;
  if (chosen) return path.resolve(cwd, chosen);
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), DEFAULT_CACHE_DIR);
}

function repoDir(dir: string, kind: RepoKind, id: string): string {
  return path.join(dir, `${kind}s--${id.split("/").map(safe).join("--")}`);
}

/** A file-name-safe form of a revision or id segment (refs/pr/1 → refs%2Fpr%2F1). */
function safe(s: string): string {
  return encodeURIComponent(s).replace(/^\.+/, (dots) => "%2E".repeat(dots.length));
}

export class HubCache {
  constructor(readonly dir: string) {}

  /** The snapshot a revision pointed at when last fetched, or undefined. */
  byRevision(kind: RepoKind, id: string, revision: string): Snapshot | undefined {
    const sha = /^[0-9a-f]{40}$/.test(revision) ? revision : this.read(path.join(repoDir(this.dir, kind, id), "refs", safe(revision)))?.trim();
    return sha ? this.bySha(kind, id, sha) : undefined;
  }

  bySha(kind: RepoKind, id: string, sha: string): Snapshot | undefined {
    const text = this.read(path.join(repoDir(this.dir, kind, id), "snapshots", `${safe(sha)}.json`));
    if (!text) return undefined;
    try {
      const s = JSON.parse(text) as Snapshot;
      return s && typeof s.files === "object" && s.sha === sha ? s : undefined;
    } catch {
      return undefined;
    }
  }

  /** Records what a revision points at and the files of that commit. Errors are swallowed: a cache is optional. */
  write(snapshot: Snapshot, revision: string): void {
    try {
      const base = repoDir(this.dir, snapshot.kind, snapshot.id);
      mkdirSync(path.join(base, "snapshots"), { recursive: true });
      mkdirSync(path.join(base, "refs"), { recursive: true });
      atomicWrite(path.join(base, "snapshots", `${safe(snapshot.sha)}.json`), JSON.stringify(snapshot, null, 1));
      if (revision !== snapshot.sha) atomicWrite(path.join(base, "refs", safe(revision)), snapshot.sha);
    } catch {
      // A read-only or full disk must not fail the check.
    }
  }

  /**
   * Keeps the `max` repositories written most recently and removes the rest, so a cache carried
   * from run to run stays bounded. Errors are swallowed: a cache is optional.
   */
  prune(max: number): number {
    try {
      const repos = readdirSync(this.dir)
        .filter((name) => /^(models|datasets)--/.test(name))
        // A fetch rewrites refs/ (or adds to snapshots/): the later of the two is when it was last used online.
        .map((name) => ({ name, at: Math.max(...["snapshots", "refs"].map((d) => statSync(path.join(this.dir, name, d), { throwIfNoEntry: false })?.mtimeMs ?? 0)) }))
        .sort((a, b) => b.at - a.at || (a.name < b.name ? -1 : 1));
      for (const old of repos.slice(max)) rmSync(path.join(this.dir, old.name), { recursive: true, force: true });
      return Math.max(0, repos.length - max);
    } catch {
      return 0;
    }
  }

  private read(file: string): string | undefined {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
  }
}

/** Write then rename, so a parallel run never reads half a file. */
function atomicWrite(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}
