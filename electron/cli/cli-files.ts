import { basename } from 'node:path';

type Direction = 'input' | 'output';

/** What a door (the runtime, the offline door) keeps the files a command names in. */
interface FileDoor {
  files: { register(file: { path: string; name: string; direction: Direction }): string };
}

/** The reference a command passes for the file at `path` (named by its own name), to be read (`input`) or written (`output`). */
export function cliFile(door: FileDoor, path: string, direction: Direction): string {
  return door.files.register({ path, name: basename(path), direction });
}
