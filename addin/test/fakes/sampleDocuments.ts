// Documents for the stand-in host, shaped like our coaching diary: session items (Word repeating-section items, which
// the stand-in, like Word, lists only when told the host exposes them) with duration fields and sections.
import { fieldTag, repeatingItemTag, repeatingSectionTag, sectionTag } from "../../src/convention/tagConvention";
import { control, text, type FakeNode } from "./fakeWordHost";

export function session(n: number, duration: string, goal: string): FakeNode {
  return control(repeatingItemTag("session"), [
    text(`Session ${n}. Client ref: `), control(fieldTag("clientRef"), "A"),
    text(" Date: "), control(fieldTag("sessionDate"), `0${n}/05/2025`),
    text(" Duration: "), control(fieldTag("duration"), duration),
    // As in templates/coaching-diary.docx: the section holds its label and the field the learner writes in.
    control(sectionTag("sessionGoal"), [text(" Goal for today's meeting: "), control(fieldTag("goal"), goal)]),
  ], "", undefined, "repeatingSectionItem");
}

export function diaryBody(durations: string[] = ["1.5 hrs", "90 mins"]): FakeNode[] {
  return [
    text("Coaching diary. "),
    control(sectionTag("contract"), ""),
    control(repeatingSectionTag("session"), durations.map((d, i) => session(i + 1, d, i === 0 ? "Agree priorities for the quarter" : "")), "", undefined, "repeatingSection"),
    text("Reflection: I listened more than I spoke and let the client find her own options. "),
    text("Next time I will summarise earlier so the client hears her own plan."),
  ];
}
