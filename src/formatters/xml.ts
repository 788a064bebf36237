/**
 * Text for the XML formats (JUnit, Checkstyle). Keys, values and paths come from specs anyone can
 * write: what would drive a terminal is shown as a `\uXXXX` escape first (as in every format), then
 * what XML 1.0 cannot hold at all (lone surrogates, U+FFFE, U+FFFF) likewise, then markup
 * characters become entities.
 */
import { escapeText } from './safe-text.js';

const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Lone surrogates and the two non-characters XML excludes (its Char production).
const NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;

/** One line of text as XML character data or an attribute value (quoted with `"`). */
export function xml(text: string): string {
  return escapeText(text)
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[&<>"']/g, (c) => MARKUP[c]!);
}

/** The XML declaration every report starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
