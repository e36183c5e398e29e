/** `--data-dir PATH` or `--data-dir=PATH` among the launch arguments, else null. */
export function parseDataDirArg(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--data-dir') return argv[i + 1] ?? null;
    if (arg?.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return null;
}

/** `--today YYYY-MM-DD` or `--today=YYYY-MM-DD` among the launch arguments, else undefined (a missing value is ''). */
export function parseTodayArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--today') return argv[i + 1] ?? '';
    if (arg?.startsWith('--today=')) return arg.slice('--today='.length);
  }
  return undefined;
}
