// Text import: plain numbered text in, a typed and validated Draft out.

export {
  EXTRACTED_TERM_KINDS,
  type ExtractedTerm,
  type ExtractedTermKind,
  type ExtractTermsOptions,
  extractTerms,
  type TermLocation,
  type TermSpan,
} from './extract-terms.js';
export { type FromTextMeta, type FromTextOptions, fromText } from './from-text.js';
