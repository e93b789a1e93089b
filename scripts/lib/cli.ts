/** Value of `--name value` on the command line, or `fallback`. */
export function cliArg(argv: readonly string[], name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  const value = i >= 0 ? argv[i + 1] : undefined;
  if (i >= 0 && value === undefined) throw new Error(`--${name} needs a value`);
  return value ?? fallback;
}
