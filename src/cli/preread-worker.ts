// A worker thread of the CLI's parallel read (src/cli/preread.ts): reads its share of the cards and
// license files from disk and posts back their facts, in the order it was given them.
import { parentPort, workerData } from "node:worker_threads";
import { prereadShare, type Share } from "./preread.js";

parentPort!.postMessage(prereadShare(workerData as Share));
