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

// Structure (everything but capacities and costs) per arc list, so re-solves of one network
// with other capacities or costs (branching, fairness probes, Lagrangian multipliers) copy
// arrays instead of scattering millions of slots.
interface ResidualTemplate {
  readonly arcHead: Int32Array;
  readonly graph: ResidualGraph;
}
const templates = new WeakMap<Int32Array, ResidualTemplate>();

/**
 * Builds the residual graph of the zero flow. Networks that share their arcTail and arcHead
 * arrays (the same arcs, other capacities or costs) share one cached structure; each call gets
 * fresh copies, which solvers may permute and mutate.
 */
export function buildResidualGraph(network: FlowNetwork): ResidualGraph {
  const cached = templates.get(network.arcTail);
  let template = cached?.graph;
  if (!template || cached?.arcHead !== network.arcHead || template.slots !== 2 * network.arcCount) {
    template = buildResidualStructure(network);
    templates.set(network.arcTail, { arcHead: network.arcHead, graph: template });
  }
  const resCap = new Int32Array(template.slots);
  const resCost = new Float64Array(template.slots);
  const { slotArc } = template;
  const { arcCapacity, arcCost, arcTail, arcHead } = network;
  for (let s = 0; s < template.slots; s++) {
    const a = slotArc[s];
    if (a >= 0) {
      // A self-loop never helps (costs are non-negative): leave it closed.
      if (arcTail[a] !== arcHead[a]) resCap[s] = arcCapacity[a];
      resCost[s] = arcCost[a];
    } else resCost[s] = -arcCost[-1 - a];
  }
  return {
    firstOut: template.firstOut,
    slots: template.slots,
    resHead: template.resHead.slice(),
    resCap,
    resCost,
    resMate: template.resMate.slice(),
    slotArc: template.slotArc.slice(),
  };
}

function buildResidualStructure(network: FlowNetwork): ResidualGraph {
  const { nodeCount: n, arcCount: m, arcTail, arcHead } = network;
  const firstOut = new Int32Array(n + 1);
  for (let a = 0; a < m; a++) {
    firstOut[arcTail[a] + 1]++;
    firstOut[arcHead[a] + 1]++;
  }
  for (let v = 0; v < n; v++) firstOut[v + 1] += firstOut[v];
  const fill = firstOut.slice(0, n);
  const slots = 2 * m;
  const resHead = new Int32Array(slots);
  const resMate = new Int32Array(slots);
  const slotArc = new Int32Array(slots);
  for (let a = 0; a < m; a++) {
    const f = fill[arcTail[a]]++;
    const b = fill[arcHead[a]]++;
    resHead[f] = arcHead[a];
    resMate[f] = b;
    slotArc[f] = a;
    resHead[b] = arcTail[a];
    resMate[b] = f;
    slotArc[b] = -1 - a;
  }
  return {
    firstOut,
    slots,
    resHead,
    resCap: new Int32Array(0),
    resCost: new Float64Array(0),
    resMate,
    slotArc,
  };
}

/** Flow on each arc of the network, read from the backward slots. */
export function arcFlowOf(graph: ResidualGraph, arcCount: number): Int32Array {
  const arcFlow = new Int32Array(arcCount);
  const { slots, slotArc, resCap } = graph;
  for (let s = 0; s < slots; s++) if (slotArc[s] < 0) arcFlow[-1 - slotArc[s]] = resCap[s];
  return arcFlow;
}
