import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { formatDate } from '../../lib/format';
import { ContinuingReviewSection } from './ContinuingReviewSection';
import {
  approval,
  ARTIFACTS,
  FILED_REPORT,
  recommendation as recommendationOf,
  reevaluation,
  RUBRIC_ANSWERS,
} from './reevaluation.fixture';
import { tallyRows, tallySentence } from './reevaluationWords';

type Shown = ReturnType<typeof approval>;
const can = (what: Partial<Record<'report' | 'recommend' | 'decide', boolean>>) => ({
  __typename: 'ReevaluationPermissions' as const,
  report: false,
  recommend: false,
  decide: false,
  ...what,
});

const recommendation = (
  name: string | null,
  outcome: 'continue' | 'suspend',
  mine = false,
  answers: typeof RUBRIC_ANSWERS = [],
) =>
  recommendationOf({
    reviewer: name ? { __typename: 'User' as const, id: name, name } : null,
    mine,
    outcome,
    outcomeLabel: outcome === 'continue' ? 'Continue for a new period' : 'Suspend',
    comment: `${name ?? 'I'} think so, for reasons.`,
    answers,
  });

function renderSection(shown: Shown) {
  render(
    <MockedProvider>
      <ContinuingReviewSection
        approval={shown}
        artifacts={ARTIFACTS}
        library={[]}
        timeZone="UTC"
        periodMonths={12}
        onStale={jest.fn()}
      />
    </MockedProvider>,
  );
  return screen.getByRole('region', { name: 'Continuing review' });
}

describe('ContinuingReviewSection', () => {
  it('is not there before the first re-evaluation', () => {
    render(
      <MockedProvider>
        <ContinuingReviewSection
          approval={approval({ reevaluation: null })}
          artifacts={ARTIFACTS}
          library={[]}
          timeZone="UTC"
          periodMonths={12}
          onStale={jest.fn()}
        />
      </MockedProvider>,
    );
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('says what opened the re-evaluation, and why', () => {
    const section = renderSection(approval());
    expect(within(section).getByText('Open', { selector: '.badge' })).toBeInTheDocument();
    expect(section).toHaveTextContent(/^.*Opened.+ · Opened by a chair/);
    expect(section).toHaveTextContent('WhyA replication of the model appeared online.');
    expect(section).toHaveTextContent('The authors have not filed their continuing-review report yet.');
  });

  it('gives the authors the report form, then their filed report with “Change the report”', async () => {
    const user = userEvent.setup();
    const section = renderSection(
      approval({ reevaluation: reevaluation({ report: FILED_REPORT, viewerCan: can({ report: true }) }) }),
    );
    const report = within(section).getByRole('region', { name: 'The authors’ report' });
    expect(report).toHaveTextContent('Progress since the approval' + FILED_REPORT.progress);
    expect(report).toHaveTextContent('Changes to the workNot answered.');
    expect(report).toHaveTextContent('Watermark every released sample. In progress');
    await user.click(within(report).getByRole('button', { name: 'Change the report' }));
    const form = within(section).getByRole('form', { name: 'Change the continuing-review report' });
    await waitFor(() =>
      expect(within(form).getByRole('textbox', { name: 'Progress since the approval' })).toHaveFocus(),
    );
    await user.click(within(form).getByRole('button', { name: 'Keep the filed report' }));
    expect(within(section).queryByRole('form')).toBeNull();
  });

  it('shows a reviewer of record their own recommendation, to change while it is open', async () => {
    const user = userEvent.setup();
    const section = renderSection(
      approval({
        reevaluation: reevaluation({
          report: FILED_REPORT,
          recommendations: [recommendation(null, 'continue', true)],
          viewerCan: can({ recommend: true }),
        }),
      }),
    );
    const part = within(section).getByRole('region', { name: 'Your recommendation' });
    expect(part).toHaveTextContent('You recommendedContinue for a new period');
    await user.click(within(part).getByRole('button', { name: 'Change your recommendation' }));
    expect(within(part).getByRole('radio', { name: /^Continue for a new period/ })).toBeChecked();
  });

  it('shows a reviewer their answers to the rubric, and starts the change from them', async () => {
    const user = userEvent.setup();
    const section = renderSection(
      approval({
        reevaluation: reevaluation({
          report: FILED_REPORT,
          recommendations: [recommendation(null, 'continue', true, RUBRIC_ANSWERS)],
          viewerCan: can({ recommend: true }),
        }),
      }),
    );
    const part = within(section).getByRole('region', { name: 'Your recommendation' });
    expect(part).toHaveTextContent(
      'The conditions of approval are keptPartly metThe model stays withheld; half the samples are watermarked.',
    );
    expect(part).toHaveTextContent('The risks are as approvedNot met');
    expect(part).toHaveTextContent('Anything the committee should knowAsk the authors about the Lyon release.');
    await user.click(within(part).getByRole('button', { name: 'Change your recommendation' }));
    const kept = within(part).getByRole('group', { name: 'The conditions of approval are kept' });
    expect(within(kept).getByRole('radio', { name: 'Partly met' })).toBeChecked();
    expect(within(part).getByRole('textbox', { name: 'Why: The risks are as approved' })).toHaveValue(
      'A similar model is out now: the voice-cloning risk grew.',
    );
    expect(within(part).getByRole('textbox', { name: 'Anything the committee should know' })).toHaveValue(
      'Ask the authors about the Lyon release.',
    );
  });

  it('gives the chairs the tally as a chart with a sentence, each recommendation with its reviewer, and the decision form', () => {
    const tally = [
      {
        __typename: 'RecommendationCount' as const,
        outcome: 'continue' as const,
        outcomeLabel: 'Continue',
        count: 2,
      },
      {
        __typename: 'RecommendationCount' as const,
        outcome: 'suspend' as const,
        outcomeLabel: 'Suspend',
        count: 1,
      },
    ];
    const section = renderSection(
      approval({
        reevaluation: reevaluation({
          recommendations: [
            recommendation('Emil Expert', 'continue', false, RUBRIC_ANSWERS),
            recommendation('Cleo Community', 'continue'),
            recommendation('Vera Voice', 'suspend'),
          ],
          tally,
          viewerCan: can({ decide: true }),
        }),
      }),
    );
    expect(tallySentence(tallyRows(tally))).toBe(
      '3 reviewers recommend: 2 continue for a new period, 1 suspend.',
    );
    const chart = within(section).getByRole('img');
    expect(chart).toHaveAccessibleName('3 reviewers recommend: 2 continue for a new period, 1 suspend.');
    const part = within(section).getByRole('region', { name: 'The reviewers’ recommendations' });
    expect(
      within(part)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('strong')?.textContent),
    ).toEqual(['Emil Expert', 'Cleo Community', 'Vera Voice']);
    // Each with its answers to the rubric, under its reason.
    const emil = within(part).getAllByRole('listitem')[0] as HTMLElement;
    expect(emil).toHaveTextContent('Emil Expert think so, for reasons.The conditions of approval are keptPartly met');
    expect(within(emil).getAllByRole('term').map((t) => t.textContent)).toEqual(RUBRIC_ANSWERS.map((a) => a.prompt));
    expect(within(part).getAllByRole('listitem')[1]).not.toHaveTextContent('The conditions of approval are kept');
    const form = within(section).getByRole('form', { name: 'Decide the re-evaluation' });
    // No report yet: the chair records why the committee decides without it.
    expect(within(form).getByRole('textbox', { name: /without the authors’ report/ })).toBeRequired();
  });

  it('tells the chairs in words when nobody recommended yet', () => {
    const section = renderSection(
      approval({ reevaluation: reevaluation({ viewerCan: can({ decide: true }) }) }),
    );
    expect(within(section).queryByRole('img')).toBeNull();
    expect(section).toHaveTextContent('No reviewer of record has recommended an outcome yet.');
    expect(tallySentence(tallyRows([]))).toBe('No reviewer has recommended an outcome yet.');
  });

  it('shows the decision once made, with the new expiry', () => {
    const section = renderSection(
      approval({
        state: 'active',
        stateLabel: 'Active',
        expiresAt: '2032-06-20T10:00:00.000Z',
        reevaluation: reevaluation({
          state: 'decided',
          decision: {
            __typename: 'ReevaluationDecisionModel',
            outcome: 'continue',
            outcomeLabel: 'Continue for a new period',
            reason: '',
            withoutReportReason: 'The misuse could not wait for a report.',
            decidedAt: '2031-06-20T12:00:00.000Z',
          },
        }),
      }),
    );
    expect(within(section).getByText('Decided', { selector: '.badge' })).toBeInTheDocument();
    const decision = within(section).getByRole('region', { name: 'Decision' });
    expect(decision).toHaveTextContent(
      `the approval now holds until ${formatDate('2032-06-20T10:00:00.000Z')}.`,
    );
    expect(decision).toHaveTextContent(
      'Decided without the authors’ report: The misuse could not wait for a report.',
    );
    expect(section).toHaveTextContent('The authors filed no continuing-review report.');
    expect(within(section).queryByRole('form')).toBeNull();
  });
});
