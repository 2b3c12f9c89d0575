import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { parseHubRef, prefetchForTree, cacheDirOf, hubNotes } from './hub2.js';
import './_builtin_path_posix.js';
import { d as readTree } from './pipeline.js';
import { m as missingRoots, w as workspaceSource } from './workspace.js';
import { U as UsageError } from './args.js';
import './_builtin_fs.js';
import 'node:module';
import './_builtin_os.js';
import './_builtin_path.js';
import './_builtin_fs_promises.js';
import './_builtin_stream.js';
import './_builtin_stream_promises.js';
import './own-data.js';
import './_builtin_crypto.js';
import './governing.js';
import './_builtin_url.js';
import './_builtin_process.js';
import './_builtin_buffer.js';
import './_commonjs_helpers.js';
import './_builtin_util.js';

// check --hub: Hub ids among the PATHs, then the Hub cards the local tree and those models lack,
// fetched before the (pure) analysis. Loaded only when --hub is given.


async function fromHub(positionals, cacheFlag, kb, io, scope) {
  const env = io.hub?.env ?? io.env ?? process.env;
  const hubIds = positionals.filter((p) => missingRoots([p], io.cwd).length > 0 && parseHubRef(p) !== undefined);
  const roots = positionals.filter((p) => !hubIds.includes(p));
  // `check --hub org/model` alone checks that model only; otherwise the local roots (default .) too.
  const localRoots = roots.length > 0 ? roots : hubIds.length > 0 ? [] : ["."];
  const missing = missingRoots(localRoots, io.cwd);
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(", ")}`);
  // The tree is read once: the prefetch looks for unknown references in its facts, the analysis judges them.
  const local = workspaceSource(localRoots, io.cwd);
  const tree = readTree(local, kb, { scope });
  const prefetch = await prefetchForTree(tree, kb, {
    models: hubIds,
    fetch: io.hub?.fetch,
    accessToken: env.HF_TOKEN || env.HUGGING_FACE_HUB_TOKEN || undefined,
    offline: env.HF_HUB_OFFLINE === "1" || env.HF_HUB_OFFLINE === "true",
    hubUrl: env.HF_ENDPOINT || undefined,
    timeoutMs: io.hub?.timeoutMs,
    cacheDir: cacheDirOf(cacheFlag, io.cwd, env),
  });
  const only = [...tree.models.map((m) => m.dir), ...prefetch.modelDirs];
  return {
    roots: localRoots,
    files: local,
    tree: prefetch.tree,
    only,
    notes: hubNotes(prefetch),
  };
}

export { fromHub };
