// jsonld.js ships no declarations: the part the tests use.
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl?: string;
    documentUrl: string;
    document: unknown;
  }
  const jsonld: {
    expand(input: unknown, options?: { documentLoader?: (url: string) => Promise<RemoteDocument> }): Promise<unknown[]>;
  };
  export default jsonld;
}
