import { bellmanFordMinCostFlow } from '../testing/bellman-ford-flow.reference';
import { randomNetwork, withChangedCapacities } from '../testing/random-network.fixture';
import { solveMinCostFlowAdaptive, type AdaptiveMinCostFlowOptions } from './adaptive-min-cost-flow.solver';
import type { FlowNetwork } from './flow-network.builder';
import { solveMinCostFlow } from './min-cost-flow.solver';
import { verifyOptimalityCertificate } from './reduced-cost.certificate';

/** A feasible random network and a copy with a third of its arcs closed (still feasible). */
function networkPair(seed: number): { before: FlowNetwork; after: FlowNetwork } {
  const before = randomNetwork(seed, 12, 50, 30, true);
  return { before, after: withChangedCapacities(before, seed, 0.33) };
}

describe('solveMinCostFlowAdaptive', () => {
  type Case = {
    label: string;
    options: (warm: ReturnType<typeof solveMinCostFlow>) => AdaptiveMinCostFlowOptions;
    algorithm: 'successive-shortest-paths' | 'cost-scaling';
    warmStarted: boolean;
  };
  const cases: Case[] = [
    {
      label: 'cold, slack budget',
      options: () => ({}),
      algorithm: 'successive-shortest-paths',
      warmStarted: false,
    },
    {
      label: 'cold, tight capacity expected',
      options: () => ({ preferCostScaling: true }),
      algorithm: 'cost-scaling',
      warmStarted: false,
    },
    {
      label: 'warm start within its budget',
      options: (warm) => ({ warmStart: warm }),
      algorithm: 'successive-shortest-paths',
      warmStarted: true,
    },
    {
      label: 'warm start without budget falls back to cost scaling',
      options: (warm) => ({ warmStart: warm, warmStartWorkFactor: 0, preferCostScaling: true }),
      algorithm: 'cost-scaling',
      warmStarted: false,
    },
    {
      label: 'forced shortest paths never cuts the warm start short',
      options: (warm) => ({ warmStart: warm, warmStartWorkFactor: 0, shortestPathWorkFactor: Infinity }),
      algorithm: 'successive-shortest-paths',
      warmStarted: true,
    },
  ];

  it.each(cases)(
    '$label: optimal, certified, by the expected route',
    ({ options, algorithm, warmStarted }) => {
      let compared = 0;
      for (let seed = 1; compared < 30; seed++) {
        const { before, after } = networkPair(seed * 104729);
        const first = solveMinCostFlow(before);
        // Only changes that displace several units make the warm budget matter.
        if (solveMinCostFlow(after, { warmStart: first }).augmentations < 2) continue;
        compared++;
        const result = solveMinCostFlowAdaptive(after, options(first));
        expect(result.algorithm).toBe(algorithm);
        expect(result.warmStarted).toBe(warmStarted);
        expect(result.feasible).toBe(true);
        expect(result.totalCost).toBe(bellmanFordMinCostFlow(after).cost);
        expect(
          verifyOptimalityCertificate(after, result.arcFlow, result.potential, result.remainingSupply)
            .verified,
        ).toBe(true);
      }
    },
  );
});
