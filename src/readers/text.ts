// Decoding input files: binary and oversized files become problems, never exceptions.

/** Cards and licenses are small; anything larger is almost certainly not one. */
export const MAX_TEXT_BYTES = 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export function decodeText(content: string | Uint8Array): Decoded {
  if (typeof content !== "string") {
    if (content.byteLength > MAX_TEXT_BYTES) {
      return { ok: false, reason: `file is ${content.byteLength} bytes, over the ${MAX_TEXT_BYTES}-byte limit for a card or license` };
    }
    const utf16 = utf16Of(content);
    if (utf16) content = new TextDecoder(utf16.encoding).decode(content.subarray(utf16.skip));
    else if (content.subarray(0, 8192).includes(0)) return { ok: false, reason: "file is binary (contains NUL bytes)" };
    else content = new TextDecoder("utf-8").decode(content);
  } else if (content.length > MAX_TEXT_BYTES) {
    return { ok: false, reason: `file is over the ${MAX_TEXT_BYTES}-byte limit for a card or license` };
  } else if (content.slice(0, 8192).includes("\0")) {
    return { ok: false, reason: "file is binary (contains NUL bytes)" };
  }
  // A BOM and CRLF line ends are common in cards edited on Windows; neither changes line numbers.
  // Other control characters (a NUL past the first 8 KiB, a terminal escape) become U+FFFD, one
  // code unit for one, so that none reaches a report and every column stays where it was. A form
  // feed (page breaks in the GNU licenses) is white space.
  // Most texts hold none of these: one scan instead of four.
  if (!NEEDS_CLEANING.test(content)) return { ok: true, text: content };
  return { ok: true, text: content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/[\v\f]/g, " ").replace(CONTROL, "\ufffd") };
}

// eslint-disable-next-line no-control-regex -- replacing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** A character one of the replacements above changes: a BOM, CR, vertical tab, form feed or other control. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_CLEANING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\uFEFF]/;

/** The UTF-8 bytes of U+FFFD twice: a UTF-16 byte-order mark that a UTF-8 tool re-encoded. */
const MANGLED_BOM = [0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd];

/**
 * UTF-16 text (Windows editors and PowerShell's `>` write it): by its byte-order mark, a mark
 * mangled into two U+FFFD, or, without one, by NULs in every other byte of ASCII-range text.
 */
function utf16Of(bytes: Uint8Array): { encoding: "utf-16le" | "utf-16be"; skip: number } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  const skip = MANGLED_BOM.every((b, i) => bytes[i] === b) ? MANGLED_BOM.length : 0;
  const sample = bytes.subarray(skip, skip + 8192);
  // No NUL at all (nearly every file): neither count below can reach its threshold.
  if (sample.length < 4 || !sample.includes(0)) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const half = Math.floor(sample.length / 2);
  // Mostly ASCII text: nearly every high byte is NUL and no low byte is.
  if (oddNul >= half * 0.9 && evenNul === 0) return { encoding: "utf-16le", skip };
  if (evenNul >= half * 0.9 && oddNul === 0) return { encoding: "utf-16be", skip };
  return undefined;
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
