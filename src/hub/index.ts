// Hub on demand: fetch unknown base-model and dataset cards before analysis (see prefetch.ts).
export { cacheDirOf, DEFAULT_CACHE_DIR, HubCache, type RepoKind, type Snapshot } from "./cache.js";
export { DEFAULT_TIMEOUT_MS, fetchRepo, type HubClientOptions, type RepoRequest, type RepoResult } from "./client.js";
export { hubDatasetDir, hubModelDir, hubNotes, parseHubRef, prefetchForTree, prefetchLineage, withHubNotes, type FetchedRepo, type PrefetchOptions, type PrefetchResult } from "./prefetch.js";
