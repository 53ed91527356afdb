// A partly suspended public approval, as the registry's pages get it from the API.
const item = (artifactName: string, rest: Record<string, unknown>) => ({
  __typename: 'PublicReleaseItem' as const,
  artifactName,
  contentLevel: 'full',
  timing: 'immediate',
  distribution: 'public',
  embargoUntil: null,
  suspended: false,
  ...rest,
});

export const approval = {
  __typename: 'PublicApproval' as const,
  id: 'a1',
  title: 'Few-shot voice cloning for audiobooks',
  venueId: 'v1',
  venueName: 'Conference on Speech Synthesis 2032',
  venueShortName: 'CSS32',
  outcome: 'approved_with_conditions',
  outcomeLabel: 'Approved with conditions',
  state: 'suspended',
  stateLabel: 'Suspended',
  approvedAt: '2032-04-02T10:00:00.000Z',
  releasePlan: [
    item('Paper', {}),
    item('Voice model', {
      contentLevel: 'reduced',
      timing: 'timed',
      distribution: 'ask_for_access',
      embargoUntil: '2030-06-01',
      suspended: true,
    }),
  ],
};
