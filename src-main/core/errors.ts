import type { ErrorCode } from '@common/api/errors';

/** The one error type thrown inside the core; dispatch turns it into an ApiError. */
export class DossierError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string, ref: string): DossierError =>
  new DossierError('not-found', `no ${what} matches "${ref}"`);
