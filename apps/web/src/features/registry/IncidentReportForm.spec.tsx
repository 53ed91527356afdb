import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { IncidentReportForm } from './IncidentReportForm';
import { ReportIncidentMutation } from './registry.operations';

const STORY = 'A cloned voice from the released demo was used in a phone scam against my aunt.';

function request(input: Partial<{ evidenceLinks: string[]; email: string; shareWithAuthors: boolean }> = {}) {
  return {
    query: ReportIncidentMutation,
    variables: {
      input: {
        approvalId: 'a1',
        venueId: null,
        whatHappened: STORY,
        evidenceLinks: [''],
        email: 'rita@example.org',
        shareWithAuthors: false,
        ...input,
      },
    },
  };
}

function renderForm(mocks: ConstructorParameters<typeof MockedProvider>[0]['mocks'] = []) {
  return render(
    <MockedProvider mocks={mocks}>
      <IncidentReportForm
        target={{ approvalId: 'a1' }}
        venueShortName="CSS32"
        title="Report misuse or a new risk"
      />
    </MockedProvider>,
  );
}

const whatHappened = () => screen.getByRole('textbox', { name: /What happened/ });
const email = () => screen.getByRole('textbox', { name: /Your e-mail address/ });
const send = () => screen.getByRole('button', { name: 'Send the report' });

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(whatHappened(), STORY);
  await user.type(email(), 'rita@example.org');
}

describe('IncidentReportForm', () => {
  it('checks the report before sending anything, and takes the focus to the first problem', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(send());
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need attention.');
    expect(whatHappened()).toHaveAttribute('aria-invalid', 'true');
    expect(whatHappened()).toHaveAccessibleDescription(
      expect.stringContaining('Say what happened, in a few sentences (at least 30 characters).'),
    );
    expect(email()).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(whatHappened()).toHaveFocus());
  });

  it('counts the characters against the minimum as the reporter writes', async () => {
    const user = userEvent.setup();
    renderForm();
    expect(whatHappened()).toHaveAccessibleDescription(
      expect.stringContaining('0 characters — 30 more needed'),
    );
    await user.type(whatHappened(), '  Scam call  ');
    expect(whatHappened()).toHaveAccessibleDescription(
      expect.stringContaining('9 characters — 21 more needed'),
    );
    await user.type(whatHappened(), 'with my voice, twice this week.');
    expect(whatHappened()).toHaveAccessibleDescription(expect.stringContaining('characters (at most 5,000)'));
  });

  it('adds and removes evidence rows, marks a bad link on its own row, and is unchecked by default', async () => {
    const user = userEvent.setup();
    renderForm();
    expect(
      screen.getByRole('checkbox', { name: 'The authors may learn my e-mail address' }),
    ).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Add a link' }));
    const second = screen.getByRole('textbox', { name: 'Link 2' });
    expect(second).toHaveFocus();
    await user.type(second, 'not a web address');
    await fillIn(user);
    await user.click(send());
    expect(second).toHaveAttribute('aria-invalid', 'true');
    expect(second).toHaveAccessibleDescription('Give a web address starting with https:// (or http://).');
    expect(screen.getByRole('textbox', { name: 'Link 1' })).not.toHaveAttribute('aria-invalid');

    await user.click(screen.getByRole('button', { name: 'Remove link 1' }));
    const links = within(screen.getByRole('group', { name: /Evidence links/ })).getAllByRole('textbox');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName('Link 1');
    expect(links[0]).toHaveValue('not a web address');
    // Errors are kept by row number: after a removal they are cleared rather than shown on the wrong row.
    expect(links[0]).not.toHaveAttribute('aria-invalid');
    expect(links[0]).toHaveFocus();
  });

  it('puts the server’s field errors on their fields', async () => {
    const user = userEvent.setup();
    renderForm([
      {
        request: request({ evidenceLinks: ['https://example.org/scam'] }),
        result: {
          errors: [
            {
              message: 'The report cannot be sent yet; see the marked fields.',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: [
                  { path: 'evidenceLinks.0', message: 'This link could not be read.' },
                  { path: 'email', message: 'This address does not take mail.' },
                ],
              },
            },
          ],
        },
      },
    ]);
    await user.type(screen.getByRole('textbox', { name: 'Link 1' }), 'https://example.org/scam');
    await fillIn(user);
    await user.click(send());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The report cannot be sent yet; see the marked fields.',
    );
    const link = screen.getByRole('textbox', { name: 'Link 1' });
    expect(link).toHaveAccessibleDescription('This link could not be read.');
    expect(email()).toHaveAccessibleDescription(expect.stringContaining('This address does not take mail.'));
    await waitFor(() => expect(link).toHaveFocus());
  });

  it('shows a refusal for too many reports as the server words it', async () => {
    const user = userEvent.setup();
    const refusal =
      'Several reports were already sent from rita@example.org. Confirm them from your inbox, or try again in 40 minutes.';
    renderForm([
      {
        request: request(),
        result: { errors: [{ message: refusal, extensions: { code: 'TOO_MANY_REQUESTS' } }] },
      },
    ]);
    await fillIn(user);
    await user.click(send());
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
    expect(whatHappened()).toHaveValue(STORY);
  });

  it('shows the receipt in a status region and clears the form once sent', async () => {
    const user = userEvent.setup();
    const message =
      'We sent a link to rita@example.org. Open it within 48 hours to confirm your report; until then it does not reach the committee.';
    renderForm([
      {
        request: request({ shareWithAuthors: true }),
        result: {
          data: {
            reportIncident: { __typename: 'IncidentReportReceipt', email: 'rita@example.org', message },
          },
        },
      },
    ]);
    await fillIn(user);
    await user.click(screen.getByRole('checkbox', { name: 'The authors may learn my e-mail address' }));
    await user.click(send());
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Check your inbox'));
    expect(status).toHaveTextContent(message);
    // The focus moves to the receipt, so it is read out and in view.
    await waitFor(() => expect(within(status).getByText(message).closest('.alert')).toHaveFocus());
    expect(whatHappened()).toHaveValue('');
    expect(email()).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Link 1' })).toHaveValue('');
    expect(
      screen.getByRole('checkbox', { name: 'The authors may learn my e-mail address' }),
    ).not.toBeChecked();
  });
});
