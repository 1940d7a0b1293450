using CoachingDocs.Core.Generation;

namespace CoachingDocs.Core.Roster;

/// <summary>
/// One learner from a roster: their details, the qualification and the units to make documents for (empty means every
/// unit of the qualification). <see cref="Row"/> is the spreadsheet row the learner came from, for messages.
/// </summary>
public sealed record RosterEntry(int Row, LearnerDetails Learner, string QualificationId, IReadOnlyList<string> Units);
