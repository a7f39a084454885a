/**
 * The renderer's Content-Security-Policy, in one place: main sends it as a header on every
 * response (src/main/electron/security.ts), the e2e harness serves the page with the same header
 * (tests/e2e/support/page-bridge.ts), and index.html carries it as a <meta> tag so it holds even
 * before any header can (a unit test keeps the tag equal to META_CONTENT_SECURITY_POLICY).
 *
 * No inline script, no eval, nothing from the network: only the app's own files.
 */
export const META_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** A <meta> policy cannot carry frame-ancestors; the header adds it. */
export const CONTENT_SECURITY_POLICY = `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
