/** A WHERE clause built from optional filters: each condition is added only when its value is set. */
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

  /** Partial dates compare as strings: '2025-10' sorts before every '2025-10-..', and `to || '~'` after them. */
  dateRange(column: string, from: string | null | undefined, to: string | null | undefined): this {
    return this.add(`${column} >= @from`, 'from', from).add(`${column} <= @to || '~'`, 'to', to);
  }

  get empty(): boolean {
    return this.conditions.length === 0;
  }

  toString(): string {
    return this.empty ? '' : `WHERE ${this.conditions.join(' AND ')}`;
  }
}
