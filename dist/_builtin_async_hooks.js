import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { createRequire } from 'node:module';

const __builtin = process.getBuiltinModule?.("node:async_hooks") ?? createRequire(import.meta.url)("node:async_hooks");

export { __builtin as _ };
