import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { TextField } from '../components/FormFields';
import { CLIENT_CHECK_MESSAGE, useMutationForm } from './useMutationForm';

const badInput = new CombinedGraphQLErrors({
  data: null,
  errors: [
    {
      message: 'Some fields need attention.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fieldErrors: [
          { path: 'input.shortName', message: 'Use letters and digits.' },
          { path: 'input.deadlines.1.dueLocal', message: 'That time does not exist.' },
        ],
      },
    },
  ],
});

describe('useMutationForm', () => {
  it('stops at client-side problems without calling the mutation', async () => {
    const mutate = jest.fn().mockResolvedValue('ok');
    const { result } = renderHook(() => useMutationForm());
    let returned: unknown = 'unset';
    await act(async () => {
      returned = await result.current.submit({ validate: () => [{ path: 'name', message: 'Name it.' }], mutate });
    });
    expect(returned).toBeUndefined();
    expect(mutate).not.toHaveBeenCalled();
    expect(result.current.errorFor('name')).toBe('Name it.');
    expect(result.current.formError).toBe(CLIENT_CHECK_MESSAGE);
  });

  it('maps server field errors to input paths, without the prefix', async () => {
    const { result } = renderHook(() => useMutationForm());
    await act(async () => {
      await result.current.submit({ mutate: () => Promise.reject(badInput), pathPrefix: 'input.' });
    });
    expect(result.current.fieldErrors).toEqual({
      shortName: 'Use letters and digits.',
      'deadlines.1.dueLocal': 'That time does not exist.',
    });
    expect(result.current.lastError?.code).toBe('BAD_USER_INPUT');
    act(() => result.current.clearField('shortName'));
    expect(result.current.errorFor('shortName')).toBeUndefined();
    expect(result.current.errorFor('deadlines.1.dueLocal')).toBe('That time does not exist.');
  });

  it('clears old errors and calls onSuccess when the mutation succeeds', async () => {
    const onSuccess = jest.fn();
    const { result } = renderHook(() => useMutationForm());
    await act(async () => {
      await result.current.submit({ mutate: () => Promise.reject(badInput), pathPrefix: 'input.' });
    });
    await act(async () => {
      await result.current.submit({ mutate: () => Promise.resolve(42), onSuccess });
    });
    expect(onSuccess).toHaveBeenCalledWith(42);
    expect(result.current.fieldErrors).toEqual({});
    expect(result.current.formError).toBeNull();
  });

  it('ignores a second submission while one is in flight', async () => {
    let finish: (value: string) => void = () => undefined;
    const mutate = jest.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const { result } = renderHook(() => useMutationForm());
    let first: Promise<unknown> = Promise.resolve();
    let second: unknown = 'unset';
    await act(async () => {
      first = result.current.submit({ mutate });
      second = await result.current.submit({ mutate });
    });
    expect(second).toBeUndefined();
    expect(mutate).toHaveBeenCalledTimes(1);
    await act(async () => {
      finish('done');
      await first;
    });
    expect(result.current.submitting).toBe(false);
  });
});

function Form() {
  const form = useMutationForm();
  return (
    <form
      ref={form.formRef}
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit({ mutate: () => Promise.reject(badInput), pathPrefix: 'input.' });
      }}
    >
      <TextField label="Name" name="name" error={form.errorFor('name')} />
      <TextField label="Short name" name="shortName" error={form.errorFor('shortName')} />
      <button type="submit">Save</button>
    </form>
  );
}

describe('useMutationForm with inputs', () => {
  it('shows the server message beside the input it names and focuses it', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const shortName = await screen.findByRole('textbox', { name: 'Short name' });
    expect(shortName).toHaveAttribute('aria-invalid', 'true');
    expect(shortName).toHaveAccessibleDescription('Use letters and digits.');
    expect(screen.getByRole('textbox', { name: 'Name' })).not.toHaveAttribute('aria-invalid');
    await screen.findByRole('textbox', { name: 'Short name' });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(shortName).toHaveFocus();
  });
});
