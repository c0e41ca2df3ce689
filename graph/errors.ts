// Typed errors with a code. Library code throws these; only the CLI catches them,
// prints one line and sets the exit code.

export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_INVALID'
  | 'EXTRACTION_INVALID'
  | 'EXTRACTION_BUDGET'
  | 'STORE_UNAVAILABLE'
  | 'STORE_READONLY'
  | 'QUERY_REFUSED'
  | 'NOT_FOUND'
  | 'INVALID_ARGUMENT'
  | 'CONFIG_INVALID';

export class KgError extends Error {
  readonly code: ErrorCode;
  /** Whether trying the same operation again may succeed (as neo4j-driver's `retriable`). */
  readonly retriable: boolean;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; retriable?: boolean }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KgError';
    this.code = code;
    this.retriable = options?.retriable ?? false;
  }
}

/** A problem with one input (file, URL, JSONL line); names the input in its message. */
export class InputError extends KgError {
  readonly input: string;

  constructor(code: ErrorCode, input: string, problem: string, options?: { cause?: unknown }) {
    super(code, `${input}: ${problem}`, options);
    this.name = 'InputError';
    this.input = input;
  }
}

export class StoreUnavailableError extends KgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_UNAVAILABLE', message, { ...options, retriable: true });
    this.name = 'StoreUnavailableError';
  }
}

/**
 * Another process writes the embedded store's file: a second writer would silently drop the first one's articles.
 * Retriable (the lock goes away when the holder ends); the loader stops its batch on it as on any unavailable store.
 */
export class StoreLockedError extends StoreUnavailableError {
  readonly file: string;
  readonly holderPid: number | null;

  constructor(file: string, holderPid: number | null, message: string) {
    super(message);
    this.name = 'StoreLockedError';
    this.file = file;
    this.holderPid = holderPid;
  }
}

export class NotFoundError extends KgError {
  constructor(message: string) {
    super('NOT_FOUND', message);
    this.name = 'NotFoundError';
  }
}

export class InvalidArgumentError extends KgError {
  constructor(message: string) {
    super('INVALID_ARGUMENT', message);
    this.name = 'InvalidArgumentError';
  }
}
