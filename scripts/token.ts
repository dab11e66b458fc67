// `npm run token -- --sub alice --roles curator [--expires 1h]`: prints an HS256 token signed with JWT_SECRET, for
// local use (curators' tokens in production come from your identity provider).
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { loadConfigOrExit } from '../src/config.js';

const { values } = parseArgs({
  options: {
    sub: { type: 'string' },
    roles: { type: 'string', default: '' },
    expires: { type: 'string', default: '1h' },
  },
});

const { jwt } = loadConfigOrExit();
if (!jwt.secret) {
  console.error('JWT_SECRET is not set: export JWT_SECRET=<at least 32 characters> (the same value the API uses).');
  process.exit(1);
}
if (!values.sub) {
  console.error('Name the token holder: npm run token -- --sub <name> --roles curator');
  process.exit(1);
}

let token = new SignJWT({
  roles: values.roles
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean),
})
  .setProtectedHeader({ alg: 'HS256' })
  .setSubject(values.sub)
  .setIssuedAt()
  .setExpirationTime(values.expires);
if (jwt.issuer) token = token.setIssuer(jwt.issuer);
if (jwt.audience) token = token.setAudience(jwt.audience);
console.log(await token.sign(new TextEncoder().encode(jwt.secret)));
