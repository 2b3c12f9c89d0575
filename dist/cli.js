import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import './words.js';
export { m as main, r as runCli } from './bundle.js';
import 'node:module';
import './_builtin_util.js';
import './scope.js';
import './text.js';
