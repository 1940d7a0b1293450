namespace CoachingDocs.Core.Packaging;

/// <summary>The kinds of Office package the reader understands.</summary>
public enum PackageFormat
{
    Word,
    Excel,
}
