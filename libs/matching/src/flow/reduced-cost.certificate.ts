import type { FlowNetwork } from './flow-network.builder';

/**
 * Checks a flow against the LP optimality conditions without trusting the solver:
 * capacities and node balances hold, and the potentials are dual feasible with complementary
 * slackness (every arc with spare capacity has reduced cost >= 0, every arc carrying flow has
 * reduced cost <= 0). Together these prove the flow is a min-cost flow for the amount it routes.
 */
export interface OptimalityCertificate {
  readonly verified: boolean;
  readonly capacityViolations: number;
  readonly balanceViolations: number;
  readonly reducedCostViolations: number;
  /** Cost recomputed from the flow. */
  readonly totalCost: number;
}

export function verifyOptimalityCertificate(
  network: FlowNetwork,
  arcFlow: Int32Array,
  potential: Float64Array,
  remainingSupply: Int32Array,
): OptimalityCertificate {
  const { nodeCount, arcCount, arcTail, arcHead, arcCapacity, arcCost, nodeSupply } = network;
  const balance = new Float64Array(nodeCount);
  for (let v = 0; v < nodeCount; v++) balance[v] = nodeSupply[v];
  let capacityViolations = 0;
  let reducedCostViolations = 0;
  let totalCost = 0;
  for (let a = 0; a < arcCount; a++) {
    const flow = arcFlow[a];
    if (flow < 0 || flow > arcCapacity[a]) capacityViolations++;
    balance[arcTail[a]] -= flow;
    balance[arcHead[a]] += flow;
    totalCost += flow * arcCost[a];
    const reducedCost = arcCost[a] - potential[arcTail[a]] + potential[arcHead[a]];
    if (flow < arcCapacity[a] && reducedCost < 0) reducedCostViolations++;
    if (flow > 0 && reducedCost > 0) reducedCostViolations++;
  }
  let balanceViolations = 0;
  for (let v = 0; v < nodeCount; v++) if (balance[v] !== remainingSupply[v]) balanceViolations++;
  return {
    verified: capacityViolations === 0 && balanceViolations === 0 && reducedCostViolations === 0,
    capacityViolations,
    balanceViolations,
    reducedCostViolations,
    totalCost,
  };
}
