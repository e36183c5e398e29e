import type { Command } from '../command';
import { checkCommand } from './check-command';
import { infoCommand } from './info-command';
import { initCommand } from './init-command';

/** Every CLI command; later issues add theirs here. */
export const commands: Command[] = [initCommand, infoCommand, checkCommand];
