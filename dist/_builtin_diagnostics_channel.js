import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { createRequire } from 'node:module';

const __builtin = process.getBuiltinModule?.("node:diagnostics_channel") ?? createRequire(import.meta.url)("node:diagnostics_channel");

export { __builtin as _ };
