/** What PostgreSQL refuses in text: it cannot hold NUL, nor (in jsonb) half a UTF-16 surrogate pair, which is not Unicode. */

const NUL = '\u0000';
/** A high surrogate not followed by a low one, or a low one not after a high one: JavaScript strings allow them, UTF-8 does not. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

export function hasNul(text: string): boolean {
  return text.includes(NUL);
}

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** The text with each NUL and lone surrogate replaced by U+FFFD, the character Unicode keeps for what could not be read. */
export function storable(text: string): string {
  return text.replaceAll(NUL, '\uFFFD').replace(LONE_SURROGATES, '\uFFFD');
}
