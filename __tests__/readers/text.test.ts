// decodeText skips its four replacements when a text holds none of the characters they change
// (nearly every card and license): the result must be what the replacements give, for any text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/readers/text.js";

// eslint-disable-next-line no-control-regex -- the reference replaces control characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const reference = (s: string) => s.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/[\v\f]/g, " ").replace(CONTROL, "\ufffd");

describe("decodeText", () => {
  it("gives the replacements' result for any text, with or without characters to clean", () => {
    const chars = fc.constantFrom("a", " ", "\n", "\t", "\r", "\v", "\f", "\u0001", "\u001b", "\u007f", "\u0085", "\u009f", "\uFEFF", "é", "\u2028");
    const text = fc.oneof(fc.string({ unit: chars, maxLength: 40 }), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(text, (s) => {
        const d = decodeText(s.replace(/\0/g, ""));
        expect(d).toEqual({ ok: true, text: reference(s.replace(/\0/g, "")) });
      }),
    );
  });

  it("decodes UTF-8 bytes, and UTF-16 by its NULs, whether or not the bytes hold a NUL", () => {
    const card = "---\r\nlicense: mit\r\n---\r\n# Model\n";
    expect(decodeText(new TextEncoder().encode(card))).toEqual({ ok: true, text: reference(card) });
    const utf16 = Buffer.from(card, "utf16le");
    expect(decodeText(new Uint8Array(utf16))).toEqual({ ok: true, text: reference(card) });
    expect(decodeText(new TextEncoder().encode("plain text, no NUL, no CR"))).toEqual({ ok: true, text: "plain text, no NUL, no CR" });
  });
});
