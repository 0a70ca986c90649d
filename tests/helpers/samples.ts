import { join } from 'node:path';

/** The scraped analysis article in ../shared/samples (beside the clone, in CI too). */
export const SAMPLE = join(process.cwd(), '..', 'shared', 'samples', 'turkiye-turkic-world.txt');
