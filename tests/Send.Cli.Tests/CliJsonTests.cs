using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Send.Cli.Commands.Finance;
using Send.Cli.Infrastructure;
using Xunit;

namespace Send.Cli.Tests;

/// <summary>
/// The --json output is written from source-generated metadata only (so the native AOT build needs no reflection);
/// enums must still come out as snake_case strings, which needs one JsonStringEnumConverter&lt;T&gt; per enum in CliJson.
/// </summary>
public sealed class CliJsonTests
{
    private static readonly IJsonTypeInfoResolver[] Contexts =
    {
        CliJsonContext.Default, DeficitCommand.JsonMetadata, SavingsCommand.JsonMetadata, CostModelCommand.JsonMetadata,
    };

    [Fact]
    public void EveryEnumTheContextsReach_IsWrittenAsASnakeCaseString()
    {
        // Each context has one generated JsonTypeInfo<T> property per type it reaches (root types and every member type).
        var enums = Contexts
            .SelectMany(c => c.GetType().GetProperties())
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .Select(t => Nullable.GetUnderlyingType(t) ?? t)
            .Where(t => t.IsEnum)
            .Distinct()
            .ToList();
        Assert.NotEmpty(enums);
        var missing = enums.Where(type =>
        {
            var value = Enum.GetValues(type).GetValue(Enum.GetValues(type).Length - 1)!;
            var json = JsonSerializer.Serialize(value, CliJson.Options.GetTypeInfo(type));
            return json != "\"" + JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()!) + "\"";
        }).Select(t => $"AddEnum<{t.FullName}>").ToList();
        Assert.True(missing.Count == 0, "written as numbers; add to CliJson: " + string.Join(", ", missing));
    }

    [Fact]
    public void AShapeNoContextDeclares_IsRefused_NotWrittenByReflection()
    {
        Assert.Throws<NotSupportedException>(() => CliJson.Serialize(new { Anonymous = true }));
    }

    [Fact]
    public void ADate_IsWrittenAsIsoText()
    {
        Assert.Equal("\"2025-06-02\"", JsonSerializer.Serialize(new NodaTime.LocalDate(2025, 6, 2), CliJson.Options.GetTypeInfo(typeof(NodaTime.LocalDate))));
        Assert.Equal("null", JsonSerializer.Serialize((NodaTime.LocalDate?)null, CliJson.Options.GetTypeInfo(typeof(NodaTime.LocalDate?))));
    }
}
