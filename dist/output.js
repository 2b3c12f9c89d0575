import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { _ as __builtin } from './_builtin_path_posix.js';
import { H as HUB_DIR, a as analyze } from './pipeline.js';
import { c as classify, b as discover } from './workspace.js';
import { _ as __builtin$2 } from './_builtin_fs.js';
import { _ as __builtin$1 } from './_builtin_path.js';
import { U as UsageError } from './args.js';

// Which models a run asks analyze() to judge. Pure: no I/O, no analysis.
// A PR is judged on the models it touches, not on problems that were there before it; when what
// it touches cannot be known (GitHub's list of its files is cut off), every model is judged.


 










function underRoots(roots, p) {
  return roots.some((r) => {
    const root = __builtin.normalize(r).replace(/\/$/, "");
    return root === "." || p === root || p.startsWith(`${root}/`);
  });
}

/**
 * The paths of `changed` the tool reads (cards, license files, dataset cards) under the scanned
 * roots. A `.hub/` folder in the repository is never read (fetched cards arrive apart), so a
 * change to one touches no model.
 */
function relevantChanges(changed, roots) {
  return changed.filter((p) => underRoots(roots, p) && classify(p) !== undefined && !p.startsWith(`${HUB_DIR}/`));
}
















const NOTHING_CHANGED = "no model card, license file, dataset card or policy under the scanned paths changed in this pull request";

function scopeOfChange(c) {
  if (c.incomplete) return { kind: "all", reason: `${c.incomplete}: every model is checked` };
  const subject = c.subject ?? "the pull request";
  if (c.changed.includes(c.policyFile)) return { kind: "all", reason: `${subject} changes the policy` };
  const relevant = relevantChanges(c.changed, c.roots);
  if (relevant.some((p) => classify(p) === "dataset-card")) return { kind: "all", reason: `${subject} changes a dataset card` };
  const models = new Set(discover(c.present).models.map((m) => m.dir));
  const dirs = new Set();
  for (const p of relevant) {
    const owner = nearest(__builtin.dirname(p), models);
    if (owner !== undefined) dirs.add(owner);
  }
  if (dirs.size === 0) return { kind: "none", reason: c.subject ? `no model card, license file, dataset card or policy under the scanned paths changed in ${subject}` : NOTHING_CHANGED };
  return { kind: "models", dirs: [...dirs].sort(), fineTunes: c.allCardsAtHand };
}

/** What analyze() is asked for: undefined = every model; a list = those (and their fine-tunes when asked). */
function selectionOf(scope) {
  if (scope.kind === "all") return {};
  if (scope.kind === "none") return { onlyModels: [] };
  return { onlyModels: scope.dirs, withFineTunes: scope.fineTunes };
}

/** analyze() over the scope's models, in one analysis (the CLI's --changed-since uses it too). */
function analyzeScope(input, scope) {
  return analyze({ ...input, ...selectionOf(scope) });
}

function nearest(dir, models) {
  for (let d = dir; ; d = __builtin.dirname(d)) {
    if (models.has(d)) return d;
    if (d === "." || d === "/" || d === "") return undefined;
  }
}

// Writing the files the user named (--output, --sarif, --badge, --badge-json, --bom, init). A
// checked-out pull request can replace any path with a symlink, so nothing is written through
// one (neither the file nor a folder on the way to it), nor over a file the run read as input,
// nor twice in one run: each is refused with an error that names the path.

class OutputRefused extends UsageError {}








/**
 * The inputs' real paths are resolved when a file is first written: a run writing to stdout (most
 * runs) never needs them, and on 10,000 models they are 40,000 realpath calls (over a second).
 */
function outputGuard(cwd, inputs) {
  let real;
  return {
    get inputs() {
      return (real ??= new Set(inputs.map((p) => realOrResolved(__builtin$1.resolve(cwd, p)))));
    },
    written: new Set(),
  };
}

/** Writes `content` to `file` (relative to cwd), creating missing folders, or throws OutputRefused. */
function writeOutput(cwd, file, content, guard, opts = {}) {
  const out = openOutput(cwd, file, guard, opts);
  try {
    out.write(content);
  } finally {
    out.close();
  }
}






/** Opens `file` for writing in pieces (a streamed report), with writeOutput's refusals. */
function openOutput(cwd, file, guard, opts = {}) {
  const target = __builtin$1.resolve(cwd, file);
  refuseSymlinks(__builtin$1.resolve(cwd), target, file);
  const real = realOrResolved(target);
  if (guard.inputs.has(real)) throw new OutputRefused(`refusing to write ${file}: it is one of the files this run read`);
  if (guard.written.has(real)) throw new OutputRefused(`refusing to write ${file} twice: give each output its own path`);
  __builtin$2.mkdirSync(__builtin$1.dirname(target), { recursive: true });
  refuseSymlinks(__builtin$1.resolve(cwd), target, file);
  const flags = __builtin$2.constants.O_WRONLY | __builtin$2.constants.O_CREAT | (opts.overwrite === false ? __builtin$2.constants.O_EXCL : __builtin$2.constants.O_TRUNC) | __builtin$2.constants.O_NOFOLLOW;
  let fd;
  try {
    fd = __builtin$2.openSync(target, flags, 0o644);
  } catch (e) {
    const code = (e ).code;
    if (code === "EEXIST") throw new OutputRefused(`${file} already exists; not overwriting it`);
    if (code === "ELOOP") throw new OutputRefused(`refusing to write ${file}: it is a symbolic link`);
    if (code === "EISDIR") throw new OutputRefused(`cannot write ${file}: it is a folder`);
    throw new OutputRefused(`cannot write ${file}: ${(e ).message}`);
  }
  guard.written.add(real);
  return { write: (chunk) => void __builtin$2.writeSync(fd, chunk), close: () => __builtin$2.closeSync(fd) };
}

/**
 * The target must not be a symbolic link, nor any folder between the working directory (the
 * checkout) and it: a pull request controls those. Folders above the working directory are the
 * machine's own (a home folder may well be a link) and are left alone.
 */
function refuseSymlinks(cwd, target, shown) {
  for (let p = target; p === target || p.startsWith(cwd + __builtin$1.sep); p = __builtin$1.dirname(p)) {
    let isLink = false;
    try {
      isLink = __builtin$2.lstatSync(p).isSymbolicLink();
    } catch {
      // Not there yet: mkdir will create it as a real folder.
    }
    if (isLink) throw new OutputRefused(`refusing to write ${shown}: ${p === target ? "it" : __builtin$1.relative(cwd, p) || p} is a symbolic link`);
    if (__builtin$1.dirname(p) === p) return;
  }
}

function realOrResolved(p) {
  try {
    return __builtin$2.realpathSync(p);
  } catch {
    return p;
  }
}

export { NOTHING_CHANGED as N, OutputRefused as O, openOutput as a, analyzeScope as b, selectionOf as c, outputGuard as o, relevantChanges as r, scopeOfChange as s, underRoots as u, writeOutput as w };
