// Reading a large tree on every core: the cards and license files (parsing front matter and prose,
// identifying licenses) are read in worker threads, each file on its own, and handed to the
// analysis by path (Preread), which then reads the tree in discovery order as always: the report
// does not depend on which thread read what. Below the cut-over a worker's start costs more than it
// saves, and the tree is read on the main thread alone.
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { CardFacts, LicenseFileFacts } from "../facts/types.js";
import { prereadFile, type FileSource, type Preread } from "../pipeline.js";
import { classify } from "../readers/discover.js";
import type { NameIndex } from "../readers/model-card.js";
import { readCapped } from "../workspace.js";

/**
 * Files (cards and license files) from which worker threads can pay: a worker's start (loading the
 * bundle's reader and the license fingerprints) costs about as much as reading 300 files, and the
 * main thread still judges every model alone. Set with MODEL_PROVENANCE_THREADS on the benchmark's
 * monorepo (README, Performance).
 */
export const CUT_OVER_FILES = 1500;
/** Workers at most, beside the main thread. */
const MAX_WORKERS = 7;

export interface Share {
  cwd: string;
  files: string[];
  names: NameIndex;
}

type Read = [file: string, facts: { card: CardFacts } | { license: LicenseFileFacts } | undefined];

/** Reads a share of the files from disk: what a worker does, and the main thread with its own share. */
export function prereadShare(share: Share): Read[] {
  return share.files.map((file): Read => {
    let content: Uint8Array;
    try {
      content = readCapped(path.resolve(share.cwd, file));
    } catch {
      // Vanished since listed: readTree reads it (as missing) itself.
      return [file, undefined];
    }
    return [file, prereadFile(file, content, share.names)];
  });
}

/**
 * How many worker threads to use for `files` files: MODEL_PROVENANCE_THREADS when set (0 turns
 * them off); else, past the cut-over, one per core left idle by the machine's load beside this
 * thread: on a shared machine whose cores are busy, threads only take turns (measured: slower).
 */
export function workersFor(files: number, env: NodeJS.ProcessEnv, cores = availableParallelism(), load = loadavg()[0]!): number {
  const set = env.MODEL_PROVENANCE_THREADS;
  if (set !== undefined && /^\d+$/.test(set)) return Math.min(Number(set), MAX_WORKERS);
  if (files < CUT_OVER_FILES) return 0;
  return Math.max(0, Math.min(cores - 1, Math.round(cores - load) - 1, MAX_WORKERS));
}

/**
 * The cards and license files of `source` read across `workers` threads and this one; undefined
 * with no workers (readTree then reads them as it goes) or when the worker script is not at hand.
 */
export async function prereadInWorkers(source: FileSource, cwd: string, names: NameIndex, worker: URL | undefined, workers: number): Promise<Preread | undefined> {
  if (!worker || workers <= 0) return undefined;
  const files = source.paths.filter((p) => classify(p) === "model-card" || classify(p) === "license");
  // Round robin: shares of about equal size and cost, whatever the tree's layout.
  const shares: string[][] = Array.from({ length: workers + 1 }, () => []);
  files.forEach((f, i) => shares[i % shares.length]!.push(f));
  const running = shares.slice(1).map((share) => runWorker(worker, { cwd, files: share, names }));
  const own = prereadShare({ cwd, files: shares[0]!, names });
  let all: Read[];
  try {
    all = [own, ...(await Promise.all(running))].flat();
  } catch {
    // A thread that could not start or run leaves the reading to the main thread: slower, same report.
    return undefined;
  }
  const cards = new Map<string, CardFacts>();
  const licenses = new Map<string, LicenseFileFacts>();
  for (const [file, facts] of all) {
    if (facts && "card" in facts) cards.set(file, facts.card);
    else if (facts) licenses.set(file, facts.license);
  }
  return { cards, licenses };
}

function runWorker(url: URL, share: Share): Promise<Read[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(url, { workerData: share });
    w.once("message", (m: Read[]) => resolve(m));
    w.once("error", reject);
    w.once("exit", (code) => code !== 0 && reject(new Error(`a reading thread exited with code ${code}`)));
  });
}
