/** `--data-dir PATH` or `--data-dir=PATH` among the launch arguments, else null. */
export function parseDataDirArg(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--data-dir') return argv[i + 1] ?? null;
    if (arg?.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return null;
}
