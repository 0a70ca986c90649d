/**
 * An export's text with what differs from one run to the next blanked: the time it was written
 * (ISO stamps, Word's created/modified) and the fresh ids of a W3C collection. Two exports of
 * the same project compare equal through it.
 */
export const comparableExport = (text: string): string =>
  text
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, 'TIME')
    .replace(/urn:uuid:[0-9a-f-]{36}/g, 'urn:uuid:ID');
