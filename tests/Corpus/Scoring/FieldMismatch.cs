namespace CoachingDocs.Corpus;

/// <summary>One field of a case that the check got wrong: what the truth says and what the report said.</summary>
public sealed record FieldMismatch(string Field, string Expected, string Actual)
{
    public override string ToString() => $"{Field}: expected {Expected}, actual {Actual}";
}
