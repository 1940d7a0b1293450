// A colour per learning outcome for evidence controls, so a learner sees at a glance which LO a passage serves.
// Word accepts "#RRGGBB"; these are Fluent's accessible accent colours, distinct from each other.
export const LearningOutcomeColours: readonly string[] = [
  "#0F6CBD", "#C50F1F", "#107C10", "#8764B8", "#CA5010", "#038387", "#986F0B", "#5C2E91",
];

export function colourForOutcome(index: number): string {
  const n = LearningOutcomeColours.length;
  return LearningOutcomeColours[((index % n) + n) % n]!;
}
