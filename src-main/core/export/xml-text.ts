// XML 1.0 forbids most C0 controls, U+FFFE/U+FFFF and lone surrogates even as character
// references; a scraped article can carry any of them, so XML writers pass text through here.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (s: string): string => s.replace(INVALID_XML, '');

