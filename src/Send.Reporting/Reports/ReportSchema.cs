using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.Generation.TypeMappers;
using NodaTime;

namespace Send.Reporting.Reports;

/// <summary>
/// Generates the JSON Schema of a report model from its C# type with NJsonSchema, so the schema committed beside
/// each template (<c>data.schema.json</c>) cannot drift from the model: a test compares the two.
/// </summary>
/// <remarks>
/// Descriptions come from the model's XML documentation. C# <c>required</c> members become required properties,
/// computed (get-only) members are left out, and unknown properties are not allowed.
/// </remarks>
[RequiresUnreferencedCode("The schema is generated from the model type by reflection (NJsonSchema).")]
[RequiresDynamicCode("The schema is generated from the model type by reflection (NJsonSchema).")]
public static class ReportSchema
{
    /// <summary>Generates the schema text for <paramref name="modelType"/>.</summary>
    /// <param name="modelType">The report model type.</param>
    /// <returns>The schema as indented JSON.</returns>
    public static string Generate(Type modelType)
    {
        ArgumentNullException.ThrowIfNull(modelType);
        var settings = new SystemTextJsonSchemaGeneratorSettings
        {
            SerializerOptions = ReportJson.Options,
            SchemaType = SchemaType.JsonSchema,
            AlwaysAllowAdditionalObjectProperties = false,
            GenerateEnumMappingDescription = false,
            FlattenInheritanceHierarchy = true,
            DefaultReferenceTypeNullHandling = ReferenceTypeNullHandling.NotNull,
        };
        settings.TypeMappers.Add(new PrimitiveTypeMapper(typeof(LocalDate), s =>
        {
            s.Type = JsonObjectType.String;
            s.Format = JsonFormatStrings.Date;
        }));
        var schema = JsonSchema.FromType(modelType, settings);
        MarkRequired(schema, modelType);
        foreach (var (name, definition) in schema.Definitions)
        {
            var type = modelType.Assembly.GetTypes().FirstOrDefault(t => t.Name == name);
            if (type is not null)
            {
                MarkRequired(definition, type);
            }
        }

        return schema.ToJson();
    }

    private static void MarkRequired(JsonSchema schema, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = ReportJson.Options.PropertyNamingPolicy!.ConvertName(property.Name);
            if (!schema.Properties.TryGetValue(name, out var json))
            {
                continue;
            }

            if (property.SetMethod is null || !property.SetMethod.IsPublic)
            {
                schema.Properties.Remove(name);
                continue;
            }

            if (property.GetCustomAttribute<RequiredMemberAttribute>() is not null)
            {
                json.IsRequired = true;
            }
        }
    }
}
