/** FNV-1a over UTF-16 code units, as `src/internal` hashes tokens, ids and keys. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash;
}

/** `count` distinct words whose FNV-1a hashes agree in their low `bits` bits. */
export function collidingWords(count: number, bits: number): string[] {
  const mask = 2 ** bits - 1;
  const words: string[] = [];
  for (let serial = 0; words.length < count; serial++) {
    const word = `w${serial.toString(36)}`;
    if ((fnv1a(word) & mask) === (0x5a5a & mask)) words.push(word);
  }
  return words;
}
