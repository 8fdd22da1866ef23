import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';

export interface TokenOptions {
  /** Seconds since the epoch or a span such as '5m'; a past time makes an expired token, null one without exp. */
  expiresIn?: string | number | null;
  /** Another key than the issuer's: a token whose signature does not verify. */
  key?: KeyLike;
}

export interface TestIssuer {
  /** What services take as OIDC_ISSUER; it serves discovery and its key set. */
  url: string;
  /** A token for `audience` with these claims (`sub` among them), signed by the issuer's key. */
  token(audience: string, claims: Record<string, unknown>, options?: TokenOptions): Promise<string>;
  stop(): Promise<void>;
}

/** An OpenID Connect issuer over HTTP, so services check real signatures against a real key set. */
export async function startTestIssuer(): Promise<TestIssuer> {
  const pair = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'carechain-test', alg: 'RS256', use: 'sig' };
  let url = '';
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration')
      res.end(JSON.stringify({ issuer: url, jwks_uri: `${url}/jwks` }));
    else if (req.url === '/jwks') res.end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    token: (audience, claims, { expiresIn = '5m', key = pair.privateKey } = {}) => {
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'carechain-test' })
        .setIssuer(url)
        .setAudience(audience)
        .setSubject(String(claims.sub ?? 'someone'))
        .setIssuedAt();
      return (expiresIn === null ? jwt : jwt.setExpirationTime(expiresIn)).sign(key);
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
