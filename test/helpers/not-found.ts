/**
 * @module test/helpers/not-found
 * A logged-out reader's 404 offers the login with the way back to the address asked for. Two
 * 404 pages must not differ in anything else: that is what keeps a hidden thing's existence secret.
 */
export function withoutWayBack(body: string, path: string): string {
  return body.replaceAll(`weiter=${encodeURIComponent(path)}`, 'weiter=…');
}
