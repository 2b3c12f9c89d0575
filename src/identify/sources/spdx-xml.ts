// SPDX's canonical license templates (spdx/license-list-XML, ../shared/licenses/spdx-license-list-XML.tar.gz).
// The npm texts are one rendering of each template; the template also says which parts a copy may
// leave out (`<optional>`, the title and copyright lines) and which parts each copy fills in
// (`<alt match=".+">`: the copyright holder, an organisation's name). Per license, two more forms are
// fingerprinted (build.ts), as SPDX's matching guidelines read a copy:
//   - `template`: every part, the free alternatives marked variable (template.ts);
//   - `without-optional`: the optional parts left out (LGPL-3.0 without the GPL-3.0 it appends).
// A template without such markup adds nothing and yields no form: the npm text stands alone.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { markVariable } from "./template.js";

/** An XML element: its name, attributes and children (elements and text). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

/** The files of a (ustar) tar archive: name → content. Only regular files. */
export function untar(archive: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (let at = 0; at + 512 <= archive.length; ) {
    const header = archive.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (from: number, len: number) => header.toString("latin1", from, from + len).replace(/\0.*$/s, "");
    const size = parseInt(field(124, 12).trim() || "0", 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = (prefix ? `${prefix}/` : "") + field(0, 100);
    if (type === "0" || type === "") files.set(name, archive.subarray(at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses the XML of one template (well-formed, no DTD). Unclosed elements are closed at the end. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#root", attrs: {}, children: [] };
  const stack = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1]!;
    if (m[1] !== undefined) top.children.push(m[1]);
    else if (m[6] !== undefined) top.children.push(decode(m[6]));
    else if (m[3] !== undefined) {
      const name = m[3].replace(/^\w+:/, "");
      if (m[2] === "/") {
        const i = stack.map((e) => e.name).lastIndexOf(name);
        if (i > 0) stack.length = i;
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of (m[4] ?? "").matchAll(ATTR)) attrs[a[1]!] = decode(a[2] ?? a[3] ?? "");
      const el: XmlElement = { name, attrs, children: [] };
      top.children.push(el);
      if (m[5] !== "/") stack.push(el);
    }
  }
  return root;
}

/** The first element named `name` at any depth, in document order. */
function find(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === name) return c;
    const inner = find(c, name);
    if (inner) return inner;
  }
  return undefined;
}

/** An `<alt>` whose pattern admits any text (a holder's or an organisation's name), not one of a few spellings. */
export const isFreeAlt = (match: string) => /\.[+*]|\.\{|\\S[+*]|\[\^/.test(match);

interface RenderOptions {
  /** Leave out `<optional>` parts, the title and the copyright lines. */
  withoutOptional: boolean;
}

const BLOCKS = new Set(["p", "titleText", "copyrightText", "standardLicenseHeader", "list"]);

/** The text of a template element: blocks as paragraphs, list items on their own lines, free alternatives marked. */
function render(el: XmlElement, o: RenderOptions): string {
  if (o.withoutOptional && (el.name === "optional" || el.name === "titleText" || el.name === "copyrightText")) return " ";
  if (el.name === "br") return "\n";
  const inner = el.children.map((c) => (typeof c === "string" ? c.replace(/\s+/g, " ") : render(c, o))).join("");
  if (el.name === "alt") return isFreeAlt(el.attrs.match ?? "") ? markVariable(inner) : inner;
  if (el.name === "bullet") return `${inner.trim()} `;
  if (el.name === "item") return `\n${inner.trim()}\n`;
  if (BLOCKS.has(el.name)) return `\n\n${inner.trim()}\n\n`;
  return inner;
}

/** Whether a template has markup the npm text cannot carry: an optional part or a free alternative. */
function hasMarkup(el: XmlElement): boolean {
  return el.children.some((c) => typeof c !== "string" && ((c.name === "optional" || (c.name === "alt" && isFreeAlt(c.attrs.match ?? ""))) || hasMarkup(c)));
}

export interface TemplateForms {
  /** SPDX id (`licenseId`, or `exceptionId` for an exception). */
  id: string;
  forms: { name: "template" | "without-optional"; text: string }[];
}

/** The forms of one template file's license; null for a file with no `<text>` or no markup. */
export function templateForms(xml: string): TemplateForms | null {
  const doc = parseXml(xml);
  const license = find(doc, "license") ?? find(doc, "exception");
  const text = license ? find(license, "text") : undefined;
  const id = license?.attrs.licenseId ?? license?.attrs.exceptionId;
  if (!license || !text || !id || !hasMarkup(text)) return null;
  const tidy = (s: string) => s.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  return {
    id,
    forms: [
      { name: "template", text: tidy(render(text, { withoutOptional: false })) },
      { name: "without-optional", text: tidy(render(text, { withoutOptional: true })) },
    ],
  };
}

/** The template forms of every license in the archive, by SPDX id. An unreadable template is skipped. */
export function spdxTemplateForms(archivePath: string): Map<string, TemplateForms["forms"]> {
  const out = new Map<string, TemplateForms["forms"]>();
  const files = untar(gunzipSync(readFileSync(archivePath)));
  for (const name of [...files.keys()].filter((n) => n.endsWith(".xml")).sort()) {
    const t = templateForms(files.get(name)!.toString("utf8"));
    if (t) out.set(t.id, t.forms);
  }
  return out;
}
