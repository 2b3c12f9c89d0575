import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
function renderJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}

export { renderJson };
