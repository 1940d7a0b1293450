/** A problem the learner can fix (nothing selected, no unit chosen): shown as it is, never as a stack trace. */
export class UserFacingError extends Error {}
