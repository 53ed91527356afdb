import { useEffect, useRef } from 'react';

/** Moves the focus into a form the person just opened with a button (not on the first render). */
export function useFocusOnOpen(open: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (open && opened.current) ref.current?.querySelector<HTMLElement>('textarea, input')?.focus();
    opened.current = true;
  }, [open]);
  return ref;
}
