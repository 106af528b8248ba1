/** One thing wrong with an input file, located precisely enough to fix it. */
export interface Problem {
  /** Path relative to the project root. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** Dotted path of the field, such as `alerts.0` or `owner`. */
  field: string;
  message: string;
}

export function formatProblem({ file, line, field, message }: Problem): string {
  return `${file}:${line} ${field}: ${message}`;
}

/** Thrown when input files are invalid; the message lists every problem, one a line. */
export class HandbookError extends Error {
  readonly problems: Problem[];

  constructor(summary: string, problems: Problem[]) {
    super(`${summary}\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'HandbookError';
    this.problems = problems;
  }
}
