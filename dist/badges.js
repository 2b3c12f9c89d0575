import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { s as statusOf, i as info, w as warning, a as writeSummary } from './index.js';
import { renderBadges } from './badge.js';
import { a as __builtin } from './_builtin_crypto.js';
import './compiled.js';
import './_builtin_fs.js';
import 'node:module';
import './_builtin_url.js';
import './knowledge-base.js';
import './own-data.js';
import './_builtin_os.js';
import './_builtin_path.js';
import './_commonjs_helpers.js';
import './pipeline.js';
import './_builtin_path_posix.js';
import './workspace.js';
import './governing.js';
import './_builtin_process.js';
import './_builtin_buffer.js';
import './markdown.js';
import './words.js';
import './output.js';
import './args.js';
import './_builtin_util.js';
import './json.js';

// Commits a few files to a branch that holds only them (the README badges), through the Git Data
// API: no checkout, no clone, no push. Only `refs/heads/<branch>` is ever written, only the given
// paths change in its tree (anything else on that branch stays as it is), and when every file
// already has the same content nothing is written at all.
























/** Git's blob id of a file: SHA-1 of `blob <byte length>\0<bytes>`. */
function gitBlobSha(content) {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return __builtin.createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** A 409 or 422 from a ref write means someone else moved or created the branch meanwhile. */
const RACE = new Set([409, 422]);

async function publishToBranch(gh, target, files) {
  try {
    try {
      return await attempt(gh, target, files);
    } catch (e) {
      const status = statusOf(e);
      if (status === undefined || !RACE.has(status)) throw e;
      // Read the branch again and start over, once: a second race in a row is reported.
      return await attempt(gh, target, files);
    }
  } catch (e) {
    const status = statusOf(e);
    if (status === 403) return { action: "forbidden", status };
    throw e;
  }
}

async function attempt(gh, t, files) {
  const { owner, repo } = t;
  const head = await branchHead(gh, t);
  const entries = (fs) => fs.map((f) => ({ path: f.path, mode: "100644" , type: "blob" , content: f.content }));

  if (!head) {
    // An orphan commit: a tree of only our files (no base_tree), a commit with no parents.
    const tree = await gh.rest.git.createTree({ owner, repo, tree: entries(files) });
    const commit = await gh.rest.git.createCommit({ owner, repo, message: t.message, tree: tree.data.sha, parents: [] });
    await gh.rest.git.createRef({ owner, repo, ref: `refs/heads/${t.branch}`, sha: commit.data.sha });
    return { action: "created", commit: commit.data.sha, paths: files.map((f) => f.path) };
  }

  const current = await gh.rest.git.getCommit({ owner, repo, commit_sha: head });
  const baseTree = current.data.tree.sha;
  const listing = await gh.rest.git.getTree({ owner, repo, tree_sha: baseTree, recursive: "1" });
  const present = new Map(listing.data.tree.filter((e) => e.type === "blob" && e.path && e.sha).map((e) => [e.path, e.sha]));
  // A truncated listing leaves some files unknown: they count as changed, and the tree comparison
  // below still avoids an empty commit.
  const changed = files.filter((f) => present.get(f.path) !== gitBlobSha(f.content));
  if (changed.length === 0) return { action: "unchanged" };

  // base_tree keeps every other file of the branch; the entries replace only our paths.
  const tree = await gh.rest.git.createTree({ owner, repo, base_tree: baseTree, tree: entries(changed) });
  if (tree.data.sha === baseTree) return { action: "unchanged" };
  const commit = await gh.rest.git.createCommit({ owner, repo, message: t.message, tree: tree.data.sha, parents: [head] });
  await gh.rest.git.updateRef({ owner, repo, ref: `heads/${t.branch}`, sha: commit.data.sha, force: false });
  return { action: "updated", commit: commit.data.sha, paths: changed.map((f) => f.path) };
}

/** The commit the branch points at, or undefined when there is no such branch. */
async function branchHead(gh, t) {
  try {
    const ref = await gh.rest.git.getRef({ owner: t.owner, repo: t.repo, ref: `heads/${t.branch}` });
    if (ref.data.object.type !== "commit") throw new Error(`refs/heads/${t.branch} points at a ${ref.data.object.type}, not a commit`);
    return ref.data.object.sha;
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
}

// `publish-badges: true`: commit the README badges to their own branch after a run on the default
// branch, and print the Markdown to paste. Loaded only when the input is on (publish.ts imports it
// lazily). The Git side is src/github/badge-branch.ts; the badges are src/render/badge.ts's.


const OVERALL_SVG = "provenance.svg";
const OVERALL_JSON = "provenance.json";

/** The default branch, from the event; a scheduled run is always on it, so its ref names it too. */
function defaultBranchOf(ctx) {
  if (ctx.defaultBranch) return ctx.defaultBranch;
  return ctx.eventName === "schedule" && ctx.ref?.startsWith("refs/heads/") ? ctx.ref.slice("refs/heads/".length) : undefined;
}

/** Why this run publishes nothing, or undefined when it publishes. */
function notPublishing(ctx) {
  const main = defaultBranchOf(ctx);
  const onDefault = main !== undefined && ctx.ref === `refs/heads/${main}`;
  switch (ctx.eventName) {
    case "push":
      return onDefault ? undefined : `this push is to ${ctx.ref ?? "an unknown ref"}, not to the default branch`;
    case "schedule":
      return undefined; // scheduled runs always run on the default branch
    case "workflow_dispatch":
      // A manual run on another branch would publish that branch's verdict as the repository's.
      return ctx.ref && main && !onDefault ? `this manual run is on ${ctx.ref}, not on the default branch` : undefined;
    default:
      return `badges are published on push to the default branch, schedule and workflow_dispatch, not on ${ctx.eventName || "a local run"}`;
  }
}

const endpointJson = (b) => JSON.stringify(b.endpoint, null, 2) + "\n";

/** The files of the badge branch: the overall pair, and one pair per model under models/. */
function badgeFiles(set) {
  return [
    { path: OVERALL_SVG, content: set.overall.svg },
    { path: OVERALL_JSON, content: endpointJson(set.overall) },
    ...set.models.flatMap((m) => [
      { path: `models/${m.slug}.svg`, content: m.svg },
      { path: `models/${m.slug}.json`, content: endpointJson(m) },
    ]),
  ];
}

/** Where a file of the branch is served raw (raw.githubusercontent.com on github.com). */
function rawUrl(ctx, branch, file) {
  const tail = `${branch}/${file}`.split("/").map(encodeURIComponent).join("/");
  const server = ctx.serverUrl.replace(/\/+$/, "");
  return server === "https://github.com"
    ? `https://raw.githubusercontent.com/${ctx.owner}/${ctx.repo}/${tail}`
    : `${server}/${ctx.owner}/${ctx.repo}/raw/${tail}`;
}

function shieldsUrl(jsonUrl) {
  return `https://img.shields.io/endpoint?url=${encodeURIComponent(jsonUrl)}`;
}

/** The job summary's "paste this into the README" section. */
function badgeSnippet(ctx, branch, set, status) {
  const lines = [
    "### README badge",
    "",
    status,
    "",
    "The SVG, served from the badge branch:",
    "",
    "```markdown",
    `![provenance](${rawUrl(ctx, branch, OVERALL_SVG)})`,
    "```",
    "",
    "The same verdict drawn by shields.io from the endpoint JSON:",
    "",
    "```markdown",
    `![provenance](${shieldsUrl(rawUrl(ctx, branch, OVERALL_JSON))})`,
    "```",
    "",
  ];
  if (set.models.length > 0) {
    lines.push(
      `<details><summary>One badge per model (${set.models.length})</summary>`,
      "",
      "```markdown",
      ...set.models.map((m) => `![${m.name.replace(/[[\]\\]/g, "")}](${rawUrl(ctx, branch, `models/${m.slug}.svg`)})`),
      "```",
      "",
      "</details>",
      "",
    );
  }
  return lines.join("\n");
}

async function publishBadges(gh, ctx, options, report) {
  if (!options["publish-badges"]) return;
  const branch = options["badge-branch"];
  const skip = notPublishing(ctx);
  if (skip) return info(`Badges not published: ${skip}.`);
  if (branch === defaultBranchOf(ctx)) {
    return warning(`Badges not published: badge-branch '${branch}' is the default branch. The badges need a branch of their own; the Action writes no other branch.`);
  }

  const set = renderBadges(report);
  const sha = ctx.sha ? ` for ${ctx.sha.slice(0, 7)}` : "";
  let status;
  try {
    const outcome = await publishToBranch(
      gh,
      { owner: ctx.owner, repo: ctx.repo, branch, message: `Model provenance badges: ${set.overall.verdict.message}${sha}` },
      badgeFiles(set),
    );
    switch (outcome.action) {
      case "created":
        status = `Created the branch \`${branch}\` with ${outcome.paths.length} badge file(s).`;
        break;
      case "updated":
        status = `Committed ${outcome.paths.length} changed badge file(s) to \`${branch}\`.`;
        break;
      case "unchanged":
        status = `The badges on \`${branch}\` are up to date; nothing was committed.`;
        break;
      case "forbidden":
        status = `The badges could not be committed to \`${branch}\`: the token is read-only.`;
        warning(`Could not commit the badges to '${branch}' (HTTP ${outcome.status}): give the job \`permissions: contents: write\`. The verdict and outputs are unaffected.`);
        break;
    }
  } catch (e) {
    // The badge is a by-product: a failure to publish it is reported, and the check's result stands.
    status = `The badges could not be committed to \`${branch}\`.`;
    warning(`Could not commit the badges to '${branch}': ${e instanceof Error ? e.message : String(e)}`);
  }
  info(status);
  await writeSummary(badgeSnippet(ctx, branch, set, status));
}

export { OVERALL_JSON, OVERALL_SVG, badgeFiles, badgeSnippet, defaultBranchOf, notPublishing, publishBadges, rawUrl, shieldsUrl };
