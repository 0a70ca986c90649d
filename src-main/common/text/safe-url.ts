// The one URL policy for everything Dossier stores or exports as a link: web pages and mail
// addresses only. A `javascript:`, `data:`, `file:` or relative "URL" in a document's metadata
// or a note's link is never stored as a URL and never becomes a live link in an export.

const ALLOWED = new Set(['http', 'https', 'mailto']);
const SCHEME = /^([a-z][a-z0-9+.-]*):(.*)$/i;

export const URL_POLICY_MESSAGE = 'a URL must start with http://, https:// or mailto:';

/** The URL trimmed when it is an absolute http, https or mailto URL, else null. */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const url = value.trim();
  if (!url || url.length > 2000) return null;
  // Browsers drop tabs and newlines inside a scheme ("java\tscript:"): any space or control is refused.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u00a0\u2028\u2029]/.test(url)) return null;
  const m = SCHEME.exec(url);
  if (!m || !ALLOWED.has(m[1]!.toLowerCase())) return null;
  const rest = m[2]!;
  if (m[1]!.toLowerCase() === 'mailto') return rest.length > 0 ? url : null;
  // A web URL names its host: "https://example.org/…", not "https:relative" or "https:///x".
  return /^\/\/[^/?#\\]+/.test(rest) ? url : null;
}

export const isSafeUrl = (value: string): boolean => safeUrl(value) !== null;
