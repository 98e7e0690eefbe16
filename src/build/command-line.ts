import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** What a script's command line is: its name in messages, how it is run, and its usage text. */
export interface Command {
  /** Prefix of every message: `ingest`, `build`. */
  name: string;
  /** How a user runs it, ending where its options begin: `npm run ingest --`. */
  invocation: string;
  /** Printed for `--help`: one line per option. */
  usage: string;
}

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** The values `parseArgs` returns for `options` (strict, no positionals), `--help` included. */
export type OptionValues<Options extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: Options & typeof HELP; strict: true; allowPositionals: false }>>['values'];

/**
 * Reads a script's options. `--help` (or `-h`) prints the usage and exits 0;
 * a mistake (an unknown option, a missing value, a stray argument) prints one
 * line saying what was wrong and how to list the options, and exits 1,
 * rather than Node's stack trace.
 */
export function readOptions<Options extends ParseArgsOptionsConfig>(command: Command, options: Options, args: string[] = process.argv.slice(2)): OptionValues<Options> {
  let values: { help?: boolean };
  try {
    values = parseArgs({ args, options: { ...options, ...HELP }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return exitWithError(command, `${optionMistake(error)} (${command.invocation} --help lists the options)`);
  }
  if (values.help) {
    console.log(command.usage);
    process.exit(0);
  }
  return values as OptionValues<Options>;
}

/** Prints `<name>: <message>` on stderr and exits 1: how every script reports a mistake it cannot go on from. */
export function exitWithError(command: Pick<Command, 'name'>, message: string): never {
  console.error(`${command.name}: ${message}`);
  process.exit(1);
}

/** What `parseArgs` found wrong, in one short sentence (its own messages run on with advice about `--`). */
export function optionMistake(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = String(message ?? error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${text.match(/'([^']+)'/)?.[1] ?? text}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument ${text.match(/'([^']+)'/)?.[1] ?? text}`;
  // "Option '--outDir <value>' argument missing", "Option '--keep' does not take an argument".
  const sentence = text.split(/\.\s/)[0].replace(/\.$/, '');
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
