// Shared set-up of the end-to-end tests: example cards, a PR payload built from a real webhook
// example, and a fake GitHub that is stopped after each test.
import { readFileSync } from "node:fs";
import { afterEach } from "vitest";
import { FakeGitHub, type RepoState } from "./fake-github.js";
import { payload, removeTemporary } from "./run-dist.js";

const example = (file: string) => readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8");

/** A card whose license grants more than its training data supports (errors). */
export const FAILING_CARD = example("stable-diffusion-v1/README.md");
/** A card with no findings. */
export const CLEAN_CARD = example("public-domain-diffusion/README.md");
/** A card whose LICENSE file says another license than its metadata (a different error). */
export const MISMATCH = { card: example("license-mismatch/README.md"), license: example("license-mismatch/LICENSE") };

export const OWNER = "Codertocat";
export const REPO = "Hello-World";
export const BASE_SHA = "b".repeat(40);
export const POLICY = ".github/model-provenance.yml";

/** The `pull_request` "opened" example payload, pointed at our PR and commits (changed_files: the example's 1 unless given). */
export function prPayload(o: { number: number; headSha: string; fork?: boolean; action?: string; changedFiles?: number }): Record<string, unknown> {
  const p = payload("pull_request", (e) => e.action === (o.action ?? "opened"));
  const pr = p.pull_request as { number: number; changed_files: number; base: { sha: string }; head: { sha: string; repo: { full_name: string; owner: { login: string } } } };
  p.number = o.number;
  pr.number = o.number;
  if (o.changedFiles !== undefined) pr.changed_files = o.changedFiles;
  pr.base.sha = BASE_SHA;
  pr.head.sha = o.headSha;
  if (o.fork) {
    pr.head.repo = structuredClone(pr.head.repo);
    pr.head.repo.full_name = `contributor/${REPO}`;
    pr.head.repo.owner.login = "contributor";
  }
  return p;
}

const started: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((g) => g.stop()));
  removeTemporary();
});

export async function fakeGitHub(state: Partial<RepoState> = {}): Promise<FakeGitHub> {
  const gh = new FakeGitHub({
    owner: OWNER,
    repo: REPO,
    pull: 7,
    baseSha: BASE_SHA,
    headSha: "1".repeat(40),
    prFiles: [],
    base: {},
    head: {},
    comments: [],
    reviewComments: [],
    faults: [],
    ...state,
  });
  started.push(await gh.start());
  return gh;
}

/** Workflow-command lines the Action printed, e.g. "::error file=...::message" → "error". */
export function commands(stdout: string, kind: "error" | "warning" | "notice"): string[] {
  return stdout.split("\n").filter((l) => l.startsWith(`::${kind}`));
}
