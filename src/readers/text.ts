// Decoding input files: binary and oversized files become problems, never exceptions.

/** Cards and licenses are small; anything larger is almost certainly not one. */
export const MAX_TEXT_BYTES = 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export function decodeText(content: string | Uint8Array): Decoded {
  if (typeof content !== "string") {
    if (content.byteLength > MAX_TEXT_BYTES) {
      return { ok: false, reason: `file is ${content.byteLength} bytes, over the ${MAX_TEXT_BYTES}-byte limit for a card or license` };
    }
    if (content.subarray(0, 8192).includes(0)) return { ok: false, reason: "file is binary (contains NUL bytes)" };
    content = new TextDecoder("utf-8").decode(content);
  } else if (content.length > MAX_TEXT_BYTES) {
    return { ok: false, reason: `file is over the ${MAX_TEXT_BYTES}-byte limit for a card or license` };
  } else if (content.slice(0, 8192).includes("\0")) {
    return { ok: false, reason: "file is binary (contains NUL bytes)" };
  }
  // A BOM and CRLF line ends are common in cards edited on Windows; neither changes line numbers.
  return { ok: true, text: content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n") };
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
