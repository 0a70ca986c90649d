// citation-js 0.8 ships no type declarations: the small part Dossier uses. Extend this file
// rather than declaring the modules a second time elsewhere (duplicate declarations clash).

declare module '@citation-js/core' {
  export interface FormatOptions {
    format?: 'text' | 'html' | 'string' | 'object';
    template?: string;
    lang?: string;
    [option: string]: unknown;
  }
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    readonly data: Record<string, unknown>[];
    format(type: 'bibliography' | 'citation' | 'data' | 'bibtex' | 'biblatex' | string, options?: FormatOptions): string;
  }
  export const plugins: {
    config: { get(plugin: string): Record<string, Record<string, unknown>> };
  };
}

declare module '@citation-js/plugin-csl';
