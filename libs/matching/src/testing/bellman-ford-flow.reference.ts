import type { FlowNetwork } from '../flow/flow-network.builder';

/**
 * Independent reference for tests: successive shortest paths found by Bellman-Ford from a
 * super source over a plain edge list (no potentials, no heap, no CSR). Slow but simple.
 */
export function bellmanFordMinCostFlow(network: FlowNetwork): { routed: number; cost: number } {
  const n = network.nodeCount + 2;
  const superSource = n - 2;
  const superSink = n - 1;
  const edges: { from: number; to: number; cap: number; cost: number }[] = [];
  const addEdge = (from: number, to: number, cap: number, cost: number): void => {
    edges.push({ from, to, cap, cost }, { from: to, to: from, cap: 0, cost: -cost });
  };
  for (let a = 0; a < network.arcCount; a++) {
    addEdge(network.arcTail[a], network.arcHead[a], network.arcCapacity[a], network.arcCost[a]);
  }
  for (let v = 0; v < network.nodeCount; v++) {
    const supply = network.nodeSupply[v];
    if (supply > 0) addEdge(superSource, v, supply, 0);
    if (supply < 0) addEdge(v, superSink, -supply, 0);
  }
  let routed = 0;
  let cost = 0;
  for (;;) {
    const dist = new Array<number>(n).fill(Infinity);
    const via = new Array<number>(n).fill(-1);
    dist[superSource] = 0;
    for (let round = 0; round < n; round++) {
      let changed = false;
      edges.forEach((e, i) => {
        if (e.cap > 0 && dist[e.from] + e.cost < dist[e.to]) {
          dist[e.to] = dist[e.from] + e.cost;
          via[e.to] = i;
          changed = true;
        }
      });
      if (!changed) break;
    }
    if (dist[superSink] === Infinity) return { routed, cost };
    let delta = Infinity;
    for (let v = superSink; v !== superSource; v = edges[via[v]].from)
      delta = Math.min(delta, edges[via[v]].cap);
    for (let v = superSink; v !== superSource; v = edges[via[v]].from) {
      edges[via[v]].cap -= delta;
      edges[via[v] ^ 1].cap += delta;
    }
    routed += delta;
    cost += delta * dist[superSink];
  }
}
