/** 1 "a", 26 "z", 27 "aa": bijective base 26, so every position has letters. */
export function letterOf(position: number): string {
  let rest = position;
  let letters = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(97 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}
