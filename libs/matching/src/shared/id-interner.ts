/**
 * Numbers ids 0, 1, 2, ... in order of first appearance. `internRange` reads the id straight out of
 * a larger text (a CSV line) and allocates a string only for an id it has not seen, so reading a
 * million score rows does not slice a million reviewer ids.
 */
export class IdInterner {
  private readonly list: string[] = [];
  private hashes = new Int32Array(0);
  private table = new Int32Array(1024).fill(-1);

  get size(): number {
    return this.list.length;
  }

  /** The ids in index order. */
  get ids(): readonly string[] {
    return this.list;
  }

  intern(id: string): number {
    return this.internRange(id, 0, id.length);
  }

  /** The index of `text.slice(start, end)`, added when new. */
  internRange(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.table.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.table[slot];
      if (index < 0) return this.add(text.slice(start, end), hash, slot);
      const id = this.list[index];
      if (this.hashes[index] === hash && id.length === length && text.startsWith(id, start)) return index;
    }
  }

  private add(id: string, hash: number, slot: number): number {
    const index = this.list.length;
    this.list.push(id);
    if (index === this.hashes.length) {
      const grown = new Int32Array(Math.max(1024, 2 * index));
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[index] = hash;
    this.table[slot] = index;
    if (2 * this.list.length > this.table.length) this.rehash();
    return index;
  }

  /** Keeps the table at most half full, so probes stay short. */
  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let index = 0; index < this.list.length; index++) {
      let slot = this.hashes[index] & mask;
      while (table[slot] >= 0) slot = (slot + 1) & mask;
      table[slot] = index;
    }
    this.table = table;
  }
}
