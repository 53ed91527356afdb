// Text that people type must not carry invisible control characters: a NUL byte truncates values in
// some tools, and other C0 controls (bell, escape, backspace...) can rewrite what a terminal, a log
// viewer or a mail client shows. Tab and line breaks are text in multi-line fields only.

export interface ControlCharacter {
  /** Position in the string (UTF-16 code units). */
  index: number;
  codePoint: number;
}

/** Tab, line feed and carriage return: allowed where the field takes several lines. */
const LINE_CONTROLS = new Set([0x09, 0x0a, 0x0d]);

/** The first C0 control character (or DEL) in `value` that a field of this kind does not allow. */
export function findControlCharacter(
  value: string,
  options: { multiLine: boolean },
): ControlCharacter | null {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const isControl = code < 0x20 || code === 0x7f;
    if (isControl && !(options.multiLine && LINE_CONTROLS.has(code))) return { index, codePoint: code };
  }
  return null;
}

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'a null character',
  0x09: 'a tab',
  0x0a: 'a line break',
  0x0d: 'a line break',
  0x1b: 'an escape character',
};

/** A sentence for the person, naming the character in words and as U+XXXX. */
export function controlCharacterMessage(found: ControlCharacter): string {
  const code = `U+${found.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  if (found.codePoint === 0x09 || found.codePoint === 0x0a || found.codePoint === 0x0d) {
    return `This field takes a single line: remove ${NAMES[found.codePoint]} (${code}).`;
  }
  const name = NAMES[found.codePoint] ?? 'an invisible control character';
  return `Remove ${name} (${code}) from this text; it may have come with pasted text.`;
}
