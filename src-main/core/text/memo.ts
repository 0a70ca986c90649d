// A bounded memo for per-word analysis (stems, name keys). Words follow Zipf's law: a few
// thousand repeat all the time, the tail is seen once. Two generations keep the words in use:
// when the young map is full it becomes the old one, and a word found there moves back, so a
// common word is never evicted the way clearing one full map would evict every word at once.

export class Memo<V> {
  #young = new Map<string, V>();
  #old = new Map<string, V>();

  constructor(
    private readonly perGeneration: number,
    private readonly compute: (key: string) => V,
  ) {}

  get(key: string): V {
    let v = this.#young.get(key);
    if (v !== undefined) return v;
    v = this.#old.get(key) ?? this.compute(key);
    if (this.#young.size >= this.perGeneration) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, v);
    return v;
  }
}
