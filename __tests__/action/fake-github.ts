// A local stand-in for the GitHub REST API, on 127.0.0.1, serving the endpoints the Action uses.
// Every request is recorded and checked against GitHub's OpenAPI description; an undocumented
// route or a body that does not fit its schema is a problem the test asserts away.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { checkRequest } from "./openapi.js";

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  /** How many times to fail before answering normally (Infinity: always). */
  times: number;
  /** Response headers, e.g. x-ratelimit-remaining / x-ratelimit-reset, retry-after. */
  headers?: Record<string, string>;
  /** A raw body instead of GitHub's JSON message (e.g. the HTML page of a 502). */
  body?: string;
  contentType?: string;
  /** GitHub's JSON message, when no raw body is given. */
  message?: string;
  /** Never answer: the request stalls until the client gives up. */
  stall?: boolean;
  /** Done to the state when the fault fires (e.g. a reviewer deleting the comment meanwhile). */
  effect?: (state: RepoState) => void;
}

/** Who the token is: GET /user and the GraphQL viewer answer with it, and comments are written as it. */
export interface TokenIdentity {
  login: string;
  /** An App installation token (GITHUB_TOKEN is one): GET /user answers 403. */
  installation: boolean;
}

/** GITHUB_TOKEN: the github-actions app's installation. */
export const ACTIONS_TOKEN: TokenIdentity = { login: "github-actions[bot]", installation: true };

export interface Recorded {
  method: string;
  path: string;
  operationId?: string | undefined;
  body?: unknown;
  status: number;
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  raw_details?: string;
}

/** A check run as the fake keeps it: annotations of every request appended, as GitHub does. */
export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  output: { title?: string; summary?: string; annotations: CheckAnnotation[] };
  html_url: string;
}

export interface RepoState {
  owner: string;
  repo: string;
  pull: number;
  baseSha: string;
  headSha: string;
  /** Files the PR changes. */
  prFiles: { filename: string; status?: string; previous_filename?: string; patch?: string }[];
  /** Files at the base commit (contents API). */
  base: Record<string, string>;
  /** Files at the head commit (trees and blobs API, for pull_request_target); the merge commit has them too. */
  head: Record<string, string>;
  /** Paths of `head` that are symbolic links (their text is the link's target), as git stores them. */
  symlinks?: string[];
  /** The merge commit of a pull_request run (GITHUB_SHA): its tree is `head`'s. */
  mergeSha?: string;
  /** Other repositories' files by ref, for a policy kept elsewhere: "owner/repo" → ref → path → text. */
  otherRepos?: Record<string, Record<string, Record<string, string>>>;
  /** Files a compare of base...head lists (compare API, for base-ref/head-ref). */
  compareFiles?: { filename: string; status?: string; previous_filename?: string }[];
  comments: Comment[];
  /** Review comments (pulls API), each with the review that posted it. */
  reviewComments: (Comment & { path: string; line: number })[];
  /** The token's identity; default ACTIONS_TOKEN. */
  token?: TokenIdentity | undefined;
  /** Status for comment writes, e.g. 403 for a fork's read-only token. */
  commentWriteStatus?: number | undefined;
  faults: Fault[];
  /** Check runs created (checks API). */
  checkRuns?: CheckRun[];
  /** Branches (Git Data API): name → commit sha. Objects live in FakeGitHub.git. */
  refs?: Record<string, string>;
}

export interface GitCommitObject {
  tree: string;
  parents: string[];
  message: string;
}

/** The fake's object store: blobs by their real git id, trees as flat path → blob id maps. */
export interface GitStore {
  blobs: Map<string, string>;
  trees: Map<string, Map<string, string>>;
  commits: Map<string, GitCommitObject>;
}

export class FakeGitHub {
  readonly requests: Recorded[] = [];
  readonly problems: string[] = [];
  readonly git: GitStore = { blobs: new Map(), trees: new Map(), commits: new Map() };
  private server?: Server;
  private nextId = 1000;

  constructor(readonly state: RepoState) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    // Stalled requests hold their sockets open: close them, or close() would wait for them.
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Requests made since the last reset, as "METHOD operationId". */
  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.operationId ?? r.path}`);
  }

  reset(): void {
    this.requests.length = 0;
    this.problems.length = 0;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    const method = req.method ?? "GET";
    const graphql = method === "POST" && url.pathname === "/graphql";
    const checked = graphql ? { operationId: "graphql", problems: [] } : checkRequest(method, url.pathname, body);
    this.problems.push(...checked.problems);
    const record = (status: number) => this.requests.push({ method, path: url.pathname, operationId: checked.operationId, body, status });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      record(status);
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(JSON.stringify(data));
    };
    const fault = this.state.faults.find((f) => f.method === method && f.path.test(url.pathname) && f.times > 0);
    if (fault) {
      fault.times--;
      fault.effect?.(this.state);
      if (fault.stall) {
        record(0);
        return;
      }
      record(fault.status);
      res.writeHead(fault.status, { "content-type": fault.body === undefined ? "application/json; charset=utf-8" : (fault.contentType ?? "text/html; charset=utf-8"), ...fault.headers });
      res.end(fault.body ?? JSON.stringify({ message: fault.message ?? `injected ${fault.status}` }));
      return;
    }
    if (graphql) return send(...this.viewerQuery((body as { query?: string } | undefined)?.query ?? ""));
    const [status, data, headers] = this.route(method, url, body);
    send(status, data, headers);
  }

  private get token(): TokenIdentity {
    return this.state.token ?? ACTIONS_TOKEN;
  }

  /** The one GraphQL query the Action makes: who the token is (a bot's login without "[bot]", as GraphQL spells it). */
  private viewerQuery(query: string): [number, unknown] {
    if (/\bviewer\s*\{/.test(query)) {
      const bot = this.token.login.endsWith("[bot]");
      return [200, { data: { viewer: { login: this.token.login.replace(/\[bot\]$/, ""), __typename: bot ? "Bot" : "User" } } }];
    }
    this.problems.push(`the fake has no GraphQL answer for ${query.slice(0, 80)}`);
    return [200, { data: null, errors: [{ message: "unsupported query" }] }];
  }

  /** One page of `items` as GitHub pages a list: per_page (default 30), page, and a Link header to the next. */
  private paged(url: URL, items: unknown[], cap = Infinity): [number, unknown, Record<string, string>] {
    const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? "30"));
    const page = Number(url.searchParams.get("page") ?? "1");
    const all = items.slice(0, cap);
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const next = new URL(url.href);
    next.searchParams.set("page", String(page + 1));
    return [200, slice, page * perPage < all.length ? { link: `<${this.url}${next.pathname}${next.search}>; rel="next"` } : {}];
  }

  private route(method: string, url: URL, body: unknown): [number, unknown, Record<string, string>?] {
    const s = this.state;
    const repo = `/repos/${s.owner}/${s.repo}`;
    const p = decodeURIComponent(url.pathname);
    const page = Number(url.searchParams.get("page") ?? "1");
    if (method === "GET" && p === `${repo}/pulls/${s.pull}/files`) {
      // GitHub lists at most 3,000 files of a pull request.
      // A file the base branch has is modified unless the test says otherwise; any other is added.
      const status = (f: { filename: string }) => (f.filename in s.base ? "modified" : "added");
      return this.paged(url, s.prFiles.map((f) => ({ sha: "0".repeat(40), status: status(f), additions: 1, deletions: 0, changes: 1, ...f })), 3000);
    }
    if (method === "GET" && p.startsWith(`${repo}/compare/`)) {
      const files = (s.compareFiles ?? []).slice(0, 300).map((f) => ({ sha: "0".repeat(40), status: "modified", additions: 1, deletions: 0, changes: 1, ...f }));
      return [200, { status: "ahead", ahead_by: 1, behind_by: 0, total_commits: 1, commits: [], files }];
    }
    const elsewhere = /^\/repos\/([^/]+\/[^/]+)\/contents\/(.+)$/.exec(p);
    if (method === "GET" && elsewhere && `/repos/${elsewhere[1]}` !== repo) {
      const text = s.otherRepos?.[elsewhere[1]!]?.[url.searchParams.get("ref") ?? "main"]?.[elsewhere[2]!];
      if (text === undefined) return [404, { message: "Not Found" }];
      return [200, { type: "file", encoding: "base64", size: text.length, name: elsewhere[2]!.split("/").pop(), path: elsewhere[2], sha: gitBlobId(text), content: Buffer.from(text).toString("base64") }];
    }
    if (method === "GET" && p.startsWith(`${repo}/contents/`)) {
      const file = p.slice(`${repo}/contents/`.length);
      const text = url.searchParams.get("ref") === s.baseSha ? s.base[file] : undefined;
      if (text === undefined) return [404, { message: "Not Found" }];
      return [200, { type: "file", encoding: "base64", size: text.length, name: file.split("/").pop(), path: file, sha: gitBlobId(text), content: Buffer.from(text).toString("base64") }];
    }
    const files = this.commitFiles(p.slice(`${repo}/git/trees/`.length));
    if (method === "GET" && p.startsWith(`${repo}/git/trees/`) && files) {
      const links = new Set(s.symlinks ?? []);
      const tree = Object.entries(files).map(([path, text]) => ({ path, mode: links.has(path) ? "120000" : "100644", type: "blob", size: Buffer.byteLength(text), sha: gitBlobId(text) }));
      return [200, { sha: p.split("/").pop(), truncated: false, tree }];
    }
    if (method === "GET" && p.startsWith(`${repo}/git/blobs/`)) {
      const sha = p.split("/").pop();
      const text = [...Object.values(s.head), ...Object.values(s.base)].find((t) => gitBlobId(t) === sha);
      return text === undefined ? [404, { message: "Not Found" }] : [200, { sha, size: Buffer.byteLength(text), encoding: "base64", content: Buffer.from(text).toString("base64") }];
    }
    if (method === "GET" && p === `${repo}/issues/${s.pull}/comments`) return this.paged(url, s.comments);
    if (method === "GET" && p === `${repo}/pulls`) {
      // Open PRs by `head=owner:branch`; the fork PR of these tests is contributor:patch-1.
      const pr = { number: s.pull, head: { sha: s.headSha, ref: "patch-1", repo: { full_name: `contributor/${s.repo}` } }, base: { sha: s.baseSha, repo: { full_name: `${s.owner}/${s.repo}` } } };
      return [200, url.searchParams.get("head") === "contributor:patch-1" && page === 1 ? [pr] : []];
    }
    if (method === "GET" && p === `${repo}/pulls/${s.pull}/comments`) return [200, page === 1 ? s.reviewComments : []];
    if (method === "POST" && p === `${repo}/pulls/${s.pull}/reviews`) {
      const review = body as { commit_id: string; comments: { path: string; line: number; body: string }[] };
      if (review.commit_id !== s.headSha) return [422, { message: "commit_id is not part of the pull request" }];
      for (const c of review.comments) s.reviewComments.push({ ...this.comment(this.nextId++, c.body, this.token.login), path: c.path, line: c.line });
      return [200, { id: this.nextId++, state: "COMMENTED", commit_id: review.commit_id }];
    }
    if (method === "GET" && p === "/user") {
      return this.token.installation ? [403, { message: "Resource not accessible by integration" }] : [200, { login: this.token.login, type: "User" }];
    }
    if (method === "POST" && p === `${repo}/issues/${s.pull}/comments`) {
      if (s.commentWriteStatus) return [s.commentWriteStatus, { message: "Resource not accessible by integration" }];
      const comment = this.comment(this.nextId++, (body as { body: string }).body, this.token.login);
      s.comments.push(comment);
      return [201, comment];
    }
    const edit = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(p);
    if (method === "PATCH" && edit) {
      if (s.commentWriteStatus) return [s.commentWriteStatus, { message: "Resource not accessible by integration" }];
      const comment = s.comments.find((c) => c.id === Number(edit[1]));
      if (!comment) return [404, { message: "Not Found" }];
      comment.body = (body as { body: string }).body;
      return [200, comment];
    }
    if (method === "DELETE" && edit) {
      const at = s.comments.findIndex((c) => c.id === Number(edit[1]));
      if (at < 0) return [404, { message: "Not Found" }];
      s.comments.splice(at, 1);
      return [204, undefined];
    }
    if (method === "POST" && p === `${repo}/check-runs`) {
      const b = body as { name: string; head_sha: string; status?: string; conclusion?: string; output?: { title?: string; summary?: string; annotations?: CheckAnnotation[] } };
      if (!/^[0-9a-f]{40}$/.test(b.head_sha)) return [422, { message: "No commit found for SHA" }];
      const id = this.nextId++;
      const run: CheckRun = { id, name: b.name, head_sha: b.head_sha, output: { annotations: [] }, html_url: `https://github.com/${s.owner}/${s.repo}/runs/${id}` };
      (s.checkRuns ??= []).push(this.updateCheckRun(run, b));
      return [201, run];
    }
    const checkRun = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(p);
    if (method === "PATCH" && checkRun) {
      const run = s.checkRuns?.find((r) => r.id === Number(checkRun[1]));
      return run ? [200, this.updateCheckRun(run, body as Parameters<FakeGitHub["updateCheckRun"]>[1])] : [404, { message: "Not Found" }];
    }
    if (p.startsWith(`${repo}/git/`)) {
      const answer = this.gitRoute(method, p.slice(`${repo}/git/`.length), url, body);
      if (answer) return answer;
    }
    this.problems.push(`the fake has no route for ${method} ${p}`);
    return [404, { message: "Not Found" }];
  }

  /** The files of a PR commit the fake knows (base, head, merge), or undefined. */
  private commitFiles(sha: string): Record<string, string> | undefined {
    const s = this.state;
    if (sha === s.baseSha) return s.base;
    if (sha === s.headSha || sha === (s.mergeSha ?? "f".repeat(40))) return s.head;
    return undefined;
  }

  /** A commit on `branch` (a root commit when it is new) whose tree is `files`; for setting up a test. */
  seedBranch(branch: string, files: Record<string, string>, message = "seed"): string {
    const refs = (this.state.refs ??= {});
    const tree = this.putTree(new Map(Object.entries(files).map(([path, text]) => [path, this.putBlob(text)])));
    const commit = this.putCommit({ tree, parents: refs[branch] ? [refs[branch]] : [], message });
    refs[branch] = commit;
    return commit;
  }

  /** The files at the head of `branch`, or undefined when there is no such branch. */
  branchFiles(branch: string): Record<string, string> | undefined {
    const head = this.state.refs?.[branch];
    if (!head) return undefined;
    const tree = this.git.trees.get(this.git.commits.get(head)!.tree)!;
    return Object.fromEntries([...tree].map(([path, sha]) => [path, this.git.blobs.get(sha)!]));
  }

  /** Commits reachable from `branch`'s head, newest first (first parents). */
  history(branch: string): (GitCommitObject & { sha: string })[] {
    const out: (GitCommitObject & { sha: string })[] = [];
    for (let sha = this.state.refs?.[branch]; sha; sha = this.git.commits.get(sha)?.parents[0]) out.push({ sha, ...this.git.commits.get(sha)! });
    return out;
  }

  private putBlob(text: string): string {
    const bytes = Buffer.from(text, "utf8");
    const sha = createHash("sha1").update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes])).digest("hex");
    this.git.blobs.set(sha, text);
    return sha;
  }

  private putTree(files: Map<string, string>): string {
    const sorted = new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
    const sha = createHash("sha1").update(`tree ${JSON.stringify([...sorted])}`).digest("hex");
    this.git.trees.set(sha, sorted);
    return sha;
  }

  private putCommit(c: GitCommitObject): string {
    const sha = createHash("sha1").update(`commit ${JSON.stringify(c)} ${this.nextId++}`).digest("hex");
    this.git.commits.set(sha, c);
    return sha;
  }

  private commitJson(sha: string): unknown {
    const c = this.git.commits.get(sha)!;
    return { sha, message: c.message, tree: { sha: c.tree }, parents: c.parents.map((p) => ({ sha: p })) };
  }

  /** Git Data API: refs, commits, trees and blobs of the fake's object store. */
  private gitRoute(method: string, rest: string, url: URL, body: unknown): [number, unknown] | undefined {
    const refs = (this.state.refs ??= {});
    const refJson = (branch: string) => ({ ref: `refs/heads/${branch}`, object: { type: "commit", sha: refs[branch] } });
    const invalid = (message: string): [number, unknown] => [422, { message }];
    if (method === "GET" && rest.startsWith("ref/heads/")) {
      const branch = rest.slice("ref/heads/".length);
      return refs[branch] ? [200, refJson(branch)] : [404, { message: "Not Found" }];
    }
    if (method === "POST" && rest === "blobs") {
      const b = body as { content: string; encoding?: string };
      const text = b.encoding === "base64" ? Buffer.from(b.content, "base64").toString("utf8") : b.content;
      return [201, { sha: this.putBlob(text) }];
    }
    if (method === "POST" && rest === "trees") {
      const b = body as { base_tree?: string; tree: { path: string; mode: string; type: string; sha?: string | null; content?: string }[] };
      const base = b.base_tree === undefined ? new Map<string, string>() : this.git.trees.get(b.base_tree);
      if (!base) return invalid("base_tree is not a tree");
      const files = new Map(base);
      for (const e of b.tree) {
        if (e.type !== "blob" || e.mode !== "100644") return invalid(`the fake only makes regular files (${e.path})`);
        if (e.content !== undefined) files.set(e.path, this.putBlob(e.content));
        else if (e.sha === null) files.delete(e.path);
        else if (e.sha && this.git.blobs.has(e.sha)) files.set(e.path, e.sha);
        else return invalid(`tree.sha ${String(e.sha)} is not a blob`);
      }
      const sha = this.putTree(files);
      return [201, { sha, truncated: false, tree: [...files].map(([path, blob]) => ({ path, mode: "100644", type: "blob", sha: blob })) }];
    }
    if (method === "POST" && rest === "commits") {
      const b = body as { message: string; tree: string; parents?: string[] };
      if (!this.git.trees.has(b.tree)) return invalid("tree is not a tree");
      if ((b.parents ?? []).some((p) => !this.git.commits.has(p))) return invalid("a parent is not a commit");
      return [201, this.commitJson(this.putCommit({ tree: b.tree, parents: b.parents ?? [], message: b.message }))];
    }
    if (method === "POST" && rest === "refs") {
      const b = body as { ref: string; sha: string };
      if (!b.ref.startsWith("refs/heads/")) return invalid("the fake only makes branches");
      const branch = b.ref.slice("refs/heads/".length);
      if (refs[branch]) return invalid("Reference already exists");
      if (!this.git.commits.has(b.sha)) return invalid("Object does not exist");
      refs[branch] = b.sha;
      return [201, refJson(branch)];
    }
    if (method === "PATCH" && rest.startsWith("refs/heads/")) {
      const branch = rest.slice("refs/heads/".length);
      const b = body as { sha: string; force?: boolean };
      if (!refs[branch]) return invalid("Reference does not exist");
      if (!this.git.commits.has(b.sha)) return invalid("Object does not exist");
      const ancestors = new Set<string>();
      for (const todo = [b.sha]; todo.length > 0; ) {
        const sha = todo.pop()!;
        if (!ancestors.has(sha)) todo.push(...(this.git.commits.get(sha)?.parents ?? []));
        ancestors.add(sha);
      }
      if (!b.force && !ancestors.has(refs[branch])) return invalid("Update is not a fast forward");
      refs[branch] = b.sha;
      return [200, refJson(branch)];
    }
    const commit = /^commits\/([0-9a-f]{40})$/.exec(rest);
    if (method === "GET" && commit) return this.git.commits.has(commit[1]!) ? [200, this.commitJson(commit[1]!)] : [404, { message: "Not Found" }];
    const tree = /^trees\/([0-9a-f]{40})$/.exec(rest);
    if (method === "GET" && tree) {
      const files = this.git.trees.get(tree[1]!);
      if (!files) return [404, { message: "Not Found" }];
      const recursive = url.searchParams.has("recursive");
      const dirs = new Set<string>();
      for (const path of files.keys()) path.split("/").slice(0, -1).forEach((_, i, parts) => dirs.add(parts.slice(0, i + 1).join("/")));
      const entries = [
        ...[...dirs].map((path) => ({ path, mode: "040000", type: "tree", sha: createHash("sha1").update(`dir ${tree[1]} ${path}`).digest("hex") })),
        ...[...files].map(([path, sha]) => ({ path, mode: "100644", type: "blob", sha, size: Buffer.byteLength(this.git.blobs.get(sha)!) })),
      ].filter((e) => recursive || !e.path.includes("/"));
      return [200, { sha: tree[1], truncated: false, tree: entries.sort((a, b) => (a.path < b.path ? -1 : 1)) }];
    }
    return undefined;
  }

  /** Applies a create or update body; annotations are appended, and checked against GitHub's limits. */
  private updateCheckRun(run: CheckRun, b: { status?: string; conclusion?: string; output?: { title?: string; summary?: string; annotations?: CheckAnnotation[] } }): CheckRun {
    if (b.status !== undefined) run.status = b.status;
    if (b.conclusion !== undefined) run.conclusion = b.conclusion;
    if (b.output?.title !== undefined) run.output.title = b.output.title;
    if (b.output?.summary !== undefined) run.output.summary = b.output.summary;
    for (const a of b.output?.annotations ?? []) {
      for (const field of ["message", "raw_details"] as const) {
        if (a[field] !== undefined && Buffer.byteLength(a[field]) > 64 * 1024) this.problems.push(`annotation ${field} is over 64 KB`);
      }
      if ((a.title?.length ?? 0) > 255) this.problems.push("annotation title is over 255 characters");
      if (a.start_line < 1 || a.end_line < a.start_line) this.problems.push(`annotation lines ${a.start_line}-${a.end_line} are not a range`);
      run.output.annotations.push(a);
    }
    return run;
  }

  private comment(id: number, body: string, login = "github-actions[bot]"): Comment {
    if (body.length > 65_536) this.problems.push(`comment body is ${body.length} characters, over GitHub's 65,536`);
    return { id, body, user: { login, type: "Bot" }, html_url: `https://github.com/${this.state.owner}/${this.state.repo}/pull/${this.state.pull}#issuecomment-${id}` };
  }
}

/** git's blob id of a text. */
export function gitBlobId(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
