// commonmark.js ships no declarations: the part the interop check uses.
declare module 'commonmark' {
  export class Parser {
    parse(markdown: string): unknown;
  }
  export class HtmlRenderer {
    constructor(options?: { safe?: boolean });
    render(tree: unknown): string;
  }
}
