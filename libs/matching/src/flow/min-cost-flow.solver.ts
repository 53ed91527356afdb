import type { FlowNetwork } from './flow-network.builder';

/**
 * Exact min-cost flow by successive shortest paths (Ahuja, Magnanti & Orlin, ch. 9) with node
 * potentials and an early-terminating Dijkstra over a CSR residual graph in typed arrays.
 *
 * Why this algorithm: costs stay the original integers (no multiplication by n as in cost
 * scaling), so 1e-9 score resolution fits in float64's exact-integer range; every augmentation
 * keeps reduced-cost optimality, so the final potentials are an LP dual certificate; and a
 * source that can no longer reach any deficit node identifies a closed set (a Hall violator)
 * that explains infeasibility. In an assignment network most augmenting paths are two or three
 * arcs long, so each Dijkstra stops after touching a few hundred arcs.
 */

export interface MinCostFlowProgress {
  readonly routedUnits: number;
  readonly totalUnits: number;
}

export interface MinCostFlowOptions {
  /** Order in which sources are drained; ties between equal-cost optima follow it. */
  readonly sourceOrder?: Int32Array;
  readonly onProgress?: (progress: MinCostFlowProgress) => void;
  /** Closed-set nodes kept per blocked source for diagnosis. */
  readonly maxReachedNodesPerBlockedSource?: number;
}

/** A source whose remaining supply cannot reach any node that still needs flow. */
export interface BlockedSource {
  readonly node: number;
  readonly unroutedUnits: number;
  /** Nodes reachable from it in the residual graph (a closed set; truncated for size). */
  readonly reachedNodes: Int32Array;
  readonly reachedNodeCount: number;
}

export interface MinCostFlowResult {
  /** Flow on each arc of the input network. */
  readonly arcFlow: Int32Array;
  /** Node potentials: for every residual arc, cost - potential[tail] + potential[head] >= 0. */
  readonly potential: Float64Array;
  /** Remaining balance per node after routing (0 everywhere when feasible). */
  readonly remainingSupply: Int32Array;
  readonly blockedSources: readonly BlockedSource[];
  readonly feasible: boolean;
  /** Sum of cost * flow (exact integer). */
  readonly totalCost: number;
  readonly augmentations: number;
  readonly scannedArcs: number;
}

// Potentials grow by the path length each round; renormalise well before 2^53.
const POTENTIAL_RENORMALISE_AT = 2 ** 50;

export function solveMinCostFlow(network: FlowNetwork, options: MinCostFlowOptions = {}): MinCostFlowResult {
  const { nodeCount: n, arcCount: m, arcTail, arcHead, arcCapacity, arcCost } = network;
  for (let a = 0; a < m; a++) {
    if (arcCost[a] < 0) throw new RangeError('solveMinCostFlow expects non-negative arc costs');
    if (arcCapacity[a] < 0) throw new RangeError('arc capacities must be non-negative');
  }

  // CSR residual graph: each arc a has a forward slot out of its tail and a backward slot out of its head.
  const firstOut = new Int32Array(n + 1);
  for (let a = 0; a < m; a++) {
    firstOut[arcTail[a] + 1]++;
    firstOut[arcHead[a] + 1]++;
  }
  for (let v = 0; v < n; v++) firstOut[v + 1] += firstOut[v];
  const fill = firstOut.slice(0, n);
  const slots = 2 * m;
  const resHead = new Int32Array(slots);
  const resCap = new Int32Array(slots);
  const resCost = new Float64Array(slots);
  const resMate = new Int32Array(slots);
  const forwardSlot = new Int32Array(m);
  for (let a = 0; a < m; a++) {
    const f = fill[arcTail[a]]++;
    const b = fill[arcHead[a]]++;
    resHead[f] = arcHead[a];
    resCap[f] = arcCapacity[a];
    resCost[f] = arcCost[a];
    resMate[f] = b;
    resHead[b] = arcTail[a];
    resCap[b] = 0;
    resCost[b] = -arcCost[a];
    resMate[b] = f;
    forwardSlot[a] = f;
  }

  const excess = network.nodeSupply.slice();
  const potential = new Float64Array(n);
  const dist = new Float64Array(n);
  const predSlot = new Int32Array(n);
  const labelledIn = new Int32Array(n).fill(-1);
  const settledIn = new Int32Array(n).fill(-1);
  const settled = new Int32Array(n);
  const heap = new IndexedMinHeap(n, dist);

  let totalUnits = 0;
  for (let v = 0; v < n; v++) if (excess[v] > 0) totalUnits += excess[v];
  const order = options.sourceOrder ?? identityOrder(n);
  const maxReached = options.maxReachedNodesPerBlockedSource ?? 1000;
  const blockedSources: BlockedSource[] = [];
  const progressStep = Math.max(1, Math.floor(totalUnits / 100));
  let routedUnits = 0;
  let nextProgressAt = progressStep;
  let augmentations = 0;
  let scannedArcs = 0;
  let round = 0;
  let potentialUpperBound = 0;

  for (let oi = 0; oi < order.length; oi++) {
    const source = order[oi];
    while (excess[source] > 0) {
      round++;
      // Dijkstra on reduced costs until the first settled node that still needs flow.
      heap.clear();
      dist[source] = 0;
      labelledIn[source] = round;
      heap.push(source);
      let settledCount = 0;
      let target = -1;
      while (heap.size > 0) {
        const u = heap.pop();
        settledIn[u] = round;
        settled[settledCount++] = u;
        if (excess[u] < 0) {
          target = u;
          break;
        }
        const du = dist[u];
        const pu = potential[u];
        const end = firstOut[u + 1];
        for (let s = firstOut[u]; s < end; s++) {
          if (resCap[s] <= 0) continue;
          const v = resHead[s];
          if (settledIn[v] === round) continue;
          const dv = du + resCost[s] - pu + potential[v];
          if (labelledIn[v] !== round) {
            labelledIn[v] = round;
            dist[v] = dv;
            predSlot[v] = s;
            heap.push(v);
          } else if (dv < dist[v]) {
            dist[v] = dv;
            predSlot[v] = s;
            heap.decrease(v);
          }
        }
        scannedArcs += end - firstOut[u];
      }

      if (target < 0) {
        const keep = Math.min(settledCount, maxReached);
        blockedSources.push({
          node: source,
          unroutedUnits: excess[source],
          reachedNodes: settled.slice(0, keep),
          reachedNodeCount: settledCount,
        });
        break;
      }

      // Settled nodes move up by (D - d); unsettled nodes keep their potential.
      const pathLength = dist[target];
      for (let i = 0; i < settledCount; i++) {
        const v = settled[i];
        potential[v] += pathLength - dist[v];
      }
      potentialUpperBound += pathLength;
      if (potentialUpperBound > POTENTIAL_RENORMALISE_AT) potentialUpperBound = renormalise(potential);

      let delta = Math.min(excess[source], -excess[target]);
      for (let v = target; v !== source;) {
        const s = predSlot[v];
        if (resCap[s] < delta) delta = resCap[s];
        v = resHead[resMate[s]];
      }
      for (let v = target; v !== source;) {
        const s = predSlot[v];
        resCap[s] -= delta;
        resCap[resMate[s]] += delta;
        v = resHead[resMate[s]];
      }
      excess[source] -= delta;
      excess[target] += delta;
      augmentations++;
      routedUnits += delta;
      if (options.onProgress && routedUnits >= nextProgressAt) {
        nextProgressAt = routedUnits + progressStep;
        options.onProgress({ routedUnits, totalUnits });
      }
    }
  }

  const arcFlow = new Int32Array(m);
  let totalCost = 0;
  for (let a = 0; a < m; a++) {
    const flow = arcCapacity[a] - resCap[forwardSlot[a]];
    arcFlow[a] = flow;
    totalCost += flow * arcCost[a];
  }
  let feasible = true;
  for (let v = 0; v < n; v++) if (excess[v] !== 0) feasible = false;
  options.onProgress?.({ routedUnits, totalUnits });
  return {
    arcFlow,
    potential,
    remainingSupply: excess,
    blockedSources,
    feasible,
    totalCost,
    augmentations,
    scannedArcs,
  };
}

function identityOrder(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/** Shifts all potentials so the smallest is 0 (differences, hence reduced costs, are unchanged). */
function renormalise(potential: Float64Array): number {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < potential.length; i++) {
    if (potential[i] < min) min = potential[i];
    if (potential[i] > max) max = potential[i];
  }
  for (let i = 0; i < potential.length; i++) potential[i] -= min;
  if (max - min > POTENTIAL_RENORMALISE_AT)
    throw new RangeError('node potentials exceed the exact float64 range');
  return max - min;
}

/** Binary min-heap of node ids keyed by an external distance array, with decrease-key. */
class IndexedMinHeap {
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
