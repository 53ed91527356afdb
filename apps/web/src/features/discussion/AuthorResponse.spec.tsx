import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { ResponseForm, WordCount } from './AuthorResponse';
import { SubmitAuthorResponseMutation } from './discussion.operations';

const responseWindow = {
  __typename: 'ResponseWindowInfo' as const,
  open: true,
  reason: null,
  deadline: '2030-02-01T22:59:00.000Z',
  wordLimit: 50,
};

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i + 1}`).join(' ');

function renderForm(mocks: unknown[] = [], response: Parameters<typeof ResponseForm>[0]['response'] = null) {
  render(
    <MockedProvider mocks={mocks as never[]}>
      <ResponseForm
        submissionId="s1"
        responseWindow={responseWindow}
        response={response}
        timeZone="Europe/Berlin"
        onReload={() => undefined}
      />
    </MockedProvider>,
  );
  return screen.getByRole('textbox', { name: 'Your response' });
}

describe('the authors’ response', () => {
  it('counts words as the author types, against the venue’s limit', async () => {
    const user = userEvent.setup();
    const text = renderForm();
    expect(screen.getByText('0 of 50 words')).toBeInTheDocument();
    await user.type(text, 'We thank the reviewers,   and  answer\neach point.');
    expect(screen.getByText('8 of 50 words')).toBeInTheDocument();
    expect(text).toHaveAccessibleDescription(/8 of 50 words/);
    // The deadline is said in the venue's zone.
    expect(screen.getByText('2030-02-01 23:59 (Europe/Berlin)')).toBeInTheDocument();
  });

  it('says how far over the limit a response is, and refuses it with the server’s message, on the text', async () => {
    const user = userEvent.setup();
    const text = renderForm();
    fireEvent.change(text, { target: { value: words(53) } });
    const count = screen.getByText(/53 of 50 words/);
    expect(count).toHaveTextContent('53 of 50 words — 3 words over the limit');
    expect(count).toHaveClass('word-count--over');
    expect(screen.getByText('The response is over the word limit.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save the response' }));
    expect(await screen.findByText('Keep the response to 50 words; it has 53.')).toBeInTheDocument();
    expect(text).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(text).toHaveFocus());
  });

  it('saves a response within the limit at the revision loaded', async () => {
    const user = userEvent.setup();
    const text = renderForm(
      [
        {
          request: {
            query: SubmitAuthorResponseMutation,
            variables: { submissionId: 's1', text: 'We added a consent check.', expectedRevision: 2 },
          },
          result: {
            data: {
              submitAuthorResponse: {
                __typename: 'AuthorResponse',
                text: 'We added a consent check.',
                wordCount: 5,
                submittedAt: '2030-01-20T10:00:00.000Z',
                revision: 3,
              },
            },
          },
        },
      ],
      {
        __typename: 'AuthorResponse',
        text: 'Draft.',
        wordCount: 1,
        submittedAt: '2030-01-19T10:00:00.000Z',
        revision: 2,
      },
    );
    expect(text).toHaveValue('Draft.');
    await user.clear(text);
    await user.type(text, 'We added a consent check.');
    await user.click(screen.getByRole('button', { name: 'Save the changes' }));
    expect(await screen.findByText('Response saved.')).toBeInTheDocument();
  });

  it('word count alone: no “over” without going over', () => {
    render(<WordCount id="c" words={50} limit={50} />);
    expect(screen.getByText('50 of 50 words')).not.toHaveClass('word-count--over');
  });
});
