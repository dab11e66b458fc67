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

/** A role or skill a name may mean. */
export interface NamedCandidate {
  id: string;
  /** The role's title or the skill's name. */
  name: string;
}

/** The names offered for a reference that matched nothing as typed (near spellings of it). */
export interface NameSuggestions {
  reference: string;
  candidates: NamedCandidate[];
}

const named = (c: NamedCandidate) => `${c.name} (${c.id})`;

/** `A, B or C` */
const oneOf = (candidates: readonly NamedCandidate[]) =>
  candidates.length === 1 ? named(candidates[0]) : `${candidates.slice(0, -1).map(named).join(', ')} or ${named(candidates.at(-1)!)}`;

/** `. Did you mean X (x) or Y (y)?`, saying which reference each is for when there are several; empty without any. */
function didYouMean(suggestions: readonly NameSuggestions[], references: number): string {
  const offered = suggestions.filter((s) => s.candidates.length > 0);
  if (offered.length === 0) return '';
  if (references === 1) return `. Did you mean ${oneOf(offered[0].candidates)}?`;
  return `. Did you mean: ${offered.map((s) => `for "${s.reference}", ${oneOf(s.candidates)}`).join('; ')}?`;
}

/** A name that several roles or skills answer to: the person picks one of the candidates by id. */
export class AmbiguousNameError extends BadInputError {
  override readonly name = 'AmbiguousNameError';
  constructor(
    argument: string,
    kind: string,
    name: string,
    readonly candidates: NamedCandidate[],
  ) {
    super(argument, `"${name}" could name several ${kind}s: ${candidates.map(named).join(', ')}; pass one of their ids`);
  }
}

/** Skill names or ids (of one argument) that match nothing, with near spellings to offer. */
export class UnknownNameError extends BadInputError {
  override readonly name = 'UnknownNameError';
  constructor(
    argument: string,
    kind: string,
    references: string[],
    readonly suggestions: NameSuggestions[] = [],
  ) {
    super(argument, `no ${kind} with id or name ${references.map((r) => `"${r}"`).join(', ')}${didYouMean(suggestions, references.length)}`);
  }
}

/**
 * No node with these ids. `by` says what the references may be: an id, or (where names are accepted) an id or a
 * name, in which case near spellings may be offered.
 */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly kind: string,
    readonly ids: string[],
    by = 'id',
    /** Set where names are accepted (possibly empty: nothing near), left out for lookups by id. */
    readonly suggestions?: NameSuggestions[],
  ) {
    super(`No ${kind} with ${by} ${ids.map((id) => `"${id}"`).join(', ')}${didYouMean(suggestions ?? [], ids.length)}`);
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
