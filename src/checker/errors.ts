/**
 * The check cannot run as asked: a bad option, missing or stale `dist/`, invalid data.
 * The CLI prints the message and exits 2, unlike findings, which exit 1.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
