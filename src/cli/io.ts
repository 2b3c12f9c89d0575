// What the CLI needs from its process, passed in so that tests run it in-process.
import type { KnowledgeBase } from "../kb/knowledge-base.js";

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  isTTY: boolean;
  cwd: string;
  /** Defaults to process.env (colour variables, HF_TOKEN, ...). */
  env?: NodeJS.ProcessEnv | undefined;
  /** The bundle passes the knowledge base compiled into it; from source, rules/ is read. */
  knowledgeBase?: (() => KnowledgeBase) | undefined;
  /** The worker script of the parallel read (src/cli/preread-worker.ts as bundled); without it the tree is read on one thread. */
  prereadWorker?: URL | undefined;
  /** For --hub: the fetch to use (tests inject a fake), the environment, a per-request timeout. */
  hub?: { fetch?: typeof fetch; env?: NodeJS.ProcessEnv; timeoutMs?: number } | undefined;
}

/** The bundle's compiled knowledge base, else rules/ read and validated (loaded only then). */
export async function knowledgeBaseOf(io: Io): Promise<KnowledgeBase> {
  return io.knowledgeBase ? io.knowledgeBase() : (await import("../kb/load.js")).loadKnowledgeBase();
}
