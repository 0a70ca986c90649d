import { create } from 'zustand';

// What the claim chips in the open argument draw from: statements of the project's claims
// and the citation numbers of the current body. Chips subscribe to their own claim only.

interface RefsState {
  /** null until the claims are loaded: a chip is "deleted" only once we know. */
  statements: ReadonlyMap<string, string> | null;
  numbers: ReadonlyMap<string, number>;
  setStatements(statements: ReadonlyMap<string, string>): void;
  setNumbers(numbers: ReadonlyMap<string, number>): void;
}

export const useRefs = create<RefsState>((set) => ({
  statements: null,
  numbers: new Map(),
  setStatements: (statements) => set({ statements }),
  setNumbers: (numbers) => set({ numbers }),
}));
