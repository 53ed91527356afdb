// What the alert above a form says after a failed submission: the server's or the page's sentence,
// with the problems no input of the form shows listed under it. A conflict is the page's to tell
// (it reloads what changed), and the page's own check has nothing left to say once its fields are fixed.
import { describeError } from './errors';
import { CLIENT_CHECK_MESSAGE, type MutationForm } from './useMutationForm';

export interface FormSummary {
  message: string | null;
  problems: string[];
}

export function formSummary(
  form: Pick<MutationForm, 'lastError' | 'fieldErrors'>,
  shownPaths: readonly string[],
): FormSummary {
  const error = form.lastError;
  if (!error || error.code === 'CONFLICT') return { message: null, problems: [] };
  const shown = new Set(shownPaths);
  const problems = Object.entries(form.fieldErrors)
    .filter(([path]) => !shown.has(path))
    .map(([, message]) => message);
  if (error.message === CLIENT_CHECK_MESSAGE && Object.keys(form.fieldErrors).length === 0)
    return { message: null, problems: [] };
  return { message: error.message, problems };
}

/**
 * Runs a mutation; when the server answers CONFLICT (someone changed it since it was loaded), tells
 * `onConflict` first, so the page reloads and says so, then fails the form as usual.
 */
export async function reportingConflict<T>(
  mutate: () => Promise<T>,
  onConflict: (message: string) => void,
): Promise<T> {
  try {
    return await mutate();
  } catch (error) {
    const info = describeError(error);
    if (info.code === 'CONFLICT') onConflict(info.message);
    throw error;
  }
}
