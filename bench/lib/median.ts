/** The middle value of `values` (the upper one of an even count); the bench reports it over repeated runs. */
export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
