import { join } from 'node:path';

/** Fixtures kept in the repository (tests/fixtures/README.md says where each came from). */
export const FIXTURES = join(process.cwd(), 'tests', 'fixtures');
/** The scraped analysis article, with its photo credits and "Related news" trailer. */
export const SAMPLE = join(FIXTURES, 'samples', 'turkiye-turkic-world.txt');
/** The REFI-QDA project schema that .qdpx exports are validated against. */
export const REFI_QDA_XSD = join(FIXTURES, 'refi-qda', 'Project-mrt2019.xsd');
/** Excerpts of real regional news pages (URLs in tests/fixtures/README.md). */
export const PAGES = join(FIXTURES, 'pages');
