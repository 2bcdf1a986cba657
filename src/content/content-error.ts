/**
 * Thrown when the content library (built-in files or an operator's extra directory) does not
 * validate. Every problem is listed, so one start-up run shows an operator all that needs fixing.
 */
export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.length === 1 ? problems.join('') : `${problems.length} content problems:\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}
