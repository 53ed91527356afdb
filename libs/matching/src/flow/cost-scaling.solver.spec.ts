import { bellmanFordMinCostFlow } from '../testing/bellman-ford-flow.reference';
import { randomNetwork, routedUnits } from '../testing/random-network.fixture';
import { solveMinCostFlowByCostScaling } from './cost-scaling.solver';
import { FlowNetworkBuilder, type FlowNetwork } from './flow-network.builder';
import { verifyOptimalityCertificate } from './reduced-cost.certificate';

function withClosedArcs(network: FlowNetwork, arcs: Int32Array): FlowNetwork {
  const arcCapacity = network.arcCapacity.slice();
  for (const a of arcs) arcCapacity[a] = 0;
  return { ...network, arcCapacity };
}

function expectCertified(
  network: FlowNetwork,
  result: { arcFlow: Int32Array; potential: Float64Array; remainingSupply: Int32Array; totalCost: number },
): void {
  const certificate = verifyOptimalityCertificate(
    network,
    result.arcFlow,
    result.potential,
    result.remainingSupply,
  );
  expect(certificate).toMatchObject({
    verified: true,
    capacityViolations: 0,
    balanceViolations: 0,
    reducedCostViolations: 0,
  });
  expect(certificate.totalCost).toBe(result.totalCost);
}

describe('solveMinCostFlowByCostScaling', () => {
  const shapes = [
    { label: 'sparse', nodes: 6, arcs: 8, maxCost: 10 },
    { label: 'dense', nodes: 8, arcs: 30, maxCost: 20 },
    { label: 'larger', nodes: 30, arcs: 150, maxCost: 1000 },
    { label: 'zero costs (ties everywhere)', nodes: 7, arcs: 20, maxCost: 0 },
    { label: 'large costs', nodes: 10, arcs: 35, maxCost: 1e9 },
  ];

  it.each(shapes)(
    'matches an independent Bellman-Ford solver on random $label networks, or reports them infeasible',
    ({ nodes, arcs, maxCost }) => {
      let optimal = 0;
      let infeasible = 0;
      for (let seed = 1; seed <= 80; seed++) {
        const network = randomNetwork(seed * 6271 + nodes, nodes, arcs, maxCost, seed % 2 === 1);
        const reference = bellmanFordMinCostFlow(network);
        let totalUnits = 0;
        for (const supply of network.nodeSupply) if (supply > 0) totalUnits += supply;
        const outcome = solveMinCostFlowByCostScaling(network);
        if (reference.routed < totalUnits) {
          expect(outcome).toEqual({ status: 'infeasible', routedUnits: reference.routed, totalUnits });
          infeasible++;
          continue;
        }
        if (outcome.status !== 'optimal') throw new Error(`seed ${seed}: ${outcome.status}`);
        expect(outcome.result.totalCost).toBe(reference.cost);
        expect(routedUnits(network, outcome.result.remainingSupply)).toBe(totalUnits);
        expectCertified(network, outcome.result);
        optimal++;
      }
      // Every odd seed has overflow arcs (always feasible); most even seeds are infeasible.
      expect(optimal).toBeGreaterThanOrEqual(40);
      expect(infeasible).toBeGreaterThan(20);
    },
  );

  it.each([2, 3, 8, 16, 64])('gives the same optimum with scaling factor %d', (scalingFactor) => {
    for (let seed = 1; seed <= 40; seed++) {
      const network = randomNetwork(seed * 31 + scalingFactor, 20, 90, 500, true);
      const reference = bellmanFordMinCostFlow(network);
      const outcome = solveMinCostFlowByCostScaling(network, { scalingFactor });
      if (outcome.status !== 'optimal') throw new Error(`seed ${seed}: ${outcome.status}`);
      expect(outcome.result.totalCost).toBe(reference.cost);
      expectCertified(network, outcome.result);
    }
  });

  it('keeps deferred (overflow) arcs closed, yet certifies the flow for the whole network', () => {
    let certifiedWithDeferred = 0;
    let infeasibleWithout = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const network = randomNetwork(seed * 977, 9, 30, 40, true);
      const outcome = solveMinCostFlowByCostScaling(network, { deferredArcs: network.overflowArcs });
      const closed = withClosedArcs(network, network.overflowArcs);
      const closedReference = bellmanFordMinCostFlow(closed);
      let totalUnits = 0;
      for (const supply of network.nodeSupply) if (supply > 0) totalUnits += supply;
      if (closedReference.routed < totalUnits) {
        expect(outcome.status).toBe('infeasible');
        infeasibleWithout++;
        continue;
      }
      if (outcome.status !== 'optimal') throw new Error(`seed ${seed}: ${outcome.status}`);
      for (const a of network.overflowArcs) expect(outcome.result.arcFlow[a]).toBe(0);
      // Overflow arcs outweigh any path, so the whole network's optimum avoids them too.
      expect(outcome.result.totalCost).toBe(bellmanFordMinCostFlow(network).cost);
      expectCertified(network, outcome.result);
      certifiedWithDeferred++;
    }
    expect(certifiedWithDeferred).toBeGreaterThan(20);
    expect(infeasibleWithout).toBeGreaterThan(5);
  });

  it('declines costs whose scaled values would leave the exact float64 range', () => {
    const builder = new FlowNetworkBuilder();
    builder.addNode(1);
    builder.addNode(-1);
    builder.addArc(0, 1, 1, 2 ** 45);
    const outcome = solveMinCostFlowByCostScaling(builder.build());
    expect(outcome.status).toBe('not-applicable');
  });

  it('routes a zero-supply network trivially and rejects a scaling factor below 2', () => {
    const builder = new FlowNetworkBuilder();
    builder.addNode(0);
    builder.addNode(0);
    builder.addArc(0, 1, 3, 7);
    const network = builder.build();
    const outcome = solveMinCostFlowByCostScaling(network);
    expect(outcome.status).toBe('optimal');
    if (outcome.status === 'optimal') expect(Array.from(outcome.result.arcFlow)).toEqual([0]);
    expect(() => solveMinCostFlowByCostScaling(network, { scalingFactor: 1 })).toThrow(RangeError);
  });

  it('reports progress rising to 1', () => {
    const network = randomNetwork(11, 40, 300, 10_000, true);
    const fractions: number[] = [];
    const outcome = solveMinCostFlowByCostScaling(network, { onProgress: (p) => fractions.push(p.fraction) });
    expect(outcome.status).toBe('optimal');
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);
  });
});
