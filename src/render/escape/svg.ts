// SVG for README badges. badge-maker draws the badge and XML-escapes `< > & " '` in the label and
// the message, but passes through what XML 1.0 forbids (NUL and the other C0 controls, U+FFFE,
// lone surrogates), which makes the file unreadable, and bidirectional overrides, which can make
// "2 conflicts" read as something else. Colours and links go into attributes unchecked beyond
// badge-maker's own colour parsing, and a link may be `javascript:`. Every string the policy or
// the repository gives a badge goes through this module first.
import { CONTROL, LINE_BREAK } from "./plain.js";

/** Characters no XML 1.0 document may hold (outside tab, line feed, carriage return), and lone surrogates. */
// eslint-disable-next-line no-control-regex -- matching control characters is what this is for
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Badge text (label or message) on one line, every character one XML allows and none that reorders text. */
export function text(s: string): string {
  return s.replace(LINE_BREAK, " ").replace(/\t/g, " ").replace(NOT_XML, "\ufffd").replace(CONTROL, "\ufffd");
}

/** A colour badge-maker can draw: a CSS name, #hex, or rgb()/rgba()/hsl()/hsla() of numbers; else undefined. */
export function color(c: string | undefined): string | undefined {
  if (c === undefined) return undefined;
  const ok = /^[a-z]{1,30}$/i.test(c) || /^#?(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(c) || /^(?:rgba?|hsla?)\([0-9., %]{1,60}\)$/i.test(c);
  return ok ? c : undefined;
}

/** An http(s) link, or undefined: a badge links to pages, never runs script. */
export function link(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** True when `svg` has only characters XML 1.0 allows: what text() guarantees of what it gives badge-maker. */
export function isXmlSafe(svg: string): boolean {
  return !new RegExp(NOT_XML.source).test(svg);
}
