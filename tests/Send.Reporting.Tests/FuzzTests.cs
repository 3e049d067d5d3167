using System;
using System.Globalization;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Send.Domain.Validation;
using Send.Reporting.Reports;
using Send.Reporting.Styling;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

/// <summary>
/// Mutation fuzzing (issue 12): each template's sample data, each template and the house style, with a few bytes
/// replaced, inserted or deleted, must give a .docx or located problems (a <see cref="DataException"/>), never any
/// other exception. <c>dotnet test</c> runs a bounded number of cases; <c>tests/fuzz.sh</c> runs more
/// (SEND_FUZZ_CASES). A hang would stop at the render's time limit, and a stack overflow would kill the run.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private static readonly string[] Templates = ["dbv-summary", "schools-forum-send-update", "scrutiny-send-update", "strategic-update"];

    private static readonly byte[] Interesting = [0x00, 0x07, 0x0B, 0x0C, 0x1B, (byte)'"', (byte)'{', (byte)'}', (byte)'[', (byte)'*', (byte)'>', (byte)'-', (byte)'|', (byte)'\n', 0xA3, 0xC3, 0xFF, (byte)'9', (byte)'e'];

    private readonly string folder = Directory.CreateTempSubdirectory("send-fuzz-").FullName;

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("SEND_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 12;

    /// <summary>Up to four edits: at a position (as a fraction of the file), replace, insert or delete one byte.</summary>
    private static Gen<(int Where, int Kind, byte Value)[]> Edits { get; } =
        Gen.Choose(0, 1_000_000).Zip(Gen.Choose(0, 2)).Zip(Gen.Elements(Interesting).Or(Gen.Choose(0, 255).Select(b => (byte)b)))
            .Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2))
            .ArrayOf()
            .Where(a => a.Length is > 0 and <= 4);

    [Fact]
    public void MutatedSampleData_GivesADocxOrLocatedProblems()
    {
        Prop.ForAll(Gen.Elements(Templates).Zip(Edits).ToArbitrary(), input =>
        {
            var (name, edits) = input;
            var template = RepoPaths.Combine("templates", name);
            var data = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllBytes(data, Mutate(File.ReadAllBytes(Path.Combine(template, ReportLoader.SampleFileName)), edits));
            if (name == "scrutiny-send-update")
            {
                File.Copy(Path.Combine(template, "caseload.csv"), Path.Combine(folder, "caseload.csv"), overwrite: true);
            }

            RendersOrLocates(() => new ReportPack().RenderDocx(template, data, TestContext.Current.CancellationToken));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));
    }

    [Fact]
    public void MutatedTemplate_GivesADocxOrLocatedProblems()
    {
        Prop.ForAll(Gen.Elements(Templates).Zip(Edits).ToArbitrary(), input =>
        {
            var (name, edits) = input;
            var source = RepoPaths.Combine("templates", name);
            var copy = Directory.CreateDirectory(Path.Combine(folder, Guid.NewGuid().ToString("N"), name)).FullName;
            foreach (var file in Directory.GetFiles(source))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }

            var templatePath = Path.Combine(copy, ReportPack.TemplateFileName);
            File.WriteAllBytes(templatePath, Mutate(File.ReadAllBytes(templatePath), edits));
            RendersOrLocates(() => new ReportPack().RenderDocx(copy, Path.Combine(copy, ReportLoader.SampleFileName), TestContext.Current.CancellationToken));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));
    }

    [Fact]
    public void MutatedHouseStyle_LoadsOrGivesLocatedProblems()
    {
        var original = File.ReadAllBytes(RepoPaths.Combine("templates", "house-style", "house-style.docx"));
        Prop.ForAll(Edits.ToArbitrary(), edits =>
        {
            RendersOrLocates(() =>
            {
                var style = HouseStyle.Load(Mutate(original, edits), "house-style.docx");
                var template = RepoPaths.Combine("templates", "strategic-update");
                return new ReportPack(style).RenderDocx(template, Path.Combine(template, ReportLoader.SampleFileName), TestContext.Current.CancellationToken);
            });
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static byte[] Mutate(byte[] bytes, (int Where, int Kind, byte Value)[] edits)
    {
        var list = bytes.ToList();
        foreach (var (where, kind, value) in edits)
        {
            var at = (int)((long)where * list.Count / 1_000_001);
            switch (kind)
            {
                case 0 when at < list.Count:
                    list[at] = value;
                    break;
                case 1:
                    list.Insert(at, value);
                    break;
                case 2 when at < list.Count:
                    list.RemoveAt(at);
                    break;
            }
        }

        return list.ToArray();
    }

    private static void RendersOrLocates(Func<byte[]> render)
    {
        try
        {
            var docx = render();
            Assert.True(docx.Length > 0);
        }
        catch (DataException ex)
        {
            Assert.NotEmpty(ex.Problems);
            Assert.All(ex.Problems, p => Assert.False(string.IsNullOrEmpty(p.Source)));
            Assert.All(ex.Problems, p => Assert.True(p.Line is not null || p.Field is not null || p.Code is not null, "unlocated: " + p));
        }
    }
}
