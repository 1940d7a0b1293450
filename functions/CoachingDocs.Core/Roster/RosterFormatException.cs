namespace CoachingDocs.Core.Roster;

/// <summary>The file as a whole cannot be read as a roster (not a spreadsheet, no header row, a required column missing).</summary>
public sealed class RosterFormatException(string message) : Exception(message);
