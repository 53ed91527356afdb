import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { validateNewSubmission } from '@impact-review/domain';
import { TextField } from '../components/FormFields';
import { useDomainForm } from './useDomainForm';

interface Values {
  venueId: string;
  title: string;
}

// The real domain rule, so the sentence on the input is the one the server would send.
const validate = (values: Values) =>
  validateNewSubmission({
    ...values,
    abstract: '',
    links: { paperUrl: '', openReviewUrl: '', doi: '', repositoryUrl: '' },
    artifacts: [],
  });

function serverRefusal(path: string, message: string) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [
      {
        message: 'Some fields need attention.',
        extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ path, message }] },
      },
    ],
  });
}

function Form({
  mutate,
  onSaved,
}: {
  mutate: (values: Values) => Promise<string>;
  onSaved: (id: string) => void;
}) {
  const form = useDomainForm<Values>({ venueId: 'v1', title: '' }, validate);
  return (
    <form
      noValidate
      ref={form.formRef}
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit({ mutate: () => mutate(form.values), pathPrefix: 'input.', onSuccess: onSaved });
      }}
    >
      {form.formError ? <p role="alert">{form.formError}</p> : null}
      <TextField label="Venue" {...form.field('venueId')} />
      <TextField label="Title" {...form.field('title')} />
      <button type="submit">Create</button>
    </form>
  );
}

describe('useDomainForm', () => {
  it('shows the domain message on the input before any request, and clears it when the value changes', async () => {
    const user = userEvent.setup();
    const mutate = jest.fn();
    render(<Form mutate={mutate} onSaved={jest.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Give the submission a title.');
    expect(screen.getByRole('textbox', { name: 'Venue' })).not.toHaveAttribute('aria-invalid');
    expect(mutate).not.toHaveBeenCalled();
    await user.type(title, 'A');
    expect(title).not.toHaveAttribute('aria-invalid');
  });

  it('checks every field the validator knows (an emptied venue too)', async () => {
    const user = userEvent.setup();
    render(<Form mutate={jest.fn()} onSaved={jest.fn()} />);
    await user.clear(screen.getByRole('textbox', { name: 'Venue' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(screen.getByRole('textbox', { name: 'Venue' })).toHaveAccessibleDescription(
      'Choose the venue you submit to.',
    );
  });

  it('sends the current values and puts the server field errors on the same inputs', async () => {
    const user = userEvent.setup();
    const mutate = jest.fn((values: Values) =>
      values.title === 'Taken'
        ? Promise.reject(serverRefusal('input.venueId', 'Choose an existing venue; this one was not found.'))
        : Promise.resolve('s1'),
    );
    const onSaved = jest.fn();
    render(<Form mutate={mutate} onSaved={onSaved} />);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Taken');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const venue = await screen.findByRole('textbox', { name: 'Venue' });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(venue).toHaveAccessibleDescription('Choose an existing venue; this one was not found.');
    expect(venue).toHaveFocus();
    expect(mutate).toHaveBeenLastCalledWith({ venueId: 'v1', title: 'Taken' });
    expect(onSaved).not.toHaveBeenCalled();

    await user.clear(screen.getByRole('textbox', { name: 'Title' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Fine');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(mutate).toHaveBeenLastCalledWith({ venueId: 'v1', title: 'Fine' });
    expect(onSaved).toHaveBeenCalledWith('s1');
    expect(screen.getByRole('textbox', { name: 'Venue' })).not.toHaveAttribute('aria-invalid');
  });
});
