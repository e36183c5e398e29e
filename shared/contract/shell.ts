/** Native file dialogs, offered by the Electron preload only (browser mode uses upload/download instead). */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface PickedFile {
  /** Opaque reference the API accepts; never a path. */
  ref: string;
  name: string;
}

export interface DeskShell {
  openFile(options: { title: string; filters: FileFilter[] }): Promise<PickedFile | null>;
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<PickedFile | null>;
}

export const SHELL_CHANNELS = {
  openFile: 'desk-shell:open-file',
  saveFile: 'desk-shell:save-file',
} as const;
