export const ERROR_CODES = [
  'unknown-call',
  'invalid-input',
  'not-found',
  /** A uid prefix that starts more than one row's uid. */
  'ambiguous',
  'conflict',
  'not-a-project',
  'newer-project',
  'damaged-project',
  'import-failed',
  'cancelled',
  /** Refused: a wrong token or Host header, or a path outside the folders the host allows. */
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
