import { mulberry32 } from '../assignment/assignment.solver';
import { FlowNetworkBuilder, type FlowNetwork } from '../flow/flow-network.builder';

/**
 * A random network with small supplies and capacities. With overflow, expensive direct arcs
 * (returned as overflowArcs) from every supply to every demand make it always feasible.
 */
export function randomNetwork(
  seed: number,
  nodes: number,
  arcs: number,
  maxCost: number,
  overflow = false,
): FlowNetwork & { overflowArcs: Int32Array } {
  const random = mulberry32(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const builder = new FlowNetworkBuilder(2, 2); // tiny initial sizes exercise growth
  for (let v = 0; v < nodes; v++) builder.addNode();
  for (let i = 0; i < nodes; i++) {
    const units = pick(4);
    builder.addSupply(pick(nodes), units);
    builder.addSupply(pick(nodes), -units);
  }
  for (let a = 0; a < arcs; a++) {
    const tail = pick(nodes);
    const head = (tail + 1 + pick(nodes - 1)) % nodes;
    builder.addArc(tail, head, pick(4), pick(maxCost + 1));
  }
  const overflowArcs: number[] = [];
  if (overflow) {
    const partial = builder.build();
    for (let u = 0; u < nodes; u++) {
      for (let v = 0; v < nodes; v++) {
        if (partial.nodeSupply[u] > 0 && partial.nodeSupply[v] < 0)
          overflowArcs.push(builder.addArc(u, v, partial.nodeSupply[u], nodes * (maxCost + 1)));
      }
    }
  }
  return { ...builder.build(), overflowArcs: Int32Array.from(overflowArcs) };
}

/**
 * The same network with other capacities, as between two re-solves: each arc is closed with
 * probability `closeShare`, or else widened by 2 with probability `widenShare`; overflow arcs
 * keep theirs, so a network with overflow stays feasible.
 */
export function withChangedCapacities(
  network: FlowNetwork & { overflowArcs: Int32Array },
  seed: number,
  closeShare: number,
  widenShare = 0,
): FlowNetwork {
  const random = mulberry32(seed);
  const arcCapacity = network.arcCapacity.slice();
  for (let a = 0; a < network.arcCount; a++) {
    const roll = random();
    if (roll < closeShare) arcCapacity[a] = 0;
    else if (roll < closeShare + widenShare) arcCapacity[a] += 2;
  }
  for (const a of network.overflowArcs) arcCapacity[a] = network.arcCapacity[a];
  return { ...network, arcCapacity };
}

export function routedUnits(network: FlowNetwork, remaining: Int32Array): number {
  let routed = 0;
  for (let v = 0; v < network.nodeCount; v++)
    if (network.nodeSupply[v] > 0) routed += network.nodeSupply[v] - remaining[v];
  return routed;
}
