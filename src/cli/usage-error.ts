/** A command line the CLI cannot carry out as given: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
