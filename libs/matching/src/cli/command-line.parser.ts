/**
 * Parses `--name value [value ...]` and `--flag` arguments the way argparse's nargs='+' does,
 * so openreview-matcher command lines work unchanged (`--scores a.csv b.csv --weights 1 2`).
 */
export type ParsedArguments = ReadonlyMap<string, readonly string[]>;

export function parseCommandLine(argv: readonly string[]): ParsedArguments {
  const parsed = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const token of argv) {
    if (token.startsWith('--')) {
      const [name, inline] = token.slice(2).split(/=(.*)/s, 2);
      current = parsed.get(name) ?? [];
      parsed.set(name, current);
      if (inline !== undefined) current.push(inline);
    } else if (current) current.push(token);
    else throw new Error(`unexpected argument ${token}`);
  }
  return parsed;
}

export function stringOption(args: ParsedArguments, name: string): string | undefined {
  return args.get(name)?.[0];
}

export function requiredOption(args: ParsedArguments, name: string): string {
  const value = stringOption(args, name);
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
}

export function numberOption(args: ParsedArguments, name: string, fallback: number): number {
  const value = stringOption(args, name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new Error(`--${name} expects a number, got ${value}`);
  return number;
}

/** A count (loads, sizes, K): a whole number >= 0. */
export function countOption(args: ParsedArguments, name: string, fallback: number): number {
  const value = stringOption(args, name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() === '' || !Number.isSafeInteger(number) || number < 0)
    throw new Error(`--${name} expects a whole number of at least 0, got ${value}`);
  return number;
}

/**
 * Runs a file-system read for an option's path, turning a missing, unreadable or wrong kind of
 * path into a message that names the option (instead of Node's bare ENOENT).
 */
export function readOptionPath<T>(name: string, path: string, read: (path: string) => T): T {
  try {
    return read(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'ENOTDIR'
            ? 'is not a directory'
            : code === 'EACCES'
              ? 'is not readable'
              : null;
    if (reason === null) throw error;
    throw new Error(`--${name}: ${path} ${reason}`, { cause: error });
  }
}

/** A string option restricted to listed values (the first is the default). */
export function choiceOption<T extends string>(
  args: ParsedArguments,
  name: string,
  choices: readonly T[],
): T {
  const value = stringOption(args, name) ?? choices[0];
  if (!(choices as readonly string[]).includes(value))
    throw new Error(`--${name} is one of ${choices.join(', ')}; got ${value}`);
  return value as T;
}

/** Peak resident memory of this process in megabytes. */
/** Seconds to the millisecond, as the commands and benchmarks print them. */
export function roundSeconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

export function peakMemoryMegabytes(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}
