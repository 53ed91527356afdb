import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router';
import { DEFAULT_TIER_POLICY } from '@impact-review/domain';
import { TierPolicyEditor } from './TierPolicyEditor';
import { TierPolicyImpactQuery, UpdateTierPolicyMutation } from './venue.operations';

const changed = { ...DEFAULT_TIER_POLICY, expedited: { ...DEFAULT_TIER_POLICY.expedited, communityReviewers: 1 } };
const withTypes = (policy: typeof DEFAULT_TIER_POLICY) =>
  Object.fromEntries(Object.entries(policy).map(([tier, r]) => [tier, { __typename: 'TierRequirement', ...r }]));

function renderEditor(mocks: unknown[]) {
  render(
    <MockedProvider mocks={mocks as never[]}>
      <MemoryRouter>
        <TierPolicyEditor venueId="v1" revision={4} policy={DEFAULT_TIER_POLICY} />
      </MemoryRouter>
    </MockedProvider>,
  );
  return screen.getByRole('region', { name: 'Tier policy' });
}

describe('TierPolicyEditor', () => {
  it('previews the statements a change affects, then saves it with the revision it loaded', async () => {
    const user = userEvent.setup();
    const section = renderEditor([
      {
        request: { query: TierPolicyImpactQuery, variables: { venueId: 'v1', policy: changed } },
        result: {
          data: {
            tierPolicyImpact: [
              {
                __typename: 'TierPolicyImpact',
                tier: 'expedited',
                changedFields: ['communityReviewers'],
                statements: 2,
                examples: [{ __typename: 'Submission', id: 's1', title: 'Voice study one' }],
              },
            ],
          },
        },
      },
      {
        request: { query: UpdateTierPolicyMutation, variables: { venueId: 'v1', policy: changed, expectedRevision: 4 } },
        result: { data: { updateTierPolicy: { __typename: 'Venue', id: 'v1', revision: 5, tierPolicy: { __typename: 'TierPolicy', ...withTypes(changed) } } } },
      },
    ]);
    const community = within(section).getByLabelText('Community reviewers for Expedited review');
    await user.clear(community);
    await user.type(community, '1');
    await user.click(within(section).getByRole('button', { name: 'Preview the change' }));
    const summary = await within(section).findByText(/2 submitted statements have this tier now/);
    expect(summary).toHaveTextContent('Expedited: Community reviewers.');
    expect(within(section).getByRole('link', { name: 'Voice study one' })).toHaveAttribute('href', '/submissions/s1');
    await user.click(within(section).getByRole('button', { name: 'Save the policy' }));
    expect(await within(section).findByText('Tier policy saved.')).toBeInTheDocument();
  });

  it('puts the domain’s messages on the cells before sending anything', async () => {
    const user = userEvent.setup();
    const section = renderEditor([]);
    const experts = within(section).getByLabelText('Expert reviewers for Expedited review');
    await user.clear(experts);
    await user.type(experts, '0');
    await user.click(within(section).getByRole('button', { name: 'Save the policy' }));
    expect(await within(section).findByText('Someone has to review it: ask for a reviewer or a chair’s check.')).toBeInTheDocument();
    expect(experts).toHaveAttribute('aria-invalid', 'true');
  });
});
