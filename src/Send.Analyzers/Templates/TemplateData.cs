using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Send.Analyzers.Templates;

/// <summary>
/// The names a template without a model line may read (the generic route): the top-level members of its folder's
/// <c>data.schema.json</c> (its <c>properties</c>) or, without a schema, of its <c>sample.json</c>, when the project
/// passes them as additional files; and a council's own template functions, declared in the project with
/// <c>&lt;SendTemplateFunctions&gt;council_logo;ward_name&lt;/SendTemplateFunctions&gt;</c> (which Send.Reporting.targets
/// passes with commas: a generated .editorconfig reads ';' as the start of a comment).
/// </summary>
/// <remarks>
/// Reads only the first level of the JSON with a small scanner (the analyzer has no JSON library to rely on in every
/// host); a file that is not a JSON object gives no names, and SEND2002 then stays off for that template. Names bound
/// on the command line (<c>--data rows=rows.csv</c>) are not known at build time: declare them in
/// <c>SendTemplateFunctions</c> too if the template reads them.
/// </remarks>
internal static class TemplateData
{
    public const string SchemaFileName = "data.schema.json";
    public const string SampleFileName = "sample.json";

    public static bool IsDataFile(string path)
    {
        var name = path.Replace('\\', '/');
        name = name.Substring(name.LastIndexOf('/') + 1);
        return name == SchemaFileName || name == SampleFileName;
    }

    public static IReadOnlyCollection<string> SplitNames(string? declared)
    {
        var names = new List<string>();
        foreach (var part in (declared ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Trim().Length > 0)
            {
                names.Add(part.Trim());
            }
        }

        return names;
    }

    public static IReadOnlyCollection<string>? Names(string templatePath, Dictionary<string, AdditionalText> dataFiles, System.Threading.CancellationToken cancellationToken)
    {
        var folder = TemplatePaths.Directory(TemplatePaths.Normalize(templatePath));
        var prefix = folder.Length == 0 ? string.Empty : folder + "/";
        if (dataFiles.TryGetValue(prefix + SchemaFileName, out var schema) && schema.GetText(cancellationToken)?.ToString() is string schemaText)
        {
            return Members(schemaText, "properties");
        }

        if (dataFiles.TryGetValue(prefix + SampleFileName, out var sample) && sample.GetText(cancellationToken)?.ToString() is string sampleText)
        {
            return Members(sampleText, null);
        }

        return null;
    }

    /// <summary>The member names of the top-level object, or of its member <paramref name="under"/> when given; null when the text is not a JSON object.</summary>
    internal static IReadOnlyCollection<string>? Members(string json, string? under)
    {
        var names = new List<string>();
        var i = 0;
        Skip(json, ref i);
        if (i >= json.Length || json[i] != '{')
        {
            return null;
        }

        var depth = 0;
        var target = under is null ? 1 : 2;
        var inside = under is null;
        string? lastKey = null;
        for (; i < json.Length; i++)
        {
            var c = json[i];
            switch (c)
            {
                case '"':
                {
                    var text = ReadString(json, ref i);
                    var j = i + 1;
                    Skip(json, ref j);
                    if (j < json.Length && json[j] == ':')
                    {
                        if (depth == 1)
                        {
                            lastKey = text;
                        }

                        if (depth == target && inside)
                        {
                            names.Add(text);
                        }
                    }

                    break;
                }

                case '{':
                case '[':
                    depth++;
                    if (under is not null && depth == 2)
                    {
                        inside = c == '{' && lastKey == under;
                    }

                    break;
                case '}':
                case ']':
                    depth--;
                    break;
            }
        }

        return under is not null && names.Count == 0 ? null : names;
    }

    private static string ReadString(string json, ref int i)
    {
        var builder = new StringBuilder();
        for (i++; i < json.Length && json[i] != '"'; i++)
        {
            if (json[i] == '\\' && i + 1 < json.Length)
            {
                i++;
            }

            builder.Append(json[i]);
        }

        return builder.ToString();
    }

    private static void Skip(string json, ref int i)
    {
        while (i < json.Length && char.IsWhiteSpace(json[i]))
        {
            i++;
        }
    }
}
