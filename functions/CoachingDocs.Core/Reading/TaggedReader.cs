using System.Globalization;
using System.Xml.Linq;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// Reads a document by its cd1 content controls, whichever of the four places they sit (block, run, row, cell):
/// fields fill the innermost repeating item (a session, an entry, a form) or the document header; sections and
/// evidence controls become evidence passages. Placeholder text Word shows in an empty control counts as empty.
/// </summary>
internal sealed class TaggedReader
{
    private readonly DocumentReading _reading;
    private readonly RecordAssembler _assembler;
    private readonly string? _kind;
    private RecordDraft _loose;
    private int _items;

    private TaggedReader(DocumentReading reading, string? kind)
    {
        _reading = reading;
        _assembler = new RecordAssembler(reading);
        _kind = kind;
        _loose = new RecordDraft(kind, Location(null, null));
    }

    /// <summary>True when the body has any cd1 field, item or section control worth reading by tags.</summary>
    public static bool HasStructureTags(XElement body) =>
        body.Descendants(W.Tag).Any(t => TagConvention.TryParse(t.Attribute(W.Val)?.Value, out var tag) && !tag.IsEvidence);

    /// <summary>Evidence (cd1:ac) controls are read in every document, tagged or not.</summary>
    public static void ReadEvidence(XElement body, DocumentReading reading)
    {
        foreach (var sdt in Controls(body, reading))
        {
            if (!TagConvention.TryParse(TagOf(sdt), out var tag) || !tag.IsEvidence) continue;
            var text = SectionText(sdt, reading.Kind);
            if (text.Length > 0)
                reading.Evidence.Add(new EvidencePassage(tag.Criteria, null, text, new ReadLocation(reading.FileName, "tagged passage"), EvidenceSource.Tag));
        }
    }

    public static void Read(XElement body, DocumentReading reading, string? kind)
    {
        var reader = new TaggedReader(reading, kind);
        reader.Walk(body);
        reader._assembler.Flush(reader._loose);
    }

    /// <summary>
    /// Content controls nested deeper than this are read as plain content (their text still counts in the controls
    /// around them). Our templates nest five; the bound keeps a hostile file's 100,000 nested controls linear.
    /// </summary>
    internal const int MaxControlDepth = 32;

    /// <summary>Where the walk resumes after a control's content: the next node, the item and depth there, and the
    /// item the content filled, to be flushed when it ends.</summary>
    private readonly record struct Resume(XNode? Next, RecordDraft? Item, int Depth, RecordDraft? Finished);

    /// <summary>Document order over the body with an explicit stack, never recursion (see <see cref="XmlWalk"/>).</summary>
    private void Walk(XElement body)
    {
        var resume = new Stack<Resume>();
        var node = body.FirstNode;
        RecordDraft? item = null;
        var depth = 0;
        while (true)
        {
            if (node is null)
            {
                if (resume.Count == 0) return;
                var back = resume.Pop();
                if (back.Finished is not null) _assembler.Flush(back.Finished);
                (node, item, depth) = (back.Next, back.Item, back.Depth);
                continue;
            }
            var next = node.NextNode;
            if (node is XElement child)
            {
                XElement? inner = null;
                var innerItem = item;
                RecordDraft? started = null;
                if (child.Name == W.Sdt) (inner, innerItem, started) = Control(child, item, depth);
                else if (child.Name == W.AlternateContent) inner = WordText.Chosen(child);
                else if (!WordText.IsRemoved(child) && child.HasElements) inner = child;
                if (inner?.FirstNode is { } first)
                {
                    resume.Push(new Resume(next, item, depth, started));
                    (node, item) = (first, innerItem);
                    if (child.Name == W.Sdt) depth++;
                    continue;
                }
                // Stryker disable once Statement : reached only when the item's content has no nodes, so the record it started is empty and Flush ignores it
                if (started is not null) _assembler.Flush(started);
            }
            node = next;
        }
    }

    /// <summary>Reads one control; returns the content to walk next, the item that content fills, and a record it starts.</summary>
    private (XElement? Content, RecordDraft? Item, RecordDraft? Started) Control(XElement sdt, RecordDraft? item, int depth)
    {
        var content = sdt.Element(W.SdtContent);
        if (content is null) return (null, item, null);
        if (depth >= MaxControlDepth)
        {
            TooDeep(_reading);
            return (content, item, null);
        }
        if (!TagConvention.TryParse(TagOf(sdt), out var tag)) return (content, item, null);
        switch (tag.Kind)
        {
            case TagConvention.RepeatingItemKind:
                var draft = new RecordDraft(FormOf(tag.Value), Location(tag.Value, ++_items))
                {
                    InheritedClientRef = item?.Get(FieldNames.ClientRef) ?? item?.InheritedClientRef,
                };
                return (content, draft, draft);
            case TagConvention.FieldKind:
                var value = ContentText(sdt);
                Field(tag.Value, value, item);
                return (null, item, null);
            case TagConvention.SectionKind:
                var text = SectionText(sdt, item?.Form ?? _kind);
                var kind = item?.Form ?? _kind;
                if (text.Length > 0 && kind is not null)
                {
                    _reading.Evidence.Add(new EvidencePassage([], kind + "#" + tag.Value, text, item?.Location ?? Location(null, null), EvidenceSource.Section));
                    (item ?? _loose).Texts.Add((tag.Value, text));
                }
                return (content, item, null); // sections may hold fields
            case TagConvention.EvidenceKind:
                // Tagged by the learner or the add-in, or placed by the generator around a section: located in its item.
                var passage = SectionText(sdt, item?.Form ?? _kind);
                if (passage.Length > 0)
                    _reading.Evidence.Add(new EvidencePassage(tag.Criteria, null, passage, item?.Location ?? Location(null, null), EvidenceSource.Tag));
                return (content, item, null);
            default:
                return (content, item, null);
        }
    }

    private static void TooDeep(DocumentReading reading)
    {
        if (reading.Warnings.Exists(w => w.Code == WarningCodes.ControlsTooDeep)) return;
        reading.Warnings.Add(new ReadWarning(WarningCodes.ControlsTooDeep,
            $"content controls are nested more than {MaxControlDepth} deep; the deeper ones were read as plain text", new ReadLocation(reading.FileName)));
    }

    /// <summary>Fields only a person's identity lives in, filled by the generator: never content, never logged.</summary>
    private static readonly HashSet<string> PersonalFields = new(StringComparer.Ordinal)
    {
        FieldNames.LearnerName, FieldNames.RegistrationNumber, FieldNames.CentreName, FieldNames.CentreNumber, FieldNames.AssessorName,
        FieldNames.QualificationTitle, FieldNames.UnitTitle, FieldNames.SupervisorName, FieldNames.PlannedSessions, FieldNames.FormTitle,
    };

    /// <summary>Answers of the reflective-log template, all of them reflection on the session.</summary>
    private static readonly HashSet<string> ReflectionFields = new(StringComparer.Ordinal)
    {
        "questioning", "listening", "feedbackImpact", "improvement", "learning", FieldNames.Feedback, FieldNames.Reflection,
    };

    /// <summary>Plan fields that hold a date or month the plan reaches.</summary>
    private static readonly HashSet<string> PlanDateFields = new(StringComparer.Ordinal)
    {
        FieldNames.StartDate, FieldNames.EndDate, "timescale", "reviewDate", FieldNames.SessionDate,
    };

    private void Field(string name, string value, RecordDraft? item)
    {
        var at = item?.Location ?? Location(null, null);
        if (PersonalFields.Contains(name)) return;
        var form = item?.Form ?? _kind;
        // The diary template names the client's feedback "clientFeedback" and keeps "feedback" for what the coach gave.
        if (form == DocumentKinds.CoachingDiary)
            name = name switch { "clientFeedback" => FieldNames.Feedback, FieldNames.Feedback => "feedbackGiven", _ => name };
        if (form == DocumentKinds.ReflectiveLog && ReflectionFields.Contains(name)) name = FieldNames.Reflection;
        if ((form == DocumentKinds.DevelopmentPlan || _kind == DocumentKinds.DevelopmentPlan) && PlanDateFields.Contains(name))
        {
            if (value.Length > 0) _loose.PlanDates.Add((value, at));
            return;
        }
        switch (name)
        {
            case FieldNames.TotalHours:
                if (value.Length > 0 && DurationParser.Parse(value, DurationUnitHint.Hours, DurationParser.MaxTotalMinutes) is { } total)
                {
                    _reading.StatedTotalMinutes ??= total.Minutes;
                    _reading.StatedTotalLocation ??= at;
                }
                else if (value.Length > 0) // said, as the label and Excel readers say it: a total nobody can compare is not silently gone
                    _assembler.Warn(WarningCodes.UnreadableCell, $"stated total \"{RecordAssembler.Short(value)}\" is not a number of hours", at);
                return;
            case FieldNames.ExceptionalReason:
                if (value.Length > 2) { _reading.ExceptionalReason ??= value; _reading.ExceptionalReasonLocation ??= at; }
                return;
            case FieldNames.PlanMonths:
                if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var months)) _reading.StatedPlanMonths ??= months;
                return;
            case FieldNames.UnitId:
                if (value.Length > 0 && _reading.UnitId is null) { _reading.UnitId = value; _reading.UnitIdSource = "unitId field"; }
                return;
            case FieldNames.StartDate or FieldNames.EndDate:
                return;
        }
        if (item is not null)
        {
            item.Set(name, value, at);
            if (name == FieldNames.SessionNumber && int.TryParse(value, out var n)) item.Location = item.Location with { Session = n };
            return;
        }
        // A field outside any item: a form holding one record, or sessions pasted without Word's repeating section.
        if (_loose.Repeats(name))
        {
            _assembler.Flush(_loose);
            _loose = new RecordDraft(_kind, at);
        }
        _loose.Set(name, value, at);
    }

    private string? FormOf(string block) => block switch
    {
        BlockNames.Session => _kind == DocumentKinds.HoursLog ? DocumentKinds.HoursLog : DocumentKinds.CoachingDiary,
        BlockNames.ReflectiveEntry => DocumentKinds.ReflectiveLog,
        BlockNames.FeedbackForm => DocumentKinds.ClientFeedback,
        BlockNames.SupervisionSession => DocumentKinds.SupervisionRecord,
        BlockNames.Objective => DocumentKinds.DevelopmentPlan,
        _ => "other",
    };

    private ReadLocation Location(string? block, int? ordinal)
    {
        var title = FormLabels.Title(block is null ? _kind : FormOf(block));
        if (title is "" or "other") title = block ?? "";
        // Items are located by their position ("#5": the fifth record), sessions also by the number written in them,
        // which the ILM forms count per client.
        return new ReadLocation(_reading.FileName, ordinal is { } o ? $"{title} #{o}" : title);
    }

    /// <summary>The controls outside deleted content, to <see cref="MaxControlDepth"/> levels, in document order.</summary>
    private static List<XElement> Controls(XElement body, DocumentReading reading)
    {
        var found = new List<XElement>();
        var resume = new Stack<(XNode? Next, int Depth)>();
        var node = body.FirstNode;
        var depth = 0;
        while (true)
        {
            if (node is null)
            {
                if (resume.Count == 0) return found;
                (node, depth) = resume.Pop();
                continue;
            }
            var next = node.NextNode;
            if (node is XElement child && !WordText.IsRemoved(child))
            {
                var inner = child;
                var innerDepth = depth;
                if (child.Name == W.Sdt)
                {
                    innerDepth++;
                    if (innerDepth <= MaxControlDepth) found.Add(child);
                    else TooDeep(reading);
                    inner = child.Element(W.SdtContent);
                }
                if (inner?.FirstNode is { } first)
                {
                    resume.Push((next, depth));
                    (node, depth) = (first, innerDepth);
                    continue;
                }
            }
            node = next;
        }
    }

    private static string? TagOf(XElement sdt) => sdt.Element(W.SdtPr)?.Element(W.Tag)?.Attribute(W.Val)?.Value;

    /// <summary>Fields that say who or which, filled by the generator or the learner, but evidence no AC.</summary>
    private static readonly HashSet<string> NotEvidence = new(PersonalFields, StringComparer.Ordinal)
    {
        FieldNames.ClientRef, FieldNames.SessionNumber, FieldNames.UnitId,
    };

    /// <summary>
    /// A section's (or evidence control's) own writing: the answer fields inside it when it has any fields (the
    /// template's labels and the generator's client references sit inside sections too, so they must not make a
    /// section look filled), else all its text (a passage the learner tagged).
    /// </summary>
    private static string SectionText(XElement sdt, string? kind)
    {
        var fields = sdt.Element(W.SdtContent) is { } content ? OutermostFields(content) : [];
        if (fields.Count == 0) return TemplateBaseline.Added(kind, ContentText(sdt));
        return string.Join('\n', fields.Where(f => !NotEvidence.Contains(f.Tag.Value)).Select(f => ContentText(f.Control)).Where(t => t.Length > 0));
    }

    /// <summary>The field controls in <paramref name="content"/>, not looking inside a field (its text already holds what it nests).</summary>
    private static List<(XElement Control, ParsedTag Tag)> OutermostFields(XElement content)
    {
        var fields = new List<(XElement, ParsedTag)>();
        XmlWalk.Elements(content, fields, static (child, found) =>
        {
            if (child.Name != W.Sdt) return child;
            if (TagConvention.TryParse(TagOf(child), out var tag) && tag.IsField)
            {
                found.Add((child, tag));
                return null;
            }
            return child.Element(W.SdtContent);
        });
        return fields;
    }

    private static string ContentText(XElement sdt)
    {
        if (sdt.Element(W.SdtPr)?.Element(W.ShowingPlaceholder) is not null) return "";
        return sdt.Element(W.SdtContent) is { } content ? WordText.Of(content) : "";
    }
}
