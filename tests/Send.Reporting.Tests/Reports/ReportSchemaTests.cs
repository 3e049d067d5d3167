using System.IO;
using System.Linq;
using Send.Reporting.Reports;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests.Reports;

public sealed class ReportSchemaTests
{
    public static TheoryData<string> Reports() => new(ReportCatalog.All.Select(d => d.Name));

    [Theory]
    [MemberData(nameof(Reports))]
    public void Generate_EachModel_EqualsCommittedSchema(string name)
    {
        var definition = ReportCatalog.Find(name)!;
        var generated = ReportSchema.Generate(definition.ModelType);
        var path = Path.Combine(Approved.RepositoryRoot(), "templates", name, ReportLoader.SchemaFileName);
        Approved.VerifyFile(generated, path);
    }
}
