using System.Text;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// Where something was read, precise enough for an assessor to find it: the file, the form or heading it sits under,
/// the session number, and the table/row (Word) or sheet/row (Excel) or paragraph.
/// </summary>
public sealed record ReadLocation(
    string Document,
    string? Section = null,
    int? Session = null,
    int? Table = null,
    int? Row = null,
    int? Paragraph = null,
    string? Sheet = null)
{
    public override string ToString()
    {
        var text = new StringBuilder(Document);
        if (Section is { Length: > 0 }) text.Append(", ").Append(Section);
        if (Session is { } session) text.Append(", session ").Append(session);
        if (Sheet is { Length: > 0 }) text.Append(", sheet ").Append(Sheet);
        if (Table is { } table) text.Append(", table ").Append(table);
        if (Row is { } row) text.Append(", row ").Append(row);
        if (Paragraph is { } paragraph) text.Append(", paragraph ").Append(paragraph);
        return text.ToString();
    }
}
