namespace CoachingDocs.Core.Roster;

/// <summary>Why one roster row was not used: its spreadsheet row number (the header is row 1), the column if known, and the reason.</summary>
public sealed record RosterProblem(int Row, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"row {Row}: {Message}" : $"row {Row}, {Column}: {Message}";
}
