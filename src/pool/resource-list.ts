/** Slotted is an object a ResourceList can hold: its slot is where the list keeps it (-1 when in none). */
export interface Slotted {
  resSlot: number;
}

/**
 * ResourceList is the part of a Set the DB's open-resource registry needs (add, delete, has, size, iteration
 * in insertion order) without a Set's rehashing: a Rows opened and closed per query would make a Set allocate a
 * new table every few hundred queries. Each object remembers its slot; deleting leaves a hole, and the holes
 * are squeezed out once they are half of the array. One list per object at a time.
 */
export class ResourceList<T extends Slotted> {
  private items: (T | null)[] = [];
  private holes = 0;
  /** size is how many objects the list holds. */
  size = 0;

  /** has reports whether x is in the list. */
  has(x: T): boolean {
    const i = x.resSlot;
    return i >= 0 && this.items[i] === x;
  }

  /** add appends x (no-op when it is in the list already). */
  add(x: T): this {
    if (this.has(x)) return this;
    x.resSlot = this.items.length;
    this.items.push(x);
    this.size++;
    return this;
  }

  /** delete removes x; false when it was not in the list. */
  delete(x: T): boolean {
    if (!this.has(x)) return false;
    this.items[x.resSlot] = null;
    x.resSlot = -1;
    this.size--;
    if (++this.holes > 32 && this.holes * 2 > this.items.length) this.squeeze();
    return true;
  }

  /** the objects in insertion order. */
  *[Symbol.iterator](): Generator<T, void, unknown> {
    const items = this.items;
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (x) yield x;
    }
  }

  private squeeze(): void {
    const items = this.items;
    let j = 0;
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (x) {
        x.resSlot = j;
        items[j++] = x;
      }
    }
    items.length = j;
    this.holes = 0;
  }
}
