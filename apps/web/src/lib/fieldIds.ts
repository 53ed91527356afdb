// Inputs of long forms get ids from their field paths (`hazards.0.description` →
// `field-hazards-0-description`), so an error summary can link to, and focus, the input a
// server or client message names.

export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The element a problem at `path` should take the person to: the input, else its nearest group. */
export function fieldTarget(path: string, fallbackId: string, doc: Document = document): HTMLElement | null {
  const segments = path.split('.');
  for (let n = segments.length; n > 0; n--) {
    const found = doc.getElementById(fieldId(segments.slice(0, n).join('.')));
    if (found) return found;
  }
  return doc.getElementById(fallbackId);
}

/** Scrolls to and focuses what `path` names; returns whether something was found. */
export function focusField(path: string, fallbackId: string): boolean {
  const target = fieldTarget(path, fallbackId);
  if (!target) return false;
  if (!target.matches('input, select, textarea, button, a[href], [tabindex]'))
    target.setAttribute('tabindex', '-1');
  target.scrollIntoView?.({ block: 'center' });
  target.focus({ preventScroll: true });
  return true;
}
