// Reference texts from ScanCode LicenseDB (../shared/licenses/scancode: the texts about AI models,
// model weights and use-based restrictions, with their metadata). Data under CC-BY-4.0, credited in
// the README. Each text is keyed by its ScanCode id (`LicenseRef-scancode-<key>`), so a file holding it
// is named by that id when neither the catalogue nor the SPDX list has it; where one does, the text
// becomes one more variant of that license (build.ts), never a second license.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ReferenceText } from "../build.js";

interface ScancodeManifest {
  source: { repo: string; commit: string };
  licenses: { key: string; file: string; name: string; spdx_license_key: string; homepage_url?: string | null }[];
}

/** The ScanCode `LicenseRef-scancode-` id of a key. */
export const scancodeId = (key: string) => `LicenseRef-scancode-${key}`;

/** A LicenseDB `.LICENSE` file starts with its YAML metadata between `---` lines: the text is what follows. */
export function withoutFrontMatter(file: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/.exec(file);
  return m ? file.slice(m[0].length) : file;
}

/** The ScanCode texts in `dir` (none when the folder is absent), sorted by key. */
export function scancodeTexts(dir: string): ReferenceText[] {
  const manifestPath = path.join(dir, "manifest.json");
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as ScancodeManifest;
  const { repo, commit } = manifest.source;
  return [...manifest.licenses]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((l) => {
      const isRef = l.spdx_license_key.startsWith("LicenseRef-");
      return {
        id: scancodeId(l.key),
        spdx: isRef ? null : l.spdx_license_key,
        hub: null,
        name: l.name,
        url: l.homepage_url ?? null,
        source: `${repo}/docs/${l.file}@${commit}`,
        text: withoutFrontMatter(readFileSync(path.join(dir, l.file), "utf8")),
        origin: "scancode" as const,
        scancode: scancodeId(l.key),
      };
    });
}
