// How much the class dashboard reads at once. No dependencies, so the interface can show the limits (and refuse a
// file that is too big) without loading the decoders.

/** A pasted list or a dropped file longer than this (2 MB; a class of 40 codes is about 40 KB) is refused unread. */
export const MAX_LIST_CHARS = 2_000_000;
/** At most this many codes are read from one list: each one is replayed in full. */
export const MAX_LIST_CODES = 400;
