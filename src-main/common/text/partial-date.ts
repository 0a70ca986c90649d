// Zero imports: the renderer checks dates as the analyst types, the zod schema checks them at the boundary.

/** Partial ISO dates: 2025, 2025-10 or 2025-10-07. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const PARTIAL_DATE_HINT = 'a date is YYYY, YYYY-MM or YYYY-MM-DD';

export const isPartialDate = (s: string): boolean => PARTIAL_DATE.test(s.trim());
