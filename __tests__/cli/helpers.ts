// Runs the CLI in-process (src/cli.ts) and collects what it prints.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { main, type Io } from "../../src/cli.js";

export const ROOT = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));

export async function cli(args: string[], over: Partial<Io> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, cwd: ROOT, env: {}, ...over });
  return { code, stdout, stderr };
}

/** A folder holding `files` (path → content). */
export function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mp-cli-"));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), content);
  }
  return dir;
}

/** The text report's lines without the ANSI colours and the file paths (exempt from the width limit). */
export function widthsWithoutPaths(text: string): number[] {
  return text.split("\n").map((l) => l.replace(/\S*(\/|\.md:|LICENSE:)\S*/g, "").length);
}
