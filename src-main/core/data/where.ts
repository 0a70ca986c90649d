/**
 * The one WHERE builder of the core: conditions joined by AND, with the values they read
 * bound by name (never spliced into the SQL text). Optional filters add themselves only
 * when their value is set.
 */
export class Where {
  private readonly conditions: string[] = [];

  constructor(readonly params: Record<string, unknown> = {}) {}

  /** Adds `sql`, which reads the value as @name, unless the value is undefined, null or ''. */
  add(sql: string, name: string, value: unknown): this {
    if (value === undefined || value === null || value === '') return this;
    this.conditions.push(sql);
    this.params[name] = value;
    return this;
  }

  /** Adds `sql` always, with the values it reads (none for a condition on constants). */
  and(sql: string, params: Record<string, unknown> = {}): this {
    this.conditions.push(sql);
    Object.assign(this.params, params);
    return this;
  }

  /** Partial dates compare as strings: '2025-10' sorts before every '2025-10-..', and `to || '~'` after them. */
  dateRange(column: string, from: string | null | undefined, to: string | null | undefined): this {
    return this.add(`${column} >= @from`, 'from', from).add(`${column} <= @to || '~'`, 'to', to);
  }

  get empty(): boolean {
    return this.conditions.length === 0;
  }

  get size(): number {
    return this.conditions.length;
  }

  /** The conditions alone, for SQL that has its own WHERE: `AND <conditions>`, '' when none. */
  get andSql(): string {
    return this.empty ? '' : `AND ${this.conditions.join(' AND ')}`;
  }

  toString(): string {
    return this.empty ? '' : `WHERE ${this.conditions.join(' AND ')}`;
  }
}
