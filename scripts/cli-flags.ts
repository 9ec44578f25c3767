// What the project's command-line tools share: strict flags with -h/--help, and the exit codes that go with them
// (0 after --help, 2 for a bad command line, its message followed by the usage text).
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

export type Flags<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: false }>
>['values'];
export type ArgsResult<T> = T | { error: string } | { help: true };

/** Parses `argv` strictly (unknown flags and positionals are errors); `--help` wins over everything else. */
export function readFlags<const O extends ParseArgsOptionsConfig>(argv: string[], options: O): ArgsResult<{ values: Flags<O> }> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    if ((values as { help?: boolean }).help) return { help: true };
    return { values: values as Flags<O> };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The parsed arguments, or the process ends: usage on stdout for --help, the error and usage on stderr otherwise. */
export function argsOrExit<T extends object>(parsed: ArgsResult<T>, usage: string): T {
  if ('help' in parsed) {
    console.log(usage);
    process.exit(0);
  }
  if ('error' in parsed) {
    console.error(`${parsed.error}\n\n${usage}`);
    process.exit(2);
  }
  return parsed;
}
