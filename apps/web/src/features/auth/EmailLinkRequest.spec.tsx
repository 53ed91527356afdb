import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { EmailLinkRequest } from './EmailLinkRequest';

describe('EmailLinkRequest', () => {
  it('checks the address before sending anything', async () => {
    const user = userEvent.setup();
    const send = jest.fn();
    render(<EmailLinkRequest send={send} submitLabel="Send me a link" />);
    await user.type(screen.getByLabelText(/Email/), 'ada@example');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(screen.getByLabelText(/Email/)).toHaveAccessibleDescription(
      'Enter an email address like name@example.org.',
    );
    expect(send).not.toHaveBeenCalled();
  });

  it('repeats what the server said once the mail went out, and can start over', async () => {
    const user = userEvent.setup();
    const send = jest
      .fn()
      .mockResolvedValue('We sent a link to ada@example.org. Open it within 24 hours to continue.');
    render(<EmailLinkRequest send={send} submitLabel="Send me a link" />);
    await user.type(screen.getByLabelText(/Email/), ' ada@example.org ');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(send).toHaveBeenCalledWith('ada@example.org');
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Check your email');
    expect(status).toHaveTextContent('We sent a link to ada@example.org.');
    expect(status).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Use another address' }));
    expect(screen.getByLabelText(/Email/)).toBeInTheDocument();
  });

  it('shows a refusal for too many mails as the server words it', async () => {
    const user = userEvent.setup();
    const refusal =
      'We already sent several emails to ada@example.org. Check your inbox and spam folder, or try again in 40 minutes.';
    const send = jest
      .fn()
      .mockRejectedValue(
        new CombinedGraphQLErrors({
          errors: [{ message: refusal, extensions: { code: 'TOO_MANY_REQUESTS' } }],
        }),
      );
    render(<EmailLinkRequest send={send} submitLabel="Send me a link" />);
    await user.type(screen.getByLabelText(/Email/), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
  });
});
