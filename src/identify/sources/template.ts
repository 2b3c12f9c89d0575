// Variable parts of a reference text (an SPDX template's `<alt match=".+">` copyright holder) are
// written between two marker words; prepareForm normalises the text and returns, beside the tokens
// without the markers, which tokens were variable, so the verifier takes a name filled in there for
// an editorial change (chunks.ts, INFO_VARIABLE), as SPDX's matching guidelines say.
import { normalise } from "../normalise.js";

/** Marker words around a variable part: letters only, so normalisation keeps them as tokens. */
export const VARIABLE_OPEN = "zzvariablebeginzz";
export const VARIABLE_CLOSE = "zzvariableendzz";

/** `text` with its variable part marked. */
export const markVariable = (text: string) => ` ${VARIABLE_OPEN} ${text} ${VARIABLE_CLOSE} `;

export interface PreparedForm {
  tokens: string[];
  hashes: Uint32Array;
  /** 1 for a token inside a variable part. */
  variable: Uint8Array | undefined;
}

/** Normalises a text with marked variable parts. A marker normalisation dropped (with a copyright line) leaves the depth where it was. */
export function prepareForm(text: string): PreparedForm {
  const n = normalise(text);
  const tokens: string[] = [];
  const hashes: number[] = [];
  const variable: number[] = [];
  let depth = 0;
  n.tokens.forEach((t, i) => {
    if (t === VARIABLE_OPEN) depth++;
    else if (t === VARIABLE_CLOSE) depth = Math.max(0, depth - 1);
    else {
      tokens.push(t);
      hashes.push(n.hashes[i]!);
      variable.push(depth > 0 ? 1 : 0);
    }
  });
  return { tokens, hashes: Uint32Array.from(hashes), variable: variable.includes(1) ? Uint8Array.from(variable) : undefined };
}
