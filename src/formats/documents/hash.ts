/** sha-256 of a file's bytes through Web Crypto (`crypto.subtle`, present in Node 20, browsers and workers). */

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // digest() takes an ArrayBuffer-backed view; a view of a SharedArrayBuffer is copied first
  const view = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', view));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}
