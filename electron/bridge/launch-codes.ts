import { randomBytes } from 'node:crypto';
import { tokensEqual } from './security';

/**
 * One-time codes for the launch URL (`/?code=…`): the launcher prints one, the page that opens it gets the session
 * cookie, and the code is spent. Another code is issued only by the launcher itself (its terminal).
 */
export class LaunchCodes {
  private readonly open: string[] = [];

  issue(): string {
    const code = randomBytes(16).toString('hex');
    this.open.push(code);
    return code;
  }

  /** True once for a code this launch issued; false for any other string, and for the same code again. */
  spend(code: string): boolean {
    const index = this.open.findIndex((candidate) => tokensEqual(candidate, code));
    if (index < 0) return false;
    this.open.splice(index, 1);
    return true;
  }
}
