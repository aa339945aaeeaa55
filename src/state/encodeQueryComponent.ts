// Lone surrogates make encodeURIComponent throw; a URL cannot carry them anyway.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Percent-encode a query key or value, leaving "/" and "," readable (RFC 3986 §3.4 allows them
 * in a query) so a link shows `ftp=1/300`, not `ftp=1%2F300`. "+" stays encoded because form
 * decoding reads it as a space.
 * @example encodeQueryComponent('1/300 & more') // "1/300%20%26%20more"
 */
export function encodeQueryComponent(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD')).replace(/%2F/g, '/').replace(/%2C/g, ',');
}
