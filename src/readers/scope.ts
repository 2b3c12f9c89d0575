// Which paths of a tree a run reads: not vendored or build folders, not what .gitignore ignores
// (the workspace walker applies both below each scan root), not what `exclude:` globs remove, and
// only what `include:` globs keep when given. Every path left out is listed with why.
import ignore, { type Ignore } from "ignore";

export interface Skipped {
  path: string;
  reason: string;
}

/** Globs (gitignore syntax) from the policy, the CLI's --exclude and the Action's `exclude` input. */
export interface PathScope {
  exclude?: readonly string[] | undefined;
  include?: readonly string[] | undefined;
}

/** Folders that hold others' copies, build output or test fixtures, never a model of the repository's own. */
const VENDORED: Record<string, string> = {
  node_modules: "a vendored packages folder",
  vendor: "a vendored folder",
  vendored: "a vendored folder",
  third_party: "a vendored folder",
  "third-party": "a vendored folder",
  "site-packages": "an installed packages folder",
  ".venv": "a Python virtual environment",
  venv: "a Python virtual environment",
  ".tox": "a Python test environment",
  __pycache__: "a Python cache folder",
  ".cache": "a cache folder (Hugging Face's cache holds copies of others' models)",
  ".ipynb_checkpoints": "a notebook checkpoint folder",
  dist: "a build output folder",
  build: "a build output folder",
  fixtures: "a test fixtures folder",
  __fixtures__: "a test fixtures folder",
  testdata: "a test fixtures folder",
  ".git": "git's own folder",
  ".github": "GitHub settings, not a model",
};

/** Why a folder (its base name) is never scanned, or undefined. */
export function vendoredReason(name: string): string | undefined {
  return Object.hasOwn(VENDORED, name) ? VENDORED[name] : undefined;
}

/** Why a path below a scan root lies in a vendored folder, or undefined. `rel` is relative to the root. */
export function vendoredPathReason(rel: string): { folder: string; reason: string } | undefined {
  const parts = rel.split("/");
  for (let i = 0; i < parts.length - 1; i++) {
    const reason = vendoredReason(parts[i]!);
    if (reason) return { folder: `${parts.slice(0, i + 1).join("/")}/`, reason };
  }
  return undefined;
}

/** Tests paths against the exclude and include globs; undefined when neither is given. */
export function globFilter(scope: PathScope | undefined): ((path: string) => string | undefined) | undefined {
  const exclude = scope?.exclude?.filter((g) => g.trim() !== "") ?? [];
  const include = scope?.include?.filter((g) => g.trim() !== "") ?? [];
  if (exclude.length === 0 && include.length === 0) return undefined;
  const out = exclude.length > 0 ? ignore().add([...exclude]) : undefined;
  const keep = include.length > 0 ? ignore().add([...include]) : undefined;
  return (p) => {
    const rel = p.replace(/^\.\//, "");
    if (out?.ignores(rel)) return `matches an exclude glob (${matching(exclude, rel)})`;
    if (keep && !keep.ignores(rel)) return "matches no include glob";
    return undefined;
  };
}

function matching(globs: readonly string[], rel: string): string {
  return globs.find((g) => ignore().add(g).ignores(rel)) ?? globs.join(", ");
}

/**
 * The .gitignore rules in force in a folder: its parent's, then its own file's, each tested on the
 * path relative to the folder that holds the file (as git does).
 */
export class GitIgnores {
  private constructor(private readonly layers: readonly { base: string; rules: Ignore }[]) {}

  static empty(): GitIgnores {
    return new GitIgnores([]);
  }

  /** The rules for folder `dir` (relative to the root) given its .gitignore text. */
  enter(dir: string, text: string | undefined): GitIgnores {
    if (text === undefined || text.trim() === "") return this;
    return new GitIgnores([...this.layers, { base: dir, rules: ignore().add(text) }]);
  }

  /** True when `rel` (relative to the root; folders end with `/`) is ignored. */
  ignores(rel: string): boolean {
    let ignored = false;
    for (const { base, rules } of this.layers) {
      const inner = base === "" ? rel : rel.startsWith(`${base}/`) ? rel.slice(base.length + 1) : undefined;
      if (inner === undefined || inner === "") continue;
      const r = rules.test(inner);
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  }
}
