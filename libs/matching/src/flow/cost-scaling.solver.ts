import type { FlowNetwork } from './flow-network.builder';
import { IndexedMinHeap } from './indexed-min-heap';
import type { MinCostFlowResult } from './min-cost-flow.solver';
import { arcFlowOf, buildResidualGraph, type ResidualGraph } from './residual-graph';

/**
 * Exact min-cost flow by cost scaling with push-relabel (Goldberg & Tarjan 1990; Goldberg
 * 1997, the algorithm of cs2 and of OR-Tools' min-cost flow), over the same CSR residual graph
 * as the successive-shortest-path solver.
 *
 * Costs are multiplied by n + 1 and an epsilon-optimal flow is refined while epsilon shrinks
 * by `scalingFactor`; at epsilon = 1 every residual cycle has scaled cost > -(n + 1), so its
 * original integer cost is >= 0 and the flow is optimal. Unlike successive shortest paths,
 * the work does not grow when capacity is tight: no search ever walks the whole graph for one
 * unit. Heuristics: a global price update (Goldberg's set relabel, a Dijkstra on
 * epsilon-rounded reduced costs from the deficits) at the start of each refinement and after
 * every n relabels, and push look-ahead (relabel a node without admissible arcs instead of
 * pushing into it).
 *
 * Three things the scaled algorithm cannot do are done around it:
 * - feasibility: push-relabel never stops on an infeasible instance, so a max flow (Dinic)
 *   first routes all supplies or reports the instance infeasible;
 * - `deferredArcs`: arcs whose cost would overflow the scaled range (overflow arcs priced
 *   above any path) stay closed while scaling; they are reopened for the certificate, whose
 *   exact potentials then prove the flow optimal for the whole network;
 * - exact potentials: scaled prices only prove 1/(n + 1)-optimality, so a label-correcting
 *   shortest-path pass, started from the rounded prices, turns them into potentials with
 *   non-negative reduced costs on every residual arc (the LP dual certificate).
 */

export interface CostScalingOptions {
  /** Epsilon is divided by this between refinements (default 8). */
  readonly scalingFactor?: number;
  /** Arcs kept closed while scaling and reopened for the certificate (see above). */
  readonly deferredArcs?: Int32Array;
  readonly onProgress?: (progress: { readonly fraction: number }) => void;
}

export type CostScalingOutcome =
  | { readonly status: 'optimal'; readonly result: MinCostFlowResult; readonly stats: CostScalingStats }
  /** The supplies cannot all be routed (without the deferred arcs). */
  | { readonly status: 'infeasible'; readonly routedUnits: number; readonly totalUnits: number }
  /**
   * Scaled costs or prices would leave float64's exact integers, or the deferred arcs are
   * needed by the optimum after all: use successive shortest paths instead.
   */
  | { readonly status: 'not-applicable'; readonly reason: string };

export interface CostScalingStats {
  readonly refinements: number;
  readonly pushes: number;
  readonly relabels: number;
  readonly globalUpdates: number;
  readonly maxFlowSeconds: number;
  readonly scalingSeconds: number;
  readonly potentialSeconds: number;
  readonly potentialCorrections: number;
}

// Scaled costs stay below 2^46 and prices above -2^51, so every reduced cost is an exact integer.
const MAX_SCALED_COST = 2 ** 46;
const MIN_PRICE = -(2 ** 51);

class PriceRangeExceeded extends Error {}

const now = (): number => performance.now() / 1000;

export function solveMinCostFlowByCostScaling(
  network: FlowNetwork,
  options: CostScalingOptions = {},
): CostScalingOutcome {
  const { nodeCount: n, arcCount: m, arcCapacity, arcCost } = network;
  for (let a = 0; a < m; a++) {
    if (arcCapacity[a] < 0) throw new RangeError('arc capacities must be non-negative');
  }
  const alpha = options.scalingFactor ?? 8;
  if (!(alpha >= 2)) throw new RangeError('scalingFactor must be at least 2');
  const graph = buildResidualGraph(network);
  const { firstOut, slots, resHead, resCap, resCost, resMate } = graph;
  const deferred = options.deferredArcs ?? new Int32Array(0);
  // Forward slot of each deferred arc, closed until the certificate.
  const deferredSlot = new Int32Array(deferred.length);
  {
    const forwardSlot = new Int32Array(m);
    for (let s = 0; s < slots; s++) if (graph.slotArc[s] >= 0) forwardSlot[graph.slotArc[s]] = s;
    for (let i = 0; i < deferred.length; i++) {
      deferredSlot[i] = forwardSlot[deferred[i]];
      resCap[deferredSlot[i]] = 0;
    }
  }

  const scale = n + 1;
  let maxCost = 0;
  for (let s = 0; s < slots; s++) {
    if (resCap[s] > 0 || resCap[resMate[s]] > 0) maxCost = Math.max(maxCost, Math.abs(resCost[s]));
  }
  if (maxCost * scale > MAX_SCALED_COST)
    return { status: 'not-applicable', reason: `scaled costs reach ${maxCost * scale}` };

  const excess = network.nodeSupply.slice();
  let totalUnits = 0;
  for (let v = 0; v < n; v++) if (excess[v] > 0) totalUnits += excess[v];
  const t0 = now();
  // The max flow is the starting flow: with zero prices it is eps-optimal for eps = the
  // largest scaled |cost|, where scaling starts.
  const routedUnits = routeSuppliesByMaxFlow(graph, n, excess);
  const t1 = now();
  if (routedUnits < totalUnits) return { status: 'infeasible', routedUnits, totalUnits };
  const price = new Float64Array(n);

  const scaledCost = new Float64Array(slots);
  for (let s = 0; s < slots; s++) scaledCost[s] = resCost[s] * scale;
  // Capacity of each slot's arc (0 while deferred): resCap[mate] = slotCapacity - resCap.
  const slotCapacity = new Int32Array(slots);
  for (let s = 0; s < slots; s++) slotCapacity[s] = resCap[s] + resCap[resMate[s]];
  const current = new Int32Array(n);
  const active = new Int32Array(n);
  let activeCount = 0;
  let pushes = 0;
  let relabels = 0;
  let globalUpdates = 0;
  let refinements = 0;
  let relabelsSinceUpdate = 0;
  let scannedArcs = 0;
  let eps = Math.max(1, maxCost * scale);

  const dist = new Float64Array(n);
  const heap = new IndexedMinHeap(n, dist);
  const settledIn = new Int32Array(n).fill(-1);
  const labelledIn = new Int32Array(n).fill(-1);
  let round = 0;

  /**
   * Set relabel: d(v) = distance from v to the nearest deficit with arc lengths
   * floor(rc / eps) + 1 (>= 0 under eps-optimality); lowering every price by d * eps keeps
   * eps-optimality and makes each shortest-path tree arc admissible.
   */
  const globalPriceUpdate = (): void => {
    globalUpdates++;
    round++;
    heap.clear();
    let sourcesLeft = 0;
    for (let v = 0; v < n; v++) {
      if (excess[v] < 0) {
        dist[v] = 0;
        labelledIn[v] = round;
        heap.push(v);
      } else if (excess[v] > 0) sourcesLeft++;
    }
    let reached = 0;
    while (heap.size > 0 && sourcesLeft > 0) {
      const v = heap.pop();
      settledIn[v] = round;
      const dv = dist[v];
      reached = dv;
      if (excess[v] > 0) sourcesLeft--;
      const pv = price[v];
      const end = firstOut[v + 1];
      scannedArcs += end - firstOut[v];
      // The residual arc u -> v is the mate of v's slot b: its capacity is b's arc capacity
      // minus b's own, and its cost is -cost(b), so the scan reads v's slots sequentially.
      for (let b = firstOut[v]; b < end; b++) {
        if (slotCapacity[b] - resCap[b] <= 0) continue;
        const u = resHead[b];
        if (settledIn[u] === round) continue;
        const rc = price[u] - pv - scaledCost[b];
        const length = rc < 0 ? 0 : Math.floor(rc / eps) + 1;
        const du = dv + length;
        if (labelledIn[u] !== round) {
          labelledIn[u] = round;
          dist[u] = du;
          heap.push(u);
        } else if (du < dist[u]) {
          dist[u] = du;
          heap.decrease(u);
        }
      }
    }
    heap.clear();
    for (let v = 0; v < n; v++) {
      const d = settledIn[v] === round ? dist[v] : reached;
      if (d > 0) {
        price[v] -= d * eps;
        if (price[v] < MIN_PRICE) throw new PriceRangeExceeded();
      }
      current[v] = firstOut[v];
    }
  };

  /** Lowers v's price so that its cheapest residual arc (reduced cost best) becomes admissible. */
  const relabelTo = (v: number, best: number): void => {
    price[v] -= best + eps;
    if (price[v] < MIN_PRICE) throw new PriceRangeExceeded();
    current[v] = firstOut[v];
    relabels++;
  };

  /** Lowers v's price until its cheapest residual arc is admissible (reduced cost -eps). */
  const relabel = (v: number): boolean => {
    const pv = price[v];
    let best = Infinity;
    const end = firstOut[v + 1];
    for (let s = firstOut[v]; s < end; s++) {
      if (resCap[s] <= 0) continue;
      const rc = scaledCost[s] + pv - price[resHead[s]];
      if (rc < best) best = rc;
    }
    scannedArcs += end - firstOut[v];
    if (best === Infinity) return false;
    relabelTo(v, best);
    return true;
  };

  /**
   * Look-ahead: moves w's current arc to an admissible arc, or relabels w when it has none (a
   * node that could only push the units back). A scan from w's first slot has seen every
   * reduced cost already, so the relabel needs no second pass.
   */
  const ensureAdmissibleArc = (w: number): void => {
    const pw = price[w];
    const start = current[w];
    const end = firstOut[w + 1];
    let best = Infinity;
    for (let s = start; s < end; s++) {
      if (resCap[s] <= 0) continue;
      const rc = scaledCost[s] + pw - price[resHead[s]];
      if (rc < 0) {
        scannedArcs += s - start;
        current[w] = s;
        return;
      }
      if (rc < best) best = rc;
    }
    scannedArcs += end - start;
    if (start === firstOut[w] && best !== Infinity) relabelTo(w, best);
    else relabel(w);
  };

  const discharge = (v: number): void => {
    while (excess[v] > 0) {
      const end = firstOut[v + 1];
      let s = current[v];
      const start = s;
      // Lowest reduced cost among the slots left open, for a relabel without a second scan.
      let best = Infinity;
      for (; s < end; s++) {
        if (resCap[s] <= 0) continue;
        const w = resHead[s];
        let rc = scaledCost[s] + price[v] - price[w];
        if (rc >= 0) {
          if (rc < best) best = rc;
          continue;
        }
        if (excess[w] === 0) {
          ensureAdmissibleArc(w);
          rc = scaledCost[s] + price[v] - price[w];
          if (rc >= 0) {
            if (rc < best) best = rc;
            continue;
          }
        }
        const delta = excess[v] < resCap[s] ? excess[v] : resCap[s];
        resCap[s] -= delta;
        resCap[resMate[s]] += delta;
        const before = excess[w];
        excess[w] = before + delta;
        excess[v] -= delta;
        pushes++;
        if (before <= 0 && before + delta > 0) active[activeCount++] = w;
        if (excess[v] === 0) break;
      }
      scannedArcs += s - start;
      if (excess[v] === 0) {
        current[v] = s;
        return;
      }
      // Prices of heads only fall during the scan, so best is a lower bound: a relabel by it
      // keeps eps-optimality (at worst the loop relabels again).
      if (start === firstOut[v] && best !== Infinity) relabelTo(v, best);
      else if (!relabel(v)) throw new Error('internal error: active node without residual arcs');
      if (++relabelsSinceUpdate > n) {
        relabelsSinceUpdate = 0;
        globalPriceUpdate();
      }
    }
  };

  const refine = (): void => {
    refinements++;
    // Saturate every arc with negative reduced cost: a 0-optimal pseudoflow.
    scannedArcs += slots;
    for (let u = 0; u < n; u++) {
      const pu = price[u];
      const end = firstOut[u + 1];
      for (let s = firstOut[u]; s < end; s++) {
        const cap = resCap[s];
        if (cap <= 0) continue;
        const w = resHead[s];
        if (scaledCost[s] + pu - price[w] >= 0) continue;
        resCap[s] = 0;
        resCap[resMate[s]] += cap;
        excess[u] -= cap;
        excess[w] += cap;
      }
    }
    activeCount = 0;
    for (let v = 0; v < n; v++) if (excess[v] > 0) active[activeCount++] = v;
    if (activeCount === 0) return;
    globalPriceUpdate();
    relabelsSinceUpdate = 0;
    while (activeCount > 0) {
      const v = active[--activeCount];
      if (excess[v] > 0) discharge(v);
    }
  };

  const totalRefinements = Math.max(1, Math.ceil(Math.log(eps) / Math.log(alpha)));
  try {
    // At least one refinement: it routes whatever excess is left.
    do {
      eps = Math.max(1, Math.ceil(eps / alpha));
      refine();
      options.onProgress?.({ fraction: Math.min(1, refinements / totalRefinements) });
    } while (eps > 1);
  } catch (error) {
    if (error instanceof PriceRangeExceeded)
      return { status: 'not-applicable', reason: 'prices left the exact float64 range' };
    throw error;
  }
  const t2 = now();

  for (const s of deferredSlot) resCap[s] = arcCapacity[graph.slotArc[s]];
  const labels = exactPotentials(graph, n, price, scale);
  const t3 = now();
  if (!labels)
    return { status: 'not-applicable', reason: 'no exact potentials: the deferred arcs are needed' };
  const potential = new Float64Array(n);
  for (let v = 0; v < n; v++) potential[v] = -labels.label[v];

  const arcFlow = arcFlowOf(graph, m);
  let totalCost = 0;
  for (let a = 0; a < m; a++) totalCost += arcFlow[a] * arcCost[a];
  options.onProgress?.({ fraction: 1 });
  return {
    status: 'optimal',
    result: {
      arcFlow,
      potential,
      remainingSupply: excess,
      blockedSources: [],
      feasible: true,
      totalCost,
      augmentations: pushes,
      scannedArcs,
      globalUpdates,
    },
    stats: {
      refinements,
      pushes,
      relabels,
      globalUpdates,
      maxFlowSeconds: t1 - t0,
      scalingSeconds: t2 - t1,
      potentialSeconds: t3 - t2,
      potentialCorrections: labels.corrections,
    },
  };
}

/**
 * Routes every supply to the deficits by a multi-source, multi-sink Dinic max flow (on
 * assignment networks, whose capacities are mostly 1, this is Hopcroft-Karp). Returns the
 * units routed; excess is updated in place.
 */
function routeSuppliesByMaxFlow(graph: ResidualGraph, n: number, excess: Int32Array): number {
  const { firstOut, resHead, resCap, resMate } = graph;
  const level = new Int32Array(n);
  const queue = new Int32Array(n);
  const current = new Int32Array(n);
  const pathSlot = new Int32Array(n);
  let routed = 0;
  for (;;) {
    level.fill(-1);
    let head = 0;
    let tail = 0;
    for (let v = 0; v < n; v++) {
      if (excess[v] > 0) {
        level[v] = 0;
        queue[tail++] = v;
      }
    }
    if (tail === 0) return routed;
    const sources = tail;
    let reachedDeficit = false;
    while (head < tail) {
      const u = queue[head++];
      if (excess[u] < 0) {
        reachedDeficit = true;
        continue;
      }
      const end = firstOut[u + 1];
      for (let s = firstOut[u]; s < end; s++) {
        if (resCap[s] <= 0) continue;
        const v = resHead[s];
        if (level[v] < 0) {
          level[v] = level[u] + 1;
          queue[tail++] = v;
        }
      }
    }
    if (!reachedDeficit) return routed;
    for (let v = 0; v < n; v++) current[v] = firstOut[v];
    let progressed = false;
    for (let i = 0; i < sources; i++) {
      const root = queue[i];
      while (excess[root] > 0) {
        // Iterative DFS along the level graph to the first deficit.
        let depth = 0;
        let u = root;
        let found = false;
        for (;;) {
          if (u !== root && excess[u] < 0) {
            found = true;
            break;
          }
          const end = firstOut[u + 1];
          let s = current[u];
          while (s < end && (resCap[s] <= 0 || level[resHead[s]] !== level[u] + 1)) s++;
          current[u] = s;
          if (s < end) {
            pathSlot[depth++] = s;
            u = resHead[s];
            continue;
          }
          // Dead end: never enter u again in this phase.
          level[u] = -1;
          if (depth === 0) break;
          const back = pathSlot[--depth];
          u = resHead[resMate[back]];
          current[u]++;
        }
        if (!found) break;
        let delta = Math.min(excess[root], -excess[u]);
        for (let k = 0; k < depth; k++) delta = Math.min(delta, resCap[pathSlot[k]]);
        for (let k = 0; k < depth; k++) {
          resCap[pathSlot[k]] -= delta;
          resCap[resMate[pathSlot[k]]] += delta;
        }
        excess[root] -= delta;
        excess[u] += delta;
        routed += delta;
        progressed = true;
      }
    }
    if (!progressed) return routed;
  }
}

/**
 * Shortest-path labels over the residual graph with the original costs, by label correcting
 * from the rounded scaled prices: label[w] <= label[u] + cost for every residual arc. The
 * prices already satisfy this to within 1/(n + 1) per arc, so few labels move. Returns null if
 * the corrections do not settle (a negative cycle: the flow is not optimal for this graph).
 */
function exactPotentials(
  graph: ResidualGraph,
  n: number,
  price: Float64Array,
  scale: number,
): { label: Float64Array; corrections: number } | null {
  const { firstOut, resHead, resCap, resCost } = graph;
  const label = new Float64Array(n);
  for (let v = 0; v < n; v++) label[v] = Math.round(price[v] / scale);
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  let head = 0;
  let size = 0;
  const enqueue = (v: number): void => {
    if (queued[v]) return;
    queued[v] = 1;
    queue[(head + size) % n] = v;
    size++;
  };
  for (let v = 0; v < n; v++) enqueue(v);
  let corrections = 0;
  const limit = 50 * n + 1_000_000;
  let pops = 0;
  while (size > 0) {
    const u = queue[head];
    head = (head + 1) % n;
    size--;
    queued[u] = 0;
    if (++pops > limit) return null;
    const lu = label[u];
    const end = firstOut[u + 1];
    for (let s = firstOut[u]; s < end; s++) {
      if (resCap[s] <= 0) continue;
      const w = resHead[s];
      const candidate = lu + resCost[s];
      if (candidate < label[w]) {
        label[w] = candidate;
        corrections++;
        enqueue(w);
      }
    }
  }
  return { label, corrections };
}
