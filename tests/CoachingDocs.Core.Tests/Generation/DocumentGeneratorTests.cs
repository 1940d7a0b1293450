using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Templates;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoachingDocs.Core.Tests.Generation;

public class DocumentGeneratorTests
{
    private static readonly DocumentGenerator Generator = new(SampleCatalogue.Catalogue, TemplateStore.BuiltIn);

    public static TheoryData<string, string> UnitKinds => SampleCatalogue.UnitKinds();

    private static (byte[] Bytes, GeneratedFile File) Generate(string kind, string unitId, LearnerDetails? learner = null, string? qualificationId = null)
    {
        using var output = new MemoryStream();
        var file = Generator.Generate(new DocumentRequest(kind, unitId, qualificationId, learner ?? Learners.Sample()), output);
        return (output.ToArray(), file);
    }

    [Theory]
    [MemberData(nameof(UnitKinds))]
    public void Every_kind_generates_for_every_unit_it_applies_to_validates_and_reads_back(string unitId, string kind)
    {
        var learner = Learners.Sample();
        var unit = SampleCatalogue.Catalogue.FindUnit(unitId)!;
        var (bytes, file) = Generate(kind, unitId, learner);

        Assert.Equal(DocumentFileNames.Document(learner.RegistrationNumber, unitId, kind, DocumentKinds.FileExtension(kind)), file.FileName);
        Assert.DoesNotContain("Aoife", file.FileName);
        if (kind == DocumentKinds.HoursLog)
        {
            AssertWorkbook(bytes, unit, learner);
            return;
        }
        using var document = new GeneratedDocument(bytes);
        Assert.Equal(new DocumentIdentity(kind, document.Identity!.QualificationId, unit.Id, learner.RegistrationNumber, TemplateBuilder.TemplateVersion), document.Identity);
        Assert.Equal(learner.Name, document.Field(FieldNames.LearnerName));
        Assert.Equal(learner.RegistrationNumber, document.Field(FieldNames.RegistrationNumber));
        Assert.Equal(learner.CentreName, document.Field(FieldNames.CentreName));
        Assert.Equal(learner.CentreNumber, document.Field(FieldNames.CentreNumber));
        Assert.Equal(unit.Id, document.Field(FieldNames.UnitId));
        Assert.DoesNotContain(document.Body.InnerText, c => c is PersonalMarkerStart or PersonalMarkerEnd);
        Assert.All(document.Tags, t => Assert.True(t.Length <= TagConvention.MaxTagLength, t));

        // Every AC the catalogue says a section of this kind evidences is tagged in the document.
        var evidenceTags = document.Tags.Where(t => t.StartsWith("cd1:ac:", StringComparison.Ordinal)).ToList();
        foreach (var ac in unit.Criteria.Where(c => c.EvidencedBy.Any(e => e.StartsWith(kind + "#", StringComparison.Ordinal))))
            Assert.Contains(evidenceTags, t => TagConvention.TryParse(t, out var p) && p.Criteria.Contains(ac.Ref));
    }

    private const char PersonalMarkerStart = '\uE000', PersonalMarkerEnd = '\uE001';

    private static void AssertWorkbook(byte[] bytes, Unit unit, LearnerDetails learner)
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
        OpenXmlAssert.Valid(workbook);
        var part = workbook.WorkbookPart!;
        Assert.Equal(learner.RegistrationNumber, IdentityPart.Read(part)!.LearnerRef);
        var sheet = part.WorksheetParts.Single().Worksheet;
        string CellText(string reference) => sheet.Descendants<Cell>().Single(c => c.CellReference == reference).InnerText;
        Assert.Equal(learner.Name, CellText("B2"));
        Assert.Equal(learner.RegistrationNumber, CellText("B3"));
        Assert.Equal(unit.Id, CellText("B4"));
        // Our one formula is the total; no cell holding user text is a formula.
        var formulas = sheet.Descendants<Cell>().Where(c => c.CellFormula is not null).ToList();
        Assert.Equal("B5", Assert.Single(formulas).CellReference!.Value);
        Assert.All(sheet.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.InlineString), c => Assert.Null(c.CellFormula));
        Assert.NotNull(sheet.Descendants<Pane>().SingleOrDefault(p => p.State?.Value == PaneStateValues.Frozen));
        Assert.True(sheet.Descendants<DataValidation>().Count() >= 5);
        var headings = sheet.Descendants<Row>().Single(r => r.RowIndex! == (uint)HoursLogLayout.HeaderRow).Elements<Cell>().Select(c => c.InnerText);
        Assert.Equal(HoursLogLayout.Columns, headings);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(12)]
    public void Session_blocks_follow_planned_sessions(int sessions)
    {
        var unit = PracticalUnit();
        using var diary = new GeneratedDocument(Generate(DocumentKinds.CoachingDiary, unit.Id, Learners.Sample(sessions)).Bytes);
        var items = diary.Items(BlockNames.Session);
        Assert.Equal(sessions, items.Count);
        Assert.Equal(Enumerable.Range(1, sessions).Select(n => n.ToString()), items.Select(i => GeneratedDocument.FieldIn(i, FieldNames.SessionNumber)));
        Assert.All(items, i => Assert.Equal("CL-01", GeneratedDocument.FieldIn(i, FieldNames.ClientRef))); // one client: every session is theirs
        // Word's repeating section, so the learner can add a session with "+".
        var repeating = ContentControls.WithTag(diary.Body, TagConvention.RepeatingSection(BlockNames.Session)).Single();
        Assert.True(ContentControls.IsRepeatingSection(repeating));
        Assert.All(items, i => Assert.True(ContentControls.IsRepeatingItem(i)));

        if (unit.DocumentKinds.Contains(DocumentKinds.ReflectiveLog))
        {
            using var log = new GeneratedDocument(Generate(DocumentKinds.ReflectiveLog, unit.Id, Learners.Sample(sessions)).Bytes);
            Assert.Equal(sessions, log.Items(BlockNames.ReflectiveEntry).Count);
        }
    }

    [Fact]
    public void Without_planned_sessions_the_diary_has_one_block_per_required_hour()
    {
        var unit = PracticalUnit();
        var hours = (int)Math.Ceiling(unit.FindRule(RuleKinds.MinHours)!.Value!.Value);
        using var diary = new GeneratedDocument(Generate(DocumentKinds.CoachingDiary, unit.Id, Learners.Sample() with { PlannedSessions = null }).Bytes);
        Assert.Equal(Math.Min(hours, 24), diary.Items(BlockNames.Session).Count);
    }

    [Fact]
    public void Several_clients_get_a_diary_each_with_their_share_of_the_sessions()
    {
        // 002 Appendix 5: the diary is per client ("Client Ref/ID" in each diary's header, each with its own sessions).
        var unit = PracticalUnit();
        using var diary = new GeneratedDocument(Generate(DocumentKinds.CoachingDiary, unit.Id, Learners.Sample(5, "A-1", "B-2")).Bytes);
        var clients = diary.Items(BlockNames.Client);
        Assert.Equal(["A-1", "B-2"], clients.Select(i => GeneratedDocument.FieldIn(i, FieldNames.ClientRef)));
        // 5 sessions shared between 2 clients: 3 and 2, numbered from 1 in each diary, each carrying its client.
        var sessions = clients.Select(c => ContentControls.WithTag(c, TagConvention.RepeatingItem(BlockNames.Session)).ToList()).ToList();
        Assert.Equal([3, 2], sessions.Select(s => s.Count));
        Assert.Equal(["1", "2", "3"], sessions[0].Select(i => GeneratedDocument.FieldIn(i, FieldNames.SessionNumber)));
        Assert.All(sessions[0], i => Assert.Equal("A-1", GeneratedDocument.FieldIn(i, FieldNames.ClientRef)));
        Assert.All(sessions[1], i => Assert.Equal("B-2", GeneratedDocument.FieldIn(i, FieldNames.ClientRef)));
        // Each client's header, contract and diagnostics name the client too (three fields outside the session records).
        for (var c = 0; c < clients.Count; c++)
        {
            var outsideSessions = ContentControls.WithTag(clients[c], TagConvention.Field(FieldNames.ClientRef))
                .Where(f => !f.Ancestors().Any(a => sessions[c].Contains(a))).Select(ContentControls.TextOf).ToList();
            Assert.Equal(Enumerable.Repeat(c == 0 ? "A-1" : "B-2", 3), outsideSessions);
        }
    }

    [Fact]
    public void Result_sheet_lists_every_criterion_with_its_descriptors()
    {
        foreach (var unit in SampleCatalogue.Catalogue.Units.Where(u => u.DocumentKinds.Contains(DocumentKinds.ResultSheet)))
        {
            using var sheet = new GeneratedDocument(Generate(DocumentKinds.ResultSheet, unit.Id).Bytes);
            if (unit.MarkSheet is { } marks)
            {
                Assert.Empty(ContentControls.WithTag(sheet.Body, TagConvention.Section("acResults")));
                var rows = sheet.Items(BlockNames.MarkSection);
                Assert.Equal(marks.Sections.Select(s => s.Title), rows.Select(r => GeneratedDocument.FieldIn(r, FieldNames.SectionTitle)));
                Assert.Equal(marks.Sections.Select(s => $"/{s.MaxMarks} marks (min {s.MinMarks})"), rows.Select(r => GeneratedDocument.FieldIn(r, FieldNames.MarkLimits)));
                continue;
            }
            Assert.Empty(ContentControls.WithTag(sheet.Body, TagConvention.Section("markSheet")));
            var items = sheet.Items(BlockNames.CriterionRow);
            Assert.Equal(unit.Criteria.Select(c => c.Ref), items.Select(i => GeneratedDocument.FieldIn(i, FieldNames.CriterionRef)));
            Assert.Equal(unit.Criteria.Select(c => c.Text), items.Select(i => GeneratedDocument.FieldIn(i, FieldNames.CriterionText)));
            Assert.Equal(unit.Criteria.Select(c => (c.Pass ?? "").Replace("\r", "")), items.Select(i => GeneratedDocument.FieldIn(i, FieldNames.PassDescriptor)));
            // The learning outcome heads its first criterion only.
            Assert.Equal(unit.LearningOutcomes.Count, items.Count(i => GeneratedDocument.FieldIn(i, FieldNames.OutcomeText).Length > 0));
        }
    }

    [Fact]
    public void Development_plan_covers_the_units_minimum_months()
    {
        foreach (var unit in SampleCatalogue.Catalogue.Units.Where(u => u.DocumentKinds.Contains(DocumentKinds.DevelopmentPlan)))
        {
            var rule = unit.FindRule(RuleKinds.MinPlanMonths);
            using var plan = new GeneratedDocument(Generate(DocumentKinds.DevelopmentPlan, unit.Id).Bytes);
            // The unit's minimum is printed; a unit without one (D3.04) gets no invented horizon: the learner states it.
            Assert.Equal(rule?.Value is { } months ? ((int)months).ToString() : "", plan.Field(FieldNames.PlanMonths));
            // Reviews only where an AC of the unit is evidenced by them (L5-503 AC 2.3), one every 3 months.
            var reviewed = unit.Criteria.Any(c => c.EvidencedBy.Contains("development-plan#reviews"));
            Assert.Equal(reviewed ? (int)(rule?.Value ?? 0) / 3 : 0, plan.Items(BlockNames.Review).Count);
        }
    }

    [Fact]
    public void Unit_pack_holds_every_kind_of_the_unit()
    {
        var unit = PracticalUnit();
        var learner = Learners.Sample();
        using var output = new MemoryStream();
        var file = Generator.GenerateUnitPack(unit.Id, null, learner, output);
        Assert.Equal(DocumentFileNames.UnitPack(learner.RegistrationNumber, unit.Id), file.FileName);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(output.ToArray()));
        Assert.Equal(unit.DocumentKinds.Select(k => DocumentFileNames.Document(learner.RegistrationNumber, unit.Id, k, DocumentKinds.FileExtension(k))).Order(),
            zip.Entries.Select(e => e.FullName).Order());
        foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".docx")))
        {
            using var copy = new MemoryStream();
            entry.Open().CopyTo(copy);
            using var document = new GeneratedDocument(copy.ToArray());
            Assert.Equal(learner.Name, document.Field(FieldNames.LearnerName));
        }
    }

    [Fact]
    public void Qualification_pack_has_a_folder_per_unit()
    {
        var qualification = SampleCatalogue.Catalogue.Qualifications.First(q => q.MandatoryUnits.Count > 1);
        var learner = Learners.Sample();
        using var output = new MemoryStream();
        Generator.GenerateQualificationPack(qualification.Id, learner, output);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(output.ToArray()));
        var expected = qualification.MandatoryUnits.Concat(qualification.OptionalUnits)
            .Select(id => SampleCatalogue.Catalogue.FindUnit(id)!)
            .SelectMany(u => u.DocumentKinds.Select(k => $"{DocumentFileNames.Sanitise(u.Id)}/{DocumentFileNames.Document(learner.RegistrationNumber, u.Id, k, DocumentKinds.FileExtension(k))}"));
        Assert.Equal(expected.Order(), zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public void Same_input_gives_byte_identical_output_even_from_a_fresh_generator()
    {
        var unit = PracticalUnit();
        var first = Generate(DocumentKinds.CoachingDiary, unit.Id).Bytes;
        var fresh = new DocumentGenerator(SampleCatalogue.Catalogue, new TemplateStore());
        using var second = new MemoryStream();
        fresh.Generate(new DocumentRequest(DocumentKinds.CoachingDiary, unit.Id, null, Learners.Sample()), second);
        Assert.Equal(first, second.ToArray());
        Assert.Equal(first, Generate(DocumentKinds.CoachingDiary, unit.Id).Bytes);

        var qualification = SampleCatalogue.Catalogue.QualificationsFor(unit.Id).First();
        byte[] Pack(IDocumentGenerator g) { using var s = new MemoryStream(); g.GenerateQualificationPack(qualification.Id, Learners.Sample(), s); return s.ToArray(); }
        Assert.Equal(Pack(Generator), Pack(fresh));
        Assert.NotEqual(first, Generate(DocumentKinds.CoachingDiary, unit.Id, Learners.Sample() with { Name = "Someone Else" }).Bytes);
    }

    public static TheoryData<string, string, string, LearnerDetails> BadRequests()
    {
        var unit = SampleCatalogue.Catalogue.Units.First(u => u.DocumentKinds.Contains(DocumentKinds.CoachingDiary));
        var missingKind = DocumentKinds.All.First(k => !unit.DocumentKinds.Contains(k));
        var good = Learners.Sample();
        return new()
        {
            { "kind", "no-such-kind", unit.Id, good },
            { "unitId", DocumentKinds.CoachingDiary, "9999-999", good },
            { "kind", missingKind, unit.Id, good },
            { "name", DocumentKinds.CoachingDiary, unit.Id, good with { Name = "=HYPERLINK(\"http://x\")" } },
            { "name", DocumentKinds.CoachingDiary, unit.Id, good with { Name = "@SUM(A1)" } },
            { "name", DocumentKinds.CoachingDiary, unit.Id, good with { Name = new string('a', 2 * 1024 * 1024) } },
            { "name", DocumentKinds.CoachingDiary, unit.Id, good with { Name = "Bad\u0000Name\u0007" } },
            { "name", DocumentKinds.CoachingDiary, unit.Id, good with { Name = "../../etc/passwd" } },
            { "registrationNumber", DocumentKinds.CoachingDiary, unit.Id, good with { RegistrationNumber = "..\\evil" } },
            { "clientRefs[0]", DocumentKinds.CoachingDiary, unit.Id, good with { ClientRefs = ["+cmd"] } },
            { "name", DocumentKinds.CoachingDiary, unit.Id, good with { Name = "" } },
        };
    }

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void Bad_input_names_the_field_and_writes_nothing(string field, string kind, string unitId, LearnerDetails learner)
    {
        using var output = new MemoryStream();
        var error = Assert.Throws<Validation.InvalidRequestException>(() => Generator.Generate(new DocumentRequest(kind, unitId, null, learner), output));
        Assert.Contains(error.Problems, p => p.Field == field);
        Assert.True(error.Message.Length < 2000, "the message must not echo a huge value");
        Assert.Equal(0, output.Length);

        if (field is "kind") return; // packs take no kind
        using var pack = new MemoryStream();
        Assert.Throws<Validation.InvalidRequestException>(() => Generator.GenerateUnitPack(unitId, null, learner, pack));
        Assert.Equal(0, pack.Length);
    }

    [Fact]
    public void Unknown_qualification_or_one_without_the_unit_is_refused()
    {
        var unit = PracticalUnit();
        using var output = new MemoryStream();
        var unknown = Assert.Throws<Validation.InvalidRequestException>(() => Generator.GenerateQualificationPack("no-such", Learners.Sample(), output));
        Assert.Equal("qualificationId", Assert.Single(unknown.Problems).Field);
        var other = SampleCatalogue.Catalogue.Qualifications.First(q => !q.MandatoryUnits.Concat(q.OptionalUnits).Contains(unit.Id));
        var wrong = Assert.Throws<Validation.InvalidRequestException>(() =>
            Generator.Generate(new DocumentRequest(DocumentKinds.CoachingDiary, unit.Id, other.Id, Learners.Sample()), output));
        Assert.Equal("qualificationId", Assert.Single(wrong.Problems).Field);
        Assert.Equal(0, output.Length);
    }

    [Theory]
    [InlineData("REG 01/..\\x\u0001y", "REG-01-.-x-y")]
    [InlineData("...", "document")]
    [InlineData("ok_Name-1.2", "ok_Name-1.2")]
    public void File_names_keep_only_safe_characters(string input, string expected) =>
        Assert.Equal(expected, DocumentFileNames.Sanitise(input));

    private static Unit PracticalUnit() =>
        SampleCatalogue.Catalogue.Units.Where(u => u.DocumentKinds.Contains(DocumentKinds.CoachingDiary))
            .OrderByDescending(u => u.FindRule(RuleKinds.MinHours)?.Value ?? 0).First();
}

public class DocumentGeneratorConcurrencyTests
{
    [Fact]
    public void Parallel_requests_on_one_generator_give_the_same_bytes_as_sequential_ones()
    {
        var generator = new DocumentGenerator(SampleCatalogue.Catalogue, new Core.Templates.TemplateStore());
        var requests = SampleCatalogue.Catalogue.Units
            .SelectMany(u => u.DocumentKinds.Select(k => new DocumentRequest(k, u.Id, null, Learners.Sample() with { RegistrationNumber = $"R-{u.Id}-{k}" })))
            .ToList();
        byte[] Make(DocumentRequest r) { using var s = new MemoryStream(); generator.Generate(r, s); return s.ToArray(); }
        var parallel = requests.AsParallel().WithDegreeOfParallelism(4).Select(r => (r, Bytes: Make(r))).ToList();
        foreach (var (request, bytes) in parallel) Assert.Equal(Make(request), bytes);
    }
}
