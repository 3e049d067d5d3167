using System;
using System.Linq;
using Scriban.Functions;
using Scriban.Runtime;
using Send.Reporting.Templating;
using Xunit;

namespace Send.Reporting.Tests;

/// <summary>
/// The string, array and math modules a template sees are Scriban's own, less the functions that would make two
/// renders differ: the renderer builds them from the modules' methods, not through their constructors (faster under
/// native AOT), so the two are compared here name by name.
/// </summary>
public sealed class TemplateBuiltinsTests
{
    public static TheoryData<string, Func<ScriptObject>> Modules => new()
    {
        { "string", () => new StringFunctions() },
        { "array", () => new ArrayFunctions() },
        { "math", () => new MathFunctions() },
    };

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_HasScribansFunctionsWithTheirParameters_LessUuidAndRandom(string name, Func<ScriptObject> scribans)
    {
        var expected = scribans();
        var actual = (ScriptObject)TemplateRenderer.BuiltinNames[name]!;

        Assert.Equal(expected.Keys.Where(k => k is not ("uuid" or "random")).Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var key in actual.Keys)
        {
            var want = Assert.IsAssignableFrom<IScriptCustomFunction>(expected[key]);
            var have = Assert.IsAssignableFrom<IScriptCustomFunction>(actual[key]);
            Assert.True((want.ParameterCount, want.RequiredParameterCount, want.ReturnType) == (have.ParameterCount, have.RequiredParameterCount, have.ReturnType), $"{name}.{key}");
        }
    }

    [Fact]
    public void Builtins_AreTheDocumentedNamesOnly()
    {
        Assert.Equal(new[] { "array", "blank", "empty", "include", "math", "string" }, TemplateRenderer.BuiltinNames.Keys.Order(StringComparer.Ordinal));
    }
}
