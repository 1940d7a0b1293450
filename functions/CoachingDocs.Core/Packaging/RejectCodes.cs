namespace CoachingDocs.Core.Packaging;

/// <summary>Stable codes for uploads that cannot be read at all (docs/findings.md). Clients may switch on them.</summary>
public static class RejectCodes
{
    public const string Empty = "REJECT_EMPTY";
    public const string TooLarge = "REJECT_TOO_LARGE";
    public const string NotZip = "REJECT_NOT_ZIP";
    public const string Pdf = "REJECT_PDF";
    public const string Truncated = "REJECT_TRUNCATED";
    public const string Encrypted = "REJECT_ENCRYPTED";
    public const string LegacyWord = "REJECT_LEGACY_DOC";
    public const string LegacyOffice = "REJECT_LEGACY_OFFICE";
    public const string MacroEnabled = "REJECT_MACRO_ENABLED";
    public const string ZipBomb = "REJECT_ZIP_BOMB";
    public const string TooManyEntries = "REJECT_TOO_MANY_ENTRIES";
    public const string Dtd = "REJECT_DTD";
    public const string TooDeep = "REJECT_TOO_DEEP";
    public const string Malformed = "REJECT_MALFORMED";
    public const string NotOffice = "REJECT_NOT_OFFICE";
    public const string UnsupportedKind = "REJECT_UNSUPPORTED_KIND";
    public const string EmptyDocument = "REJECT_EMPTY_DOCUMENT";
    public const string OtherUnit = "REJECT_OTHER_UNIT";
    public const string MixedUnits = "REJECT_MIXED_UNITS";
    public const string UnitUnknown = "REJECT_UNIT_UNKNOWN";
    public const string NoFiles = "REJECT_NO_FILES";
    public const string TooManyFiles = "REJECT_TOO_MANY_FILES";
}
