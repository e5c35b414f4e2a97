// A short check for text that travels or is stored: 32-bit FNV-1a, in base 36. It catches damage and hand edits,
// not forgery; nothing here is secret.
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
