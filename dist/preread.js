import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { _ as __builtin$1 } from './_builtin_os.js';
import { _ as __builtin } from './_builtin_path.js';
import { _ as __builtin$2 } from './_builtin_worker_threads.js';
import { p as prereadFile } from './pipeline.js';
import { a as readCapped, c as classify } from './workspace.js';
import 'node:module';
import './_builtin_path_posix.js';
import './own-data.js';
import './_builtin_crypto.js';
import './governing.js';
import './_builtin_fs.js';
import './_builtin_url.js';
import './_builtin_process.js';
import './_builtin_buffer.js';
import './_commonjs_helpers.js';

// Reading a large tree on every core: the cards and license files (parsing front matter and prose,
// identifying licenses) are read in worker threads, each file on its own, and handed to the
// analysis by path (Preread), which then reads the tree in discovery order as always: the report
// does not depend on which thread read what. Below the cut-over a worker's start costs more than it
// saves, and the tree is read on the main thread alone.

/**
 * Files (cards and license files) from which worker threads can pay: a worker's start (loading the
 * bundle's reader and the license fingerprints) costs about as much as reading 300 files, and the
 * main thread still judges every model alone. Set with MODEL_PROVENANCE_THREADS on the benchmark's
 * monorepo (README, Performance).
 */
const CUT_OVER_FILES = 1500;
/** Workers at most, beside the main thread. */
const MAX_WORKERS = 7;









/** Reads a share of the files from disk: what a worker does, and the main thread with its own share. */
function prereadShare(share) {
  return share.files.map((file) => {
    let content;
    try {
      content = readCapped(__builtin.resolve(share.cwd, file));
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
function workersFor(files, env, cores = __builtin$1.availableParallelism(), load = __builtin$1.loadavg()[0]) {
  const set = env.MODEL_PROVENANCE_THREADS;
  if (set !== undefined && /^\d+$/.test(set)) return Math.min(Number(set), MAX_WORKERS);
  if (files < CUT_OVER_FILES) return 0;
  return Math.max(0, Math.min(cores - 1, Math.round(cores - load) - 1, MAX_WORKERS));
}

/**
 * The cards and license files of `source` read across `workers` threads and this one; undefined
 * with no workers (readTree then reads them as it goes) or when the worker script is not at hand.
 */
async function prereadInWorkers(source, cwd, names, worker, workers) {
  if (!worker || workers <= 0) return undefined;
  const files = source.paths.filter((p) => classify(p) === "model-card" || classify(p) === "license");
  // Round robin: shares of about equal size and cost, whatever the tree's layout.
  const shares = Array.from({ length: workers + 1 }, () => []);
  files.forEach((f, i) => shares[i % shares.length].push(f));
  const running = shares.slice(1).map((share) => runWorker(worker, { cwd, files: share, names }));
  const own = prereadShare({ cwd, files: shares[0], names });
  let all;
  try {
    all = [own, ...(await Promise.all(running))].flat();
  } catch {
    // A thread that could not start or run leaves the reading to the main thread: slower, same report.
    return undefined;
  }
  const cards = new Map();
  const licenses = new Map();
  for (const [file, facts] of all) {
    if (facts && "card" in facts) cards.set(file, facts.card);
    else if (facts) licenses.set(file, facts.license);
  }
  return { cards, licenses };
}

function runWorker(url, share) {
  return new Promise((resolve, reject) => {
    const w = new __builtin$2.Worker(url, { workerData: share });
    w.once("message", (m) => resolve(m));
    w.once("error", reject);
    w.once("exit", (code) => code !== 0 && reject(new Error(`a reading thread exited with code ${code}`)));
  });
}

export { CUT_OVER_FILES, prereadInWorkers, prereadShare, workersFor };
