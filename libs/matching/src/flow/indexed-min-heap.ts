/** Binary min-heap of node ids keyed by an external distance array, with decrease-key. */
export class IndexedMinHeap {
  private readonly nodes: Int32Array;
  private readonly position: Int32Array;
  size = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.nodes = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.position[this.nodes[i]] = -1;
    this.size = 0;
  }

  push(node: number): void {
    this.nodes[this.size] = node;
    this.position[node] = this.size;
    this.size++;
    this.siftUp(this.size - 1);
  }

  decrease(node: number): void {
    this.siftUp(this.position[node]);
  }

  pop(): number {
    const top = this.nodes[0];
    this.position[top] = -1;
    this.size--;
    if (this.size > 0) {
      const last = this.nodes[this.size];
      this.nodes[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  // Ties break on node id so runs are reproducible.
  private less(a: number, b: number): boolean {
    const ka = this.key[a];
    const kb = this.key[b];
    return ka < kb || (ka === kb && a < b);
  }

  private siftUp(index: number): void {
    const { nodes, position } = this;
    const node = nodes[index];
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = nodes[parentIndex];
      if (!this.less(node, parent)) break;
      nodes[index] = parent;
      position[parent] = index;
      index = parentIndex;
    }
    nodes[index] = node;
    position[node] = index;
  }

  private siftDown(index: number): void {
    const { nodes, position } = this;
    const node = nodes[index];
    const size = this.size;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= size) break;
      if (child + 1 < size && this.less(nodes[child + 1], nodes[child])) child++;
      if (!this.less(nodes[child], node)) break;
      nodes[index] = nodes[child];
      position[nodes[index]] = index;
      index = child;
    }
    nodes[index] = node;
    position[node] = index;
  }
}
