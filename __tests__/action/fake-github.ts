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
  /** How many times to fail before answering normally. */
  times: number;
}

export interface Recorded {
  method: string;
  path: string;
  operationId?: string | undefined;
  body?: unknown;
  status: number;
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
  /** Files at the head commit (trees and blobs API, for pull_request_target). */
  head: Record<string, string>;
  comments: Comment[];
  /** Review comments (pulls API), each with the review that posted it. */
  reviewComments: (Comment & { path: string; line: number })[];
  /** Login for GET /user; undefined answers 403 as an installation token does. */
  self?: string | undefined;
  /** Status for comment writes, e.g. 403 for a fork's read-only token. */
  commentWriteStatus?: number | undefined;
  faults: Fault[];
}

export class FakeGitHub {
  readonly requests: Recorded[] = [];
  readonly problems: string[] = [];
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

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    const method = req.method ?? "GET";
    const checked = checkRequest(method, url.pathname, body);
    this.problems.push(...checked.problems);
    const send = (status: number, data: unknown) => {
      this.requests.push({ method, path: url.pathname, operationId: checked.operationId, body, status });
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(data));
    };
    const fault = this.state.faults.find((f) => f.method === method && f.path.test(url.pathname) && f.times > 0);
    if (fault) {
      fault.times--;
      return send(fault.status, { message: `injected ${fault.status}` });
    }
    const answer = this.route(method, url, body);
    send(answer[0], answer[1]);
  }

  private route(method: string, url: URL, body: unknown): [number, unknown] {
    const s = this.state;
    const repo = `/repos/${s.owner}/${s.repo}`;
    const p = decodeURIComponent(url.pathname);
    const page = Number(url.searchParams.get("page") ?? "1");
    if (method === "GET" && p === `${repo}/pulls/${s.pull}/files`) {
      return [200, page === 1 ? s.prFiles.map((f) => ({ sha: "0".repeat(40), status: "modified", additions: 1, deletions: 0, changes: 1, ...f })) : []];
    }
    if (method === "GET" && p.startsWith(`${repo}/contents/`)) {
      const file = p.slice(`${repo}/contents/`.length);
      const text = url.searchParams.get("ref") === s.baseSha ? s.base[file] : undefined;
      if (text === undefined) return [404, { message: "Not Found" }];
      return [200, { type: "file", encoding: "base64", size: text.length, name: file.split("/").pop(), path: file, sha: "1".repeat(40), content: Buffer.from(text).toString("base64") }];
    }
    if (method === "GET" && p === `${repo}/git/trees/${s.headSha}`) {
      const tree = Object.entries(s.head).map(([path, text]) => ({ path, mode: "100644", type: "blob", size: text.length, sha: blobSha(path) }));
      return [200, { sha: s.headSha, truncated: false, tree }];
    }
    if (method === "GET" && p.startsWith(`${repo}/git/blobs/`)) {
      const entry = Object.entries(s.head).find(([path]) => blobSha(path) === p.split("/").pop());
      return entry ? [200, { sha: blobSha(entry[0]), size: entry[1].length, encoding: "base64", content: Buffer.from(entry[1]).toString("base64") }] : [404, { message: "Not Found" }];
    }
    if (method === "GET" && p === `${repo}/issues/${s.pull}/comments`) return [200, page === 1 ? s.comments : []];
    if (method === "GET" && p === `${repo}/pulls`) {
      // Open PRs by `head=owner:branch`; the fork PR of these tests is contributor:patch-1.
      const pr = { number: s.pull, head: { sha: s.headSha, ref: "patch-1", repo: { full_name: `contributor/${s.repo}` } }, base: { sha: s.baseSha, repo: { full_name: `${s.owner}/${s.repo}` } } };
      return [200, url.searchParams.get("head") === "contributor:patch-1" && page === 1 ? [pr] : []];
    }
    if (method === "GET" && p === `${repo}/pulls/${s.pull}/comments`) return [200, page === 1 ? s.reviewComments : []];
    if (method === "POST" && p === `${repo}/pulls/${s.pull}/reviews`) {
      const review = body as { commit_id: string; comments: { path: string; line: number; body: string }[] };
      if (review.commit_id !== s.headSha) return [422, { message: "commit_id is not part of the pull request" }];
      for (const c of review.comments) s.reviewComments.push({ ...this.comment(this.nextId++, c.body), path: c.path, line: c.line });
      return [200, { id: this.nextId++, state: "COMMENTED", commit_id: review.commit_id }];
    }
    if (method === "GET" && p === "/user") return s.self ? [200, { login: s.self, type: "User" }] : [403, { message: "Resource not accessible by integration" }];
    if (method === "POST" && p === `${repo}/issues/${s.pull}/comments`) {
      if (s.commentWriteStatus) return [s.commentWriteStatus, { message: "Resource not accessible by integration" }];
      const comment = this.comment(this.nextId++, (body as { body: string }).body);
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
    this.problems.push(`the fake has no route for ${method} ${p}`);
    return [404, { message: "Not Found" }];
  }

  private comment(id: number, body: string, login = "github-actions[bot]"): Comment {
    if (body.length > 65_536) this.problems.push(`comment body is ${body.length} characters, over GitHub's 65,536`);
    return { id, body, user: { login, type: "Bot" }, html_url: `https://github.com/${this.state.owner}/${this.state.repo}/pull/${this.state.pull}#issuecomment-${id}` };
  }
}

function blobSha(path: string): string {
  return createHash("sha1").update(path).digest("hex");
}
