import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { createRequire } from 'node:module';

process.getBuiltinModule?.("node:stream/promises") ?? createRequire(import.meta.url)("node:stream/promises");
