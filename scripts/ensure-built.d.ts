/** Builds the app when the output is missing or older than the sources. */
export function ensureBuilt(): void;
