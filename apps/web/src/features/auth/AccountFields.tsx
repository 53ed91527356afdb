import type { ChangeEvent } from 'react';
import { Link } from 'react-router';
import { MIN_PASSWORD_LENGTH } from '@impact-review/domain';
import { ErrorState } from '../../components/ErrorState';
import { TextField } from '../../components/FormFields';

/** A password being chosen (sign-up, reset, accepting an invitation): the length rule as a hint. */
export function NewPasswordField(props: {
  label?: string;
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <TextField
      label={props.label ?? 'Password'}
      type="password"
      name="password"
      autoComplete="new-password"
      required
      hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      value={props.value}
      error={props.error}
      onChange={props.onChange}
    />
  );
}

/** A link from an account mail that no longer works, and where to ask for a new one. */
export function BrokenLink({ error, askAgain }: { error: unknown; askAgain: string }) {
  return (
    <div className="narrow">
      <ErrorState error={error} title="This link does not work">
        <p>
          <Link to={askAgain}>Ask for a new link</Link> or <Link to="/sign-in">sign in</Link>.
        </p>
      </ErrorState>
    </div>
  );
}
