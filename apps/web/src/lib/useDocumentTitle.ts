import { useEffect } from 'react';

/** Each page names itself in the tab title, which is also what screen readers announce first. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Impact Review` : 'Impact Review';
  }, [title]);
}
