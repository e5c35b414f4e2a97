/** The element id of the debrief's hand-in box, so the report's link at the bottom can bring it into view. */
export const HAND_IN_ID = 'hand-in';
