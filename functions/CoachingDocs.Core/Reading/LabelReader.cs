using System.Globalization;
using System.Text.RegularExpressions;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// Reads a document that has no tags (or lost them) by its labels: label/value cells of the ILM forms and our
/// templates, grid tables with a header row (one row a session), "Label: value" lines, "AC 2.1 ..." headings and the
/// one-line session headings of free-format diaries. Forms are told apart by their titles.
/// </summary>
internal sealed partial class LabelReader
{
    private readonly DocumentReading _reading;
    private readonly RecordAssembler _assembler;
    private readonly List<EvidencePassage> _paragraphEvidence = [];
    private string? _form;
    private string? _heading;
    private RecordDraft _draft;
    private List<string> _criteria = [];
    private bool _lastWasCriterionHeading;
    private Dictionary<int, LabelMeaning>? _header;
    private int _headerColumns;
    private bool _summaryTable;
    private string? _lastClient;
    private string? _titleForm;
    private bool _draftFromHeading;
    private int? _criterionLevel;
    private string? _contextClient;
    private readonly List<(int Minutes, ReadLocation At, string? Client)> _labelledTotals = [];
    private int _tablePairs;
    private int _pairsUnderCriteria;
    private int _freeHeadings;
    private bool _bareDurations;

    [GeneratedRegex(@"^(?:unit\s*\d+\s*[-–—]\s*)?ac\s*\d+\.\d+", RegexOptions.IgnoreCase)]
    private static partial Regex CriterionHeading();

    // "AC1.3" as well as "AC 1.3": no word boundary between the letters and the number.
    [GeneratedRegex(@"(?<![\d.])\d+\.\d+(?![\d.])")]
    private static partial Regex CriterionRefs();

    [GeneratedRegex(@"(?:(?<a>\d{1,3})\s*)?/\s*(?<max>\d{1,3})\s*marks?\s*(?:\(\s*min\.?\s*(?<min>\d{1,3})\s*\))?", RegexOptions.IgnoreCase)]
    private static partial Regex MarkCell();

    [GeneratedRegex(@"^\s*(?<n>\d{1,3})\s*$")]
    private static partial Regex BareNumber();

    /// <summary>"kind#section" keys, made once rather than for every answer read.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Kind, string Section), string> SectionKeys = new();

    private static readonly LabelMeaning ReflectionText = new(FieldNames.Reflection, "reflection");

    private LabelReader(DocumentReading reading, string? form)
    {
        _reading = reading;
        _assembler = new RecordAssembler(reading);
        _form = form;
        _draft = NewDraft(new ReadLocation(reading.FileName, FormLabels.Title(form)));
    }

    /// <summary>Reads <paramref name="blocks"/> into <paramref name="reading"/>; returns how the meaning was found.</summary>
    public static ReadingMode Read(IReadOnlyList<WordBlock> blocks, DocumentReading reading, string? form)
    {
        var reader = new LabelReader(reading, form);
        foreach (var block in blocks)
        {
            if (block is ParagraphBlock p) reader.Paragraph(p);
            else if (block is TableBlock t) reader.Table(t);
        }
        reader.Flush();
        reader.AddPerClientTotals();
        // Free paragraphs under "AC" headings are the learner's own writing unless the AC blocks hold form answers (label
        // and value cells): then they are the form's instructions. A details table above the answers changes nothing.
        if (reader._pairsUnderCriteria == 0) reading.Evidence.AddRange(reader._paragraphEvidence);
        return reader._tablePairs == 0 && reader._freeHeadings > 0 ? ReadingMode.FreeText : ReadingMode.Labels;
    }

    /// <summary>
    /// Only the legacy mark-sheet rows ("/70 marks (min 35)" beside the mark, "Total marks"): for a tagged sheet, whose
    /// marks sit in cells the tags do not name as records, so the arithmetic runs on generated sheets too.
    /// </summary>
    public static void ReadMarks(IReadOnlyList<WordBlock> blocks, DocumentReading reading)
    {
        var reader = new LabelReader(reading, FormLabels.MarkSheetForm);
        foreach (var table in blocks.OfType<TableBlock>())
            foreach (var row in table.Rows)
                reader.MarkRow(row, new ReadLocation(reading.FileName, FormLabels.Title(FormLabels.MarkSheetForm), Table: table.Number, Row: row.Number));
    }

    private void Paragraph(ParagraphBlock p)
    {
        var at = Here() with { Paragraph = p.Number };
        _header = null;
        var wasCriterion = _lastWasCriterionHeading;
        _lastWasCriterionHeading = false;

        if (CriterionHeading().IsMatch(p.Text))
        {
            var refs = CriterionRefs().Matches(p.Text[..Math.Min(p.Text.Length, 24)]).Select(m => m.Value);
            // Stacked headings (Appendix 5's "AC 2.2" / "AC 2.3" / "AC 2.4" over the session records) share what follows.
            _criteria = wasCriterion ? [.. _criteria.Union(refs)] : [.. refs];
            _lastWasCriterionHeading = true;
            _criterionLevel = p.IsHeading ? p.Level : null;
            return;
        }
        // A heading at the AC heading's level or above ends its block ("Authenticity of work" after the answers);
        // a sub-heading ("The Coaching Contract" under "AC1.3 ...") stays inside it.
        if (p.IsHeading && _criteria.Count > 0 && _criterionLevel is { } level && p.Level <= level) _criteria = [];
        if (FormLabels.FindWithValue(p.Text) is { } pair && pair.Value.Length > 0)
        {
            Pair(pair.Meaning, pair.Value, at);
            return;
        }
        if (FreeTextHeadings.Read(p.Text, p.IsHeading) is { } heading)
        {
            _freeHeadings++;
            Flush();
            // "Session 3 – Coachee A – date" under a "Reflections" title is a reflection on that session, not a session.
            _form = heading.Form == DocumentKinds.CoachingDiary && _titleForm == DocumentKinds.ReflectiveLog ? DocumentKinds.ReflectiveLog : heading.Form;
            if (p.Text.Length <= 60) _heading = p.Text;
            _draft = NewDraft(at with { Section = FormLabels.Title(_form), Session = FreeTextHeadings.SessionNumberIn(heading.Fields) });
            _draftFromHeading = true;
            foreach (var (field, value) in heading.Fields) _draft.Set(field, value, at);
            return;
        }
        if (FormLabels.FormFromTitle(p.Text) is { } form && (p.IsHeading || p.Text.Length <= 60))
        {
            Flush();
            _form = form;
            _titleForm = form;
            _contextClient = null;
            _heading = p.Text.Length <= 90 ? p.Text : FormLabels.Title(form);
            _criteria = [];
            _draft = NewDraft(Here() with { Paragraph = p.Number });
            return;
        }
        if (p.IsHeading && p.Text.Length <= 80) _heading = p.Text;
        NoteExceptional(p.Text, at);
        // Our own template's printed lines ("Use SMART objectives ...") are never the learner's writing.
        if (_criteria.Count > 0 && TemplateBaseline.Added(_reading.Kind ?? _form, p.Text).Length > 0)
            _paragraphEvidence.Add(new EvidencePassage(_criteria, null, p.Text, at, EvidenceSource.Label));
        // The body of a free-format session: its own reflection or feedback lines arrive as "Label: value" pairs above.
        if (_draft.IsEmpty) return;
        // Under a reflection heading ("Session 3 – Coachee A – date" in a Reflections section) the text is the reflection.
        if (_form == DocumentKinds.ReflectiveLog && _draftFromHeading)
        {
            _draft.Set(FieldNames.Reflection, p.Text, at);
            AddSection(ReflectionText, p.Text, at);
        }
        else _draft.Texts.Add(("body", p.Text));
    }

    private void Table(TableBlock table)
    {
        if (_header is not null && (table.Rows.Count == 0 || table.Rows[0].Cells.Count != _headerColumns)) _header = null;
        Dictionary<int, RecordDraft>? columns = null;
        Dictionary<int, LabelMeaning>? labelsAbove = null;
        var here = Here() with { Table = table.Number };
        foreach (var row in table.Rows)
        {
            var at = here with { Row = row.Number };
            if (MarkRow(row, at)) continue;
            if (_form == DocumentKinds.ReflectiveLog && EntryColumns(row, at) is { Count: > 0 } found)
            {
                FlushColumns(columns);
                columns = found;
                continue;
            }
            if (columns is not null && row.Cells.Count > 1 && FormLabels.Find(row.Cells[0].Text) is { } question)
            {
                foreach (var cell in row.Cells.Skip(1))
                    if (columns.TryGetValue(cell.GridColumn, out var entry) && Value(cell.Text) is { Length: > 0 } answer)
                    {
                        entry.Set(question.Field is { Length: > 0 } f ? f : FieldNames.Reflection, answer, at);
                        AddSection(question, answer, at with { Session = entry.Location.Session });
                    }
                continue;
            }
            // Each cell is looked up once per row; the header test and the pairing both use the result.
            var meanings = new LabelMeaning?[row.Cells.Count];
            for (var i = 0; i < meanings.Length; i++) meanings[i] = FormLabels.Find(row.Cells[i].Text);
            if (HeaderRow(row, meanings) is { } header)
            {
                var summary = IsSummary(header);
                if (summary && !(_summaryTable && _header is not null))
                    _assembler.Warn(WarningCodes.RowNotASession, "a table of hours per client: figures the learner stated, not sessions; sessions are counted from their own records", at);
                // A header repeated on each page (no paragraph between the tables) keeps what the durations above it were.
                if (_header is null) _bareDurations = false;
                (_header, _headerColumns, _summaryTable) = (header, row.Cells.Count, summary);
                if (_criteria.Count > 0) _pairsUnderCriteria++; // a form's grid under an AC heading: its paragraphs are instructions
                continue;
            }
            if (_header is not null) GridRow(row, at);
            else if (labelsAbove is not null && !HasOwnLabel(meanings)) LabelsAboveRow(labelsAbove, row, at);
            else if (SectionLabels(row, meanings) is { } labels)
            {
                labelsAbove = labels;
                continue;
            }
            else PairRow(row, meanings, at);
            labelsAbove = null;
        }
        FlushColumns(columns);
    }

    /// <summary>
    /// A row of section labels only ("Strengths | Weaknesses" of a SWOT grid): the answers are in the cells under them,
    /// in the next row. A row with a record column (client, date, duration) is a header row instead.
    /// </summary>
    private static Dictionary<int, LabelMeaning>? SectionLabels(TableRowBlock row, LabelMeaning?[] meanings)
    {
        if (row.Cells.Count < 2) return null;
        // Checked before anything is allocated: this runs for most rows of a form.
        foreach (var meaning in meanings)
            if (meaning is not { Section: not null } || meaning.Field is not (FormLabels.Ignored or null)) return null;
        var map = new Dictionary<int, LabelMeaning>();
        for (var i = 0; i < meanings.Length; i++) map[row.Cells[i].GridColumn] = meanings[i]!;
        return map;
    }

    /// <summary>
    /// A cell holding a label of the form being read ("Building a rapport" under the observation's "Skills and knowledge
    /// observed | Comment" headings) starts a label → value row; a label of another form ("Listening" in a plan's SWOT)
    /// is an answer like any other.
    /// </summary>
    private bool HasOwnLabel(LabelMeaning?[] meanings) =>
        meanings.Any(m => m is not null && ((m.Section is { } section && _form is not null && SectionNames.Exists(_form, section))
            || m.Field is { Length: > 0 }));

    private void LabelsAboveRow(Dictionary<int, LabelMeaning> labels, TableRowBlock row, ReadLocation at)
    {
        foreach (var cell in row.Cells)
            if (labels.TryGetValue(cell.GridColumn, out var meaning) && Value(cell.Text) is { Length: > 0 } answer)
            {
                CountTablePair();
                Pair(meaning, answer, at);
            }
    }

    /// <summary>The ILM reflective log puts two entries side by side, one per "Session date____" column.</summary>
    private Dictionary<int, RecordDraft>? EntryColumns(TableRowBlock row, ReadLocation at)
    {
        var found = new Dictionary<int, RecordDraft>();
        foreach (var cell in row.Cells)
        {
            if (!FormLabels.Normalise(cell.Text).StartsWith("session date", StringComparison.Ordinal)) continue;
            // A bare "Session date" label with a cell after it is a label / value pair (our reflective log's entry
            // table), not a column heading: the side-by-side columns write "Session date____" or the date in the cell.
            if (cell.GridColumn != row.Cells[^1].GridColumn && cell.Text.Trim().TrimEnd(':').Trim().Length <= "session date".Length) continue;
            var draft = new RecordDraft(DocumentKinds.ReflectiveLog, at);
            if (_draft.Get(FieldNames.ClientRef) is { } client) draft.Set(FieldNames.ClientRef, client, at);
            var value = Value(cell.Text[Math.Min(cell.Text.Length, "session date".Length)..].TrimStart(':', ' ', '_'));
            if (value.Length > 0) draft.Set(FieldNames.SessionDate, value, at);
            found[cell.GridColumn] = draft;
        }
        return found;
    }

    private void FlushColumns(Dictionary<int, RecordDraft>? columns)
    {
        if (columns is null) return;
        foreach (var draft in columns.Values.Where(d => d.Fields.Count > (d.Get(FieldNames.ClientRef) is null ? 0 : 1) || d.Texts.Count > 0))
            _assembler.Flush(draft);
    }

    /// <summary>
    /// A header row: at least two record columns (client, date, duration, session, start, end) named by a known label
    /// or by the vocabulary of column headings (<see cref="HeaderVocabulary"/>); any other cell a short heading, not a
    /// value. A form row of labels each followed by its value ("Client Ref/ID | C1 | Session No. | 1") is no header.
    /// </summary>
    private static Dictionary<int, LabelMeaning>? HeaderRow(TableRowBlock row, LabelMeaning?[] meanings)
    {
        if (row.Cells.Count < 2) return null;
        // Cheap first: a row with an empty cell, or a digit in a cell that is no known label, is data (most rows).
        for (var i = 0; i < meanings.Length; i++)
            if (row.Cells[i].Text.Length == 0 || (meanings[i] is null && row.Cells[i].Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)) return null;
        // A form row of labels each followed by its value ("Client Ref/ID | C1 | Session No. | 1") is no header.
        if (meanings.Length % 2 == 0 && Enumerable.Range(0, meanings.Length).All(i => (i % 2 == 0) == (meanings[i] is not null))) return null;
        var map = new Dictionary<int, LabelMeaning>();
        var keys = 0;
        for (var i = 0; i < meanings.Length; i++)
        {
            var text = row.Cells[i].Text;
            if (text.Length == 0) return null;
            var meaning = meanings[i] ?? HeaderVocabulary.Classify(text);
            if (meaning is null)
            {
                if (text.Length > 50 || text.Any(char.IsDigit)) return null;
                continue;
            }
            map[row.Cells[i].GridColumn] = meaning;
            if (meaning.Field is FieldNames.ClientRef or FieldNames.SessionDate or FieldNames.Duration or FieldNames.SessionNumber
                or FieldNames.StartTime or FieldNames.EndTime or FormLabels.PlanDate || meaning.Section == "objectives") keys++;
        }
        if (keys >= 2) return map;
        // One row a learner and what was written for each ("Learner | Learning needs | Learning style / preference", the
        // legacy D3.03 diary's parts): a client column beside columns that are sections of the form.
        var sectionColumns = map.Values.Count(m => m.Section is not null && m.Field is not (FieldNames.ClientRef or FieldNames.SessionDate or FieldNames.Duration));
        // Likewise a plan's reviews ("Review date | Progress"): a date column beside what was written for it.
        return keys == 1 && map.Values.Any(m => m.Field is FieldNames.ClientRef or FormLabels.PlanDate) && sectionColumns >= 1 ? map : null;
    }

    /// <summary>A table of hours per client (client and hours, no date or session): totals the learner stated, not sessions.</summary>
    private static bool IsSummary(Dictionary<int, LabelMeaning> header) =>
        header.Values.Any(m => m.Field == FieldNames.ClientRef) && header.Values.Any(m => m.Field == FieldNames.Duration)
        && !header.Values.Any(m => m.Field is FieldNames.SessionDate or FieldNames.SessionNumber or FieldNames.StartTime or FieldNames.EndTime);

    [GeneratedRegex(@"^(?:grand\s+)?total\b|^sub\s*-?\s*total|^target\b|^summary\b|^(?:required|minimum)\b|^balance\b|^running total", RegexOptions.IgnoreCase)]
    private static partial Regex NotASessionRow();

    [GeneratedRegex(@"\b(?:cancelled|canceled|did not attend|no[\s-]show|postponed|rescheduled)\b|^\s*dna\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Cancelled();

    private void GridRow(TableRowBlock row, ReadLocation at)
    {
        if (row.Cells.All(c => Value(c.Text).Length == 0)) return;
        var first = row.Cells.FirstOrDefault(c => c.Text.Length > 0)?.Text ?? "";
        if (NotASessionRow().IsMatch(first))
        {
            if (first.StartsWith("total", StringComparison.OrdinalIgnoreCase) || first.StartsWith("grand", StringComparison.OrdinalIgnoreCase))
                foreach (var cell in row.Cells)
                    if (_header!.TryGetValue(cell.GridColumn, out var m) && m.Field == FieldNames.Duration)
                    {
                        if (DurationParser.Parse(cell.Text, TotalHint(m.Hint, cell.Text), DurationParser.MaxTotalMinutes) is { } total) SetStatedTotal(total.Minutes, at);
                        else if (Value(cell.Text).Length > 0)
                            _assembler.Warn(WarningCodes.UnreadableCell, $"stated total \"{RecordAssembler.Short(cell.Text)}\" is not a number of hours", at);
                    }
            return;
        }
        if (_summaryTable) return;
        if (row.Cells.FirstOrDefault(c => Cancelled().IsMatch(c.Text)) is { } cancelled)
        {
            _assembler.Warn(WarningCodes.RowNotASession, $"row says \"{RecordAssembler.Short(cancelled.Text)}\": not counted as a session", at);
            return;
        }
        Flush();
        _draft = NewDraft(at);
        foreach (var cell in row.Cells)
            if (_header!.TryGetValue(cell.GridColumn, out var meaning))
            {
                if (meaning.Field == FieldNames.Duration && IsBareNumber(cell.Text)) _bareDurations = true;
                Pair(meaning, Value(cell.Text), at, breakOnRepeat: false);
            }
        // A table with no client column under a form naming the client ("Client Ref/ID | Client 1"): its rows are that client's.
        if (_contextClient is not null && _draft.Get(FieldNames.ClientRef) is null && !_header!.Values.Any(m => m.Field == FieldNames.ClientRef))
            _draft.Set(FieldNames.ClientRef, _contextClient, at);
    }

    /// <summary>
    /// What a bare number in a Total row means when the column heading does not say ("Duration", sessions "1h30"): a
    /// stated total is hours, as the units state their rules, unless the column's own sessions were bare numbers too
    /// (then the total is read like them, by its size).
    /// </summary>
    private DurationUnitHint TotalHint(DurationUnitHint hint, string text) =>
        hint == DurationUnitHint.None && !_bareDurations && IsBareNumber(text) ? DurationUnitHint.Hours : hint;

    private static bool IsBareNumber(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    private void PairRow(TableRowBlock row, LabelMeaning?[] meanings, ReadLocation at)
    {
        var cells = row.Cells;
        var scale = PrintedScale(cells);
        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i].Text;
            if (text.Length == 0 || (scale is { } s && i >= s.Start && i < s.End)) continue;
            if (meanings[i] is { } label)
            {
                var next = i + 1 < cells.Count ? cells[i + 1] : null;
                if (next is not null && (next.Text.Length == 0 || meanings[i + 1] is null) && !(scale is { } sc && i + 1 >= sc.Start && i + 1 < sc.End))
                {
                    CountTablePair();
                    Pair(label, Value(next.Text), at);
                    i++;
                }
                continue;
            }
            if (FormLabels.FindWithValue(text) is { } same)
            {
                CountTablePair();
                Pair(same.Meaning, same.Value, at);
                continue;
            }
            // A label on the first line of a cell and the answer on the lines under it.
            if (cells[i].Lines.Count > 1 && FormLabels.Find(cells[i].Lines[0]) is { } top)
            {
                CountTablePair();
                Pair(top, string.Join('\n', cells[i].Lines.Skip(1)), at);
                continue;
            }
            NoteExceptional(text, at);
            if (_criteria.Count > 0 && !cells[i].Continued)
                _reading.Evidence.Add(new EvidencePassage(_criteria, null, text, CurrentSession(at), EvidenceSource.Label));
        }
    }

    /// <summary>
    /// A rating scale the form printed ("poor | 1 | 2 | ... | 10 | excellent"): three or more cells counting up by one.
    /// Those numbers are the template's, never an answer; the learner's score sits elsewhere (or the scale is marked).
    /// </summary>
    private static (int Start, int End)? PrintedScale(IReadOnlyList<TableCellBlock> cells)
    {
        for (var start = 0; start < cells.Count; start++)
        {
            if (!int.TryParse(cells[start].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var first)) continue;
            var end = start + 1;
            while (end < cells.Count && int.TryParse(cells[end].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n == first + (end - start)) end++;
            if (end - start >= 3) return (start, end);
        }
        return null;
    }

    private void Pair(LabelMeaning meaning, string value, ReadLocation at, bool breakOnRepeat = true)
    {
        value = Value(value);
        var field = meaning.Field;
        switch (field)
        {
            case FieldNames.TotalHours:
                if (value.Length > 0)
                {
                    if (DurationParser.Parse(value, DurationUnitHint.Hours, DurationParser.MaxTotalMinutes) is { } total)
                    {
                        SetStatedTotal(total.Minutes, at);
                        _labelledTotals.Add((total.Minutes, at, RecordAssembler.ClientKey(_draft.Get(FieldNames.ClientRef) ?? _lastClient)));
                    }
                    else _assembler.Warn(WarningCodes.UnreadableCell, $"stated total \"{RecordAssembler.Short(value)}\" is not a number of hours", at);
                }
                return;
            case FieldNames.ExceptionalReason:
                if (value.Length > 2 && FormLabels.Normalise(value) is not ("n/a" or "na" or "none" or "not applicable"))
                {
                    _reading.ExceptionalReason ??= value;
                    _reading.ExceptionalReasonLocation ??= at;
                }
                return;
            case FieldNames.PlanMonths:
                if (decimal.TryParse(Regex.Match(value, @"\d+(\.\d+)?").Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var months))
                    _reading.StatedPlanMonths ??= months;
                return;
            case FieldNames.LearnerName or FieldNames.SupervisorName:
                return;
            case FieldNames.StartDate:
                if (_form == DocumentKinds.DevelopmentPlan && value.Length > 0) _draft.PlanDates.Add((value, at));
                return;
            case FormLabels.PlanDate:
                if (value.Length > 0) _draft.PlanDates.Add((value, at));
                return;
        }
        if (field == FieldNames.ClientRef && value.Length > 0)
        {
            _lastClient = value;
            if (breakOnRepeat) _contextClient = value; // a form's "Client Ref/ID: Client 1" heads the rows that follow
        }
        if (field is { Length: > 0 })
        {
            // A session heading ("Session 1 – Learner 1 – 04/03/25") over its own table repeats the heading's values.
            if (breakOnRepeat && _draftFromHeading && _draft.Get(field) is { } same && FormLabels.Normalise(same) == FormLabels.Normalise(value)) return;
            if (breakOnRepeat && _draft.Repeats(field))
            {
                Flush();
                _draft = NewDraft(at);
            }
            if (_draft.Fields.Count == 0) _draft.Location = at;
            _draft.Set(field, value, at, meaning.Hint);
        }
        else if (value.Length > 0 && meaning.Section is not null)
        {
            _draft.Texts.Add((meaning.Section, value));
        }
        if (value.Length == 0) return;
        AddSection(meaning, value, CurrentSession(at));
        if (_criteria.Count > 0 && field is not (FieldNames.ClientRef or FieldNames.SessionNumber or FieldNames.SessionDate or FieldNames.Duration))
            _reading.Evidence.Add(new EvidencePassage(_criteria, null, value, CurrentSession(at), EvidenceSource.Label));
    }

    private void AddSection(LabelMeaning meaning, string value, ReadLocation at)
    {
        if (meaning.Section is not { } section || _form is null) return;
        // A diary that keeps its reflections beside each session ("Reflection: ...") holds reflective-log content.
        var kind = _form is DocumentKinds.CoachingDiary && !SectionNames.Exists(_form, section) ? DocumentKinds.ReflectiveLog : _form;
        if (SectionNames.Exists(kind, section))
            _reading.Evidence.Add(new EvidencePassage([], SectionKeys.GetOrAdd((kind, section), k => k.Kind + "#" + k.Section), value, at, EvidenceSource.Label));
    }

    /// <summary>Legacy mark sheets: "/70 marks (min 35)" beside the assessor's mark, and a "Total marks" row.</summary>
    private bool MarkRow(TableRowBlock row, ReadLocation at)
    {
        if (row.Cells.Count == 0) return false;
        if (row.Cells[0].Text.StartsWith("Total mark", StringComparison.OrdinalIgnoreCase))
        {
            var number = row.Cells.Skip(1).Select(c => BareNumber().Match(c.Text)).FirstOrDefault(m => m.Success);
            if (number is not null) _reading.StatedTotalMarks = int.Parse(number.Groups["n"].Value, CultureInfo.InvariantCulture);
            return number is not null;
        }
        if (!row.Cells.Any(c => c.Text.Contains('/') && c.Text.Contains("mark", StringComparison.OrdinalIgnoreCase))) return false;
        var markCell = row.Cells.Select(c => (Cell: c, Match: MarkCell().Match(c.Text))).FirstOrDefault(x => x.Match.Success);
        if (markCell.Match is null) return false;
        var match = markCell.Match;
        var max = int.Parse(match.Groups["max"].Value, CultureInfo.InvariantCulture);
        int? min = match.Groups["min"].Success ? int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture) : null;
        var title = row.Cells[0].Lines.FirstOrDefault() ?? "";
        int? awarded = match.Groups["a"].Success ? int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture) : null;
        awarded ??= row.Cells.Where(c => c != markCell.Cell).Select(c => BareNumber().Match(c.Text)).Where(m => m.Success)
            .Select(m => (int?)int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).FirstOrDefault();
        if (awarded is { } a && a <= max) _reading.Marks.Add(new MarkEntry(title, a, max, min, at));
        else _assembler.Warn(WarningCodes.UnreadableMark, $"no mark out of {max} could be read for \"{RecordAssembler.Short(title)}\"", at);
        return true;
    }

    /// <summary>
    /// One diary header per client, each with its own "Total hours": the document's stated total is their sum. Totals
    /// not tied to different clients stay as they are (the first is the document's).
    /// </summary>
    private void AddPerClientTotals()
    {
        if (_labelledTotals.Count < 2 || _labelledTotals.Any(t => t.Client is null)) return;
        if (_labelledTotals.Select(t => t.Client).Distinct(StringComparer.Ordinal).Count() != _labelledTotals.Count) return;
        var sum = _labelledTotals.Sum(t => t.Minutes);
        _reading.StatedTotalMinutes = sum;
        _reading.StatedTotalLocation = _labelledTotals[0].At;
        _assembler.Warn(WarningCodes.StatedTotalsAdded,
            $"{_labelledTotals.Count} stated totals, one per client, added: {(sum / 60m).ToString("0.##", CultureInfo.InvariantCulture)} hours", _labelledTotals[0].At);
    }

    [GeneratedRegex(@"\bexceptional\s+circumstances?\b\s*(?:\([^)]*\))?\s*(?<sep>[:\-–—])?\s*(?<r>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ExceptionalMention();

    /// <summary>"... exceptional circumstances: Client 1 left the organisation" in free text records the reason for a third individual.</summary>
    private void NoteExceptional(string text, ReadLocation at)
    {
        if (_reading.ExceptionalReason is not null || text.Length > 600 || !text.Contains("exceptional", StringComparison.OrdinalIgnoreCase)) return;
        var m = ExceptionalMention().Match(text);
        if (!m.Success) return;
        var reason = m.Groups["sep"].Success ? m.Groups["r"].Value.Trim() : text.Trim();
        if (reason.Length < 6 || FormLabels.Normalise(reason) is "n/a" or "na" or "none" or "not applicable") return;
        _reading.ExceptionalReason = reason;
        _reading.ExceptionalReasonLocation = at;
    }

    private void SetStatedTotal(int minutes, ReadLocation at)
    {
        if (_reading.StatedTotalMinutes is not null) return;
        _reading.StatedTotalMinutes = minutes;
        _reading.StatedTotalLocation = at;
    }

    private void Flush() => _assembler.Flush(_draft);

    private void CountTablePair()
    {
        _tablePairs++;
        if (_criteria.Count > 0) _pairsUnderCriteria++;
    }

    private RecordDraft NewDraft(ReadLocation at)
    {
        _draftFromHeading = false;
        return new(_form, at);
    }

    private ReadLocation Here() => new(_reading.FileName, _heading ?? FormLabels.Title(_form));

    private ReadLocation CurrentSession(ReadLocation at) =>
        _form == DocumentKinds.CoachingDiary && _draft.Get(FieldNames.SessionNumber) is { } n && int.TryParse(n, out var number)
            ? at with { Session = number } : at;

    /// <summary>Form text that is not an answer: blanks to write on, and placeholders.</summary>
    private static string Value(string text)
    {
        var t = text.Trim().Trim('_').Trim();
        return t.Length == 0 || t.All(c => c is '_' or '.' or ' ' or '\n') || t.StartsWith("Click or tap here", StringComparison.OrdinalIgnoreCase) ? "" : t;
    }
}
