import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json';
import { FIXTURES } from './samples';

// The W3C web-annotation-tests "musts" (tests/fixtures/w3c/web-annotation-tests, origin in the
// fixtures README): every assertion a collection, page or annotation must meet, as JSON Schema
// draft-04 files run with ajv. A check passes when the schema's verdict is its expectedResult.

const ROOT = join(FIXTURES, 'w3c', 'web-annotation-tests');
const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;

function validator(): Ajv.Ajv {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, unknownFormats: 'ignore', logger: false });
  ajv.addMetaSchema(draft04);
  for (const f of readdirSync(join(ROOT, 'definitions'))) ajv.addSchema(read(`definitions/${f}`));
  return ajv;
}

export type W3cSuite = 'annotations/annotationMusts.test' | 'collections/collectionMusts.test' | 'collections/pages/pageMusts.test';

/** The assertions of a suite that `value` fails, by file name (empty when it meets them all). */
export function w3cFailures(suite: W3cSuite, value: unknown): string[] {
  const ajv = validator();
  const failures: string[] = [];
  for (const path of read(suite).assertions as string[]) {
    const schema = read(path);
    const valid = ajv.validate(schema, value) as boolean;
    if (valid !== (schema.expectedResult !== 'invalid')) failures.push(`${path}: ${String(schema.errorMessage ?? ajv.errorsText())}`);
  }
  return failures;
}
