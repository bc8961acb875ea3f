/**
 * Figures written in digits, read as numbers: separators dropped, scale words applied by the
 * number parser itself so that "1.2 million" is exactly 1200000.
 */

import { SCALES } from './vocabulary.js';

/** The digits of a figure without thousands separators: "600,000" gives "600000". */
export function plainNumber(raw: string): string {
  return /^[\d.]+$/u.test(raw) ? raw : raw.replace(/[, \u00a0\u202f\u2009]/gu, '');
}

/** The value of a figure in digits: "600,000" gives 600000. */
export function parseFigure(raw: string): number {
  return Number(plainNumber(raw));
}

/** A figure times its scale word, computed by the parser ("1.2e6"), so 1.2 million is exact. */
export function scaleFigure(raw: string, scale: string | undefined): number {
  const exponent = scale === undefined ? 0 : (SCALES.get(scale.toLowerCase()) ?? 0);
  return Number(`${plainNumber(raw)}e${exponent}`);
}

/** Whether a figure is written with thousands separators: "600,000", "1 000". */
export function isGrouped(raw: string): boolean {
  return /^\d{1,3}[, \u00a0\u202f\u2009]\d{3}/u.test(raw);
}
