// A real OpenID Connect provider for ModelGate's tests, listening on 127.0.0.1 only.
//
// Usage: node server.mjs CONFIG.json
// CONFIG: {port, issuer, audience, jwks: {keys: [private JWK]}, users: {login: [roles]},
//          clients: [{client_id, client_secret, roles?, ttl?}], ui_client: {client_id, client_secret},
//          id_token_ttl?: {login: seconds}}
// Prints "ready <issuer>" once listening. People sign in with devInteractions (any password).
import fs from 'node:fs';
import Provider from 'oidc-provider';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const users = config.users;
const robots = Object.fromEntries(config.clients.map((c) => [c.client_id, c]));

const clients = [
  {
    client_id: config.ui_client.client_id,
    client_secret: config.ui_client.client_secret,
    redirect_uris: ['http://127.0.0.1/ui/callback'],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  },
  ...config.clients.map((c) => ({
    client_id: c.client_id,
    client_secret: c.client_secret,
    redirect_uris: [],
    grant_types: ['client_credentials'],
    response_types: [],
    token_endpoint_auth_method: 'client_secret_basic',
  })),
];

const resourceServer = {
  scope: 'admin',
  audience: config.audience,
  accessTokenFormat: 'jwt',
  accessTokenTTL: 600,
  jwt: { sign: { alg: 'RS256' } },
};

const provider = new Provider(config.issuer, {
  clients,
  jwks: config.jwks,
  cookies: { keys: ['modelgate-test-cookie-key'] },
  pkce: { required: () => true },
  conformIdTokenClaims: false,
  claims: { openid: ['sub', 'roles'], profile: ['name'], email: ['email'] },
  scopes: ['openid', 'profile', 'email', 'admin'],
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, name: `Test ${id}`, email: `${id}@example.test`, roles: users[id] || [] };
      },
    };
  },
  features: {
    devInteractions: { enabled: true },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => config.audience,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, _indicator, client) => ({
        ...resourceServer,
        accessTokenTTL: robots[client.clientId]?.ttl ?? 600,
      }),
    },
  },
  async extraTokenClaims(_ctx, token) {
    if (token.kind === 'ClientCredentials') return { roles: robots[token.clientId]?.roles ?? [] };
    return { roles: users[token.accountId] || [] };
  },
  // First-party client: consent is implied, so the browser goes straight back after login.
  async loadExistingGrant(ctx) {
    const existing = ctx.oidc.result?.consent?.grantId
      || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (existing) return ctx.oidc.provider.Grant.find(existing);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid profile email');
    grant.addOIDCClaims(['roles', 'name', 'email']);
    await grant.save();
    return grant;
  },
  ttl: {
    ClientCredentials: (_ctx, _token, client) => robots[client.clientId]?.ttl ?? 600,
    AccessToken: 600,
    IdToken: (_ctx, token) => config.id_token_ttl?.[token.available?.sub] ?? 600,
    Interaction: 600,
    Session: 3600,
    Grant: 3600,
  },
});

// Any gateway port on the loopback interface may receive the code (tests pick free ports).
const allowed = /^http:\/\/127\.0\.0\.1:\d+\/ui\/callback$/;
provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(value) {
  return allowed.test(value);
};

provider.listen(config.port, '127.0.0.1', () => {
  process.stdout.write(`ready ${config.issuer}\n`);
});
