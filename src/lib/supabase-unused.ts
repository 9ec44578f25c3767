// Stands in, in production builds only, for the parts of supabase-js this app never calls but whose modules
// supabase-js imports anyway (see `leaveOutUnusedSupabase` in vite.config.ts): the auth admin API (it needs the
// service-role key, which never reaches a browser), passkey MFA (WebAuthn), Web3 sign-in and Storage's analytics
// (Iceberg) catalog. About 6 KB gzip on every page. Each stand-in fails loudly if it is ever used; to use one of
// those features, remove its entry from the plugin's list.
const leftOut = (feature: string) => () => {
  throw new Error(`${feature} is left out of this app's build; see leaveOutUnusedSupabase in vite.config.ts.`);
};

// @supabase/auth-js/dist/module/GoTrueAdminApi.js: constructed as `auth.admin`, never called.
export default class GoTrueAdminApi {}

// @supabase/auth-js/dist/module/lib/webauthn.js: `auth.mfa.webauthn` and the helpers GoTrueClient imports.
export class WebAuthnApi {}
export const webAuthnAbortService = { createNewAbortSignal: leftOut('WebAuthn'), cancelCeremony: () => {} };
export const browserSupportsWebAuthn = () => false;
export const createCredential = leftOut('WebAuthn');
export const getCredential = leftOut('WebAuthn');
export const deserializeCredentialCreationOptions = leftOut('WebAuthn');
export const deserializeCredentialRequestOptions = leftOut('WebAuthn');
export const serializeCredentialCreationResponse = leftOut('WebAuthn');
export const serializeCredentialRequestResponse = leftOut('WebAuthn');

// @supabase/auth-js/dist/module/lib/web3/ethereum.js: only `signInWithWeb3({ chain: 'ethereum' })` uses these.
export const createSiweMessage = leftOut('Web3 sign-in');
export const fromHex = leftOut('Web3 sign-in');
export const getAddress = leftOut('Web3 sign-in');
export const toHex = leftOut('Web3 sign-in');

// iceberg-js: `storage.analytics` only.
export class IcebergRestCatalog {
  constructor() {
    leftOut('Storage analytics (Iceberg)')();
  }
}
