// Who may write: a bearer JWT (HS256, verified with jose against JWT_SECRET) whose `roles` claim contains
// "curator". Reads need no token, so a token is only looked at when a mutation asks for a curator.
import { errors as joseErrors, jwtVerify } from 'jose';
import type { Config } from '../config.js';
import type { Author } from '../data/curation.js';
import { accessError, ErrorCode } from './errors.js';

export const CURATOR_ROLE = 'curator';

const unauthenticated = (message: string) => accessError(ErrorCode.UNAUTHENTICATED, message);
const forbidden = (message: string) => accessError(ErrorCode.FORBIDDEN, message);

function describeTokenError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'the token has expired';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'the token signature does not match';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not accepted`;
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'the token must be signed with HS256';
  return 'the token is malformed';
}

export async function requireCurator(authorization: string | undefined, jwt: Config['jwt']): Promise<Author> {
  if (!jwt.secret) {
    throw forbidden(
      'Curation is disabled on this server: set JWT_SECRET (at least 32 characters) and send a curator token ' +
        '(npm run token -- --sub <name> --roles curator).',
    );
  }
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) throw unauthenticated('Curation needs a token: send the header "Authorization: Bearer <JWT>".');
  let payload;
  try {
    ({ payload } = await jwtVerify(match[1], new TextEncoder().encode(jwt.secret), {
      algorithms: ['HS256'],
      issuer: jwt.issuer,
      audience: jwt.audience,
    }));
  } catch (error) {
    throw unauthenticated(`Invalid token: ${describeTokenError(error)}.`);
  }
  if (typeof payload.sub !== 'string' || payload.sub === '') throw unauthenticated('Invalid token: it names no subject ("sub").');
  const roles = Array.isArray(payload.roles) ? payload.roles : [];
  if (!roles.includes(CURATOR_ROLE)) throw forbidden(`Only curators may write: the token's roles claim must contain "${CURATOR_ROLE}".`);
  return { sub: payload.sub };
}
