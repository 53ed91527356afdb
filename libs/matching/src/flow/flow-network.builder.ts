import { withCapacity } from '../shared/typed-array.util';

/**
 * A min-cost flow network held in typed arrays (no object per arc), so that millions of
 * arcs fit in tens of megabytes.
 *
 * Node balances: supply > 0 means the node must send that many units, supply < 0 means it
 * must receive them. Costs are integers (stored in float64, exact below 2^53).
 */
export interface FlowNetwork {
  readonly nodeCount: number;
  readonly arcCount: number;
  readonly nodeSupply: Int32Array;
  readonly arcTail: Int32Array;
  readonly arcHead: Int32Array;
  readonly arcCapacity: Int32Array;
  readonly arcCost: Float64Array;
}

/** Appends nodes and arcs into growable typed arrays, then freezes them into a FlowNetwork. */
export class FlowNetworkBuilder {
  private supply: Int32Array;
  private tail: Int32Array;
  private head: Int32Array;
  private capacity: Int32Array;
  private cost: Float64Array;
  private nodes = 0;
  private arcs = 0;

  constructor(expectedNodes = 1024, expectedArcs = 4096) {
    this.supply = new Int32Array(Math.max(16, expectedNodes));
    this.tail = new Int32Array(Math.max(16, expectedArcs));
    this.head = new Int32Array(this.tail.length);
    this.capacity = new Int32Array(this.tail.length);
    this.cost = new Float64Array(this.tail.length);
  }

  get nodeCount(): number {
    return this.nodes;
  }

  get arcCount(): number {
    return this.arcs;
  }

  addNode(supply = 0): number {
    this.supply = withCapacity(this.supply, this.nodes + 1);
    this.supply[this.nodes] = supply;
    return this.nodes++;
  }

  addSupply(node: number, amount: number): void {
    this.supply[node] += amount;
  }

  addArc(tail: number, head: number, capacity: number, cost: number): number {
    if (!Number.isSafeInteger(cost)) throw new RangeError(`arc cost must be a safe integer, got ${cost}`);
    if (this.arcs === this.tail.length) {
      this.tail = withCapacity(this.tail, this.arcs + 1);
      this.head = withCapacity(this.head, this.arcs + 1);
      this.capacity = withCapacity(this.capacity, this.arcs + 1);
      this.cost = withCapacity(this.cost, this.arcs + 1);
    }
    this.tail[this.arcs] = tail;
    this.head[this.arcs] = head;
    this.capacity[this.arcs] = capacity;
    this.cost[this.arcs] = cost;
    return this.arcs++;
  }

  build(): FlowNetwork {
    return {
      nodeCount: this.nodes,
      arcCount: this.arcs,
      nodeSupply: this.supply.slice(0, this.nodes),
      arcTail: this.tail.subarray(0, this.arcs),
      arcHead: this.head.subarray(0, this.arcs),
      arcCapacity: this.capacity.subarray(0, this.arcs),
      arcCost: this.cost.subarray(0, this.arcs),
    };
  }
}
