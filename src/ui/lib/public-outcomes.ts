// The two outcomes the documents weigh against cooperation, and the public weighs first: deaths and public support.
// They stand beside the cooperation meters on every year, and in the debrief's tables.
export const PUBLIC_OUTCOMES: readonly string[] = ['violence', 'publicSupport'];
