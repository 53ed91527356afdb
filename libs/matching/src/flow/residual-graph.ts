import type { FlowNetwork } from './flow-network.builder';

/**
 * The residual graph of a flow network in CSR form: each arc a has a forward slot out of its
 * tail (capacity = spare capacity) and a backward slot out of its head (capacity = flow), so
 * one push is two writes and a node's residual arcs are one contiguous range.
 */
export interface ResidualGraph {
  /** Slots of node v are [firstOut[v], firstOut[v + 1]). */
  readonly firstOut: Int32Array;
  readonly slots: number;
  readonly resHead: Int32Array;
  readonly resCap: Int32Array;
  readonly resCost: Float64Array;
  /** The opposite slot of the same arc. */
  readonly resMate: Int32Array;
  /** Arc of each slot: a for the forward slot, -1 - a for the backward one. */
  readonly slotArc: Int32Array;
}

// Structure (everything but capacities) per arc list, so re-solves of one network with other
// capacities (branching, fairness probes) copy arrays instead of scattering millions of slots.
interface ResidualTemplate {
  readonly arcHead: Int32Array;
  readonly arcCost: Float64Array;
  readonly graph: ResidualGraph;
}
const templates = new WeakMap<Int32Array, ResidualTemplate>();

/**
 * Builds the residual graph of the zero flow. Networks that share their arc arrays (the same
 * arcs and costs, other capacities) share one cached structure; each call gets fresh copies,
 * which solvers may permute and mutate.
 */
export function buildResidualGraph(network: FlowNetwork): ResidualGraph {
  const cached = templates.get(network.arcTail);
  let template = cached?.graph;
  if (
    !cached ||
    !template ||
    cached.arcHead !== network.arcHead ||
    cached.arcCost !== network.arcCost ||
    template.slots !== 2 * network.arcCount
  ) {
    template = buildResidualStructure(network);
    templates.set(network.arcTail, { arcHead: network.arcHead, arcCost: network.arcCost, graph: template });
  }
  const resCap = new Int32Array(template.slots);
  const { slotArc } = template;
  const { arcCapacity, arcTail, arcHead } = network;
  for (let s = 0; s < template.slots; s++) {
    const a = slotArc[s];
    // A self-loop never helps (costs are non-negative): leave it closed.
    if (a >= 0 && arcTail[a] !== arcHead[a]) resCap[s] = arcCapacity[a];
  }
  return {
    firstOut: template.firstOut,
    slots: template.slots,
    resHead: template.resHead.slice(),
    resCap,
    resCost: template.resCost.slice(),
    resMate: template.resMate.slice(),
    slotArc: template.slotArc.slice(),
  };
}

function buildResidualStructure(network: FlowNetwork): ResidualGraph {
  const { nodeCount: n, arcCount: m, arcTail, arcHead, arcCost } = network;
  const firstOut = new Int32Array(n + 1);
  for (let a = 0; a < m; a++) {
    firstOut[arcTail[a] + 1]++;
    firstOut[arcHead[a] + 1]++;
  }
  for (let v = 0; v < n; v++) firstOut[v + 1] += firstOut[v];
  const fill = firstOut.slice(0, n);
  const slots = 2 * m;
  const resHead = new Int32Array(slots);
  const resCost = new Float64Array(slots);
  const resMate = new Int32Array(slots);
  const slotArc = new Int32Array(slots);
  for (let a = 0; a < m; a++) {
    const f = fill[arcTail[a]]++;
    const b = fill[arcHead[a]]++;
    resHead[f] = arcHead[a];
    resCost[f] = arcCost[a];
    resMate[f] = b;
    slotArc[f] = a;
    resHead[b] = arcTail[a];
    resCost[b] = -arcCost[a];
    resMate[b] = f;
    slotArc[b] = -1 - a;
  }
  return { firstOut, slots, resHead, resCap: new Int32Array(0), resCost, resMate, slotArc };
}

/** Flow on each arc of the network, read from the backward slots. */
export function arcFlowOf(graph: ResidualGraph, arcCount: number): Int32Array {
  const arcFlow = new Int32Array(arcCount);
  const { slots, slotArc, resCap } = graph;
  for (let s = 0; s < slots; s++) if (slotArc[s] < 0) arcFlow[-1 - slotArc[s]] = resCap[s];
  return arcFlow;
}
