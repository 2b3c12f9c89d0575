// Kept in step with package.json by a test, so reports name the version that produced them.
export const TOOL = { name: "model-provenance-check", version: "0.1.0" } as const;
