import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../../src-renderer/features/reader/field-errors';

describe('fieldErrors', () => {
  it('splits prettified zod issues by the last segment of their path', () => {
    const msg =
      'documents.update: ✖ Too big: expected string to have <=35 characters\n  → at patch.language\n' +
      '✖ a date is YYYY, YYYY-MM or YYYY-MM-DD\n  → at patch.published\n✖ another on the same field\n  → at patch.published';
    expect(fieldErrors(msg)).toEqual({
      language: 'Too big: expected string to have <=35 characters',
      published: 'a date is YYYY, YYYY-MM or YYYY-MM-DD',
    });
  });

  it('returns nothing for a message that names no field', () => {
    expect(fieldErrors('document "abc" not found')).toEqual({});
    expect(fieldErrors('✖ Unrecognized key: "x"')).toEqual({});
  });
});
