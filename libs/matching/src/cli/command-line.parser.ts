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
export function peakMemoryMegabytes(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}
