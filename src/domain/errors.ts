// Expected failures as plain classes, thrown by the data and database layers and by argument checks. They know
// nothing of GraphQL: src/graphql/errors.ts gives each its code, in one place.

/** Something the caller asked for is wrong: names the argument (or input field) and what is allowed. */
export class BadInputError extends Error {
  override readonly name: string = 'BadInputError';
  constructor(
    readonly argument: string,
    problem: string,
  ) {
    super(`${argument}: ${problem}`);
  }
}

/** A name that several roles or skills answer to: the person picks one of the candidates by id. */
export class AmbiguousNameError extends BadInputError {
  override readonly name = 'AmbiguousNameError';
  constructor(
    argument: string,
    kind: string,
    name: string,
    readonly candidates: { id: string; name: string }[],
  ) {
    const list = candidates.map((c) => `${c.name} (${c.id})`).join(', ');
    super(argument, `"${name}" could name several ${kind}s: ${list}; pass one of their ids`);
  }
}

/** No node with these ids. `by` says what the references may be: an id, or (where names are accepted) an id or a name. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly kind: string,
    readonly ids: string[],
    by = 'id',
  ) {
    super(`No ${kind} with ${by} ${ids.map((id) => `"${id}"`).join(', ')}`);
  }
}

/** The database (or a part of it the answer needs) cannot serve right now; `message` says what to do about it. */
export class UnavailableError extends Error {
  override readonly name: string = 'UnavailableError';
  constructor(options: { cause?: unknown; message?: string } = {}) {
    super(options.message ?? 'The database is unavailable; try again shortly.', { cause: options.cause });
  }
}

/** A statement outlived the configured timeout and the database stopped it. */
export class QueryTimeoutError extends Error {
  override readonly name = 'QueryTimeoutError';
  constructor(statement: string, options?: { cause?: unknown }) {
    super(`The query took longer than the configured timeout and was stopped (${statement}).`, options);
  }
}

/** Every expected failure; anything else is unexpected (logged in full, masked for the client). */
export type DomainError = BadInputError | NotFoundError | UnavailableError | QueryTimeoutError;

export const isDomainError = (error: unknown): error is DomainError =>
  error instanceof BadInputError || error instanceof NotFoundError || error instanceof UnavailableError || error instanceof QueryTimeoutError;
