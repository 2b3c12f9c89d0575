import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { _ as __builtin } from './_builtin_worker_threads.js';
import { prereadShare } from './preread.js';
import 'node:module';
import './_builtin_os.js';
import './_builtin_path.js';
import './pipeline.js';
import './_builtin_path_posix.js';
import './workspace.js';
import './_builtin_fs.js';
import './_commonjs_helpers.js';
import './own-data.js';
import './_builtin_crypto.js';
import './governing.js';
import './_builtin_url.js';
import './_builtin_process.js';
import './_builtin_buffer.js';

// A worker thread of the CLI's parallel read (src/cli/preread.ts): reads its share of the cards and
// license files from disk and posts back their facts, in the order it was given them.

__builtin.parentPort.postMessage(prereadShare(__builtin.workerData ));
