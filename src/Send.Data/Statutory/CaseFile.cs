using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Send.Data.Validation;
using Send.Domain.Statutory;
using Send.Domain.Validation;

namespace Send.Data.Statutory;

/// <summary>
/// Reads an EHC case from its JSON file (schema <c>docs/schemas/ehc-case.schema.json</c>, embedded in this assembly).
/// </summary>
/// <remarks>
/// The file is checked against the schema first (problems carry line, column and field path), then every date is
/// parsed as an ISO calendar date, then the history is checked with <see cref="CaseValidator"/>. Every problem found
/// is returned together, so a file can be fixed in one pass.
/// </remarks>
public static class CaseFile
{
    private static readonly Lazy<JsonSchemaValidator> Validator = new(() => JsonSchemaValidator.FromSchemaText(ReadSchema()));

    /// <summary>The JSON Schema of a case file.</summary>
    public static string SchemaText => ReadSchema();

    /// <summary>Reads and checks a case file.</summary>
    /// <param name="path">The file path, as the user named it (used in problems).</param>
    /// <returns>The case.</returns>
    /// <exception cref="DataException">The file is missing, malformed, or describes an impossible history.</exception>
    public static EhcCase Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new DataException(new[] { new DataProblem(path, "the case file does not exist") { Code = "SEND-FILE" } });
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and checks case JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name for problems.</param>
    /// <returns>The case.</returns>
    /// <exception cref="DataException">The JSON is malformed or describes an impossible history.</exception>
    public static EhcCase Parse(string json, string source)
    {
        var result = TryParse(json, source, out var problems);
        return result ?? throw new DataException(problems);
    }

    /// <summary>Parses and checks case JSON, returning problems instead of throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name for problems.</param>
    /// <param name="problems">Every problem found; empty on success.</param>
    /// <returns>The case, or null when there were errors.</returns>
    public static EhcCase? TryParse(string json, string source, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var schemaProblems = Validator.Value.Validate(json, source);
        if (schemaProblems.Count > 0)
        {
            problems = schemaProblems;
            return null;
        }

        var found = new List<DataProblem>();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var reader = new Reader(source, found);
        var id = root.GetProperty("id").GetString()!;
        var events = new List<CaseEvent>();
        var index = 0;
        foreach (var item in root.GetProperty("events").EnumerateArray())
        {
            var path = $"events[{index.ToString(CultureInfo.InvariantCulture)}]";
            var kind = Enum.Parse<CaseEventKind>(Pascal(item.GetProperty("kind").GetString()!));
            var date = reader.Date(item, "date", path);
            var e = new CaseEvent(kind, date ?? default)
            {
                Body = reader.Text(item, "body"),
                RelatedDate = reader.Date(item, "related_date", path),
                Order = item.TryGetProperty("order", out var order) ? Enum.Parse<TribunalOrderKind>(Pascal(order.GetString()!)) : null,
                Unopposed = item.TryGetProperty("unopposed", out var unopposed) ? Enum.Parse<UnopposedAppealKind>(Pascal(unopposed.GetString()!)) : null,
                HealthOnly = item.TryGetProperty("health_only", out var health) && health.GetBoolean(),
                Note = reader.Text(item, "note"),
                SourceIndex = index,
            };
            if (date is not null)
            {
                events.Add(e);
            }

            index++;
        }

        var facts = new List<ExceptionFact>();
        if (root.TryGetProperty("exceptions", out var exceptions))
        {
            index = 0;
            foreach (var item in exceptions.EnumerateArray())
            {
                var fact = reader.Fact(item, $"exceptions[{index.ToString(CultureInfo.InvariantCulture)}]");
                if (fact is not null)
                {
                    facts.Add(fact);
                }

                index++;
            }
        }

        var dateOfBirth = reader.Date(root, "date_of_birth", string.Empty, anyYear: true); // needs no bank holidays
        PhaseTransfer? phase = null;
        if (root.TryGetProperty("phase_transfer", out var transfer))
        {
            phase = reader.Phase(transfer);
        }

        if (found.Count > 0)
        {
            problems = CaseloadCsv.Cap(found, source);
            return null;
        }

        var ehcCase = new EhcCase(id, events, facts, dateOfBirth, phase);
        var invalid = CaseValidator.Validate(ehcCase, source);
        problems = invalid.Count > CaseloadCsv.MaxProblems ? CaseloadCsv.Cap(new List<DataProblem>(invalid), source) : invalid;
        return problems.Count > 0 ? null : ehcCase;
    }

    internal static string Pascal(string snake)
    {
        var parts = snake.Split('_');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].Length == 0 ? parts[i] : char.ToUpperInvariant(parts[i][0]) + parts[i].Substring(1);
        }

        return string.Concat(parts);
    }

    private static string ReadSchema()
    {
        using var stream = typeof(CaseFile).Assembly.GetManifestResourceStream("Send.Data.Statutory.ehc-case.schema.json")
            ?? throw new InvalidOperationException("The case schema is not embedded in Send.Domain.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class Reader
    {
        private readonly string source;
        private readonly List<DataProblem> problems;

        public Reader(string source, List<DataProblem> problems)
        {
            this.source = source;
            this.problems = problems;
        }

        public string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) ? value.GetString() : null;

        public LocalDate? Date(JsonElement element, string name, string path, bool anyYear = false)
        {
            if (!element.TryGetProperty(name, out var value))
            {
                return null;
            }

            var text = value.GetString()!;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success && !anyYear && !DateRange.Covers(parsed.Value))
            {
                problems.Add(new DataProblem(source, DateRange.Outside)
                {
                    Field = path.Length == 0 ? name : path + "." + name,
                    Value = text,
                    Expected = DateRange.Expected,
                    Code = "SEND-DATE",
                });
                return null;
            }

            if (parsed.Success)
            {
                return parsed.Value;
            }

            problems.Add(new DataProblem(source, "not a calendar date")
            {
                Field = path.Length == 0 ? name : path + "." + name,
                Value = text,
                Expected = "a real date in the form YYYY-MM-DD",
                Code = "SEND-DATE",
            });
            return null;
        }

        public PhaseTransfer? Phase(JsonElement element)
        {
            var kind = element.GetProperty("kind").GetString() switch
            {
                "post16" => PhaseTransferKind.PostSixteen,
                "between_post16" => PhaseTransferKind.BetweenPostSixteen,
                _ => PhaseTransferKind.School,
            };
            var date = Date(element, "transfer_date", "phase_transfer");
            int? year = element.TryGetProperty("year", out var y) ? y.GetInt32() : null;
            if (kind == PhaseTransferKind.BetweenPostSixteen ? date is null : year is null)
            {
                problems.Add(new DataProblem(source, kind == PhaseTransferKind.BetweenPostSixteen ? "a move between post-16 institutions needs transfer_date" : "a phase transfer needs the calendar year of transfer")
                {
                    Field = kind == PhaseTransferKind.BetweenPostSixteen ? "phase_transfer.transfer_date" : "phase_transfer.year",
                    Code = "SEND-CASE",
                });
                return null;
            }

            return new PhaseTransfer(kind, year ?? date!.Value.Year, date);
        }

        public ExceptionFact? Fact(JsonElement element, string path)
        {
            var invoked = new List<string>();
            if (element.TryGetProperty("invoked_for", out var list))
            {
                foreach (var id in list.EnumerateArray())
                {
                    var text = id.GetString()!;
                    if (text != "*" && !StatutoryRules.TryGet(text, out _))
                    {
                        problems.Add(new DataProblem(source, "unknown rule id") { Field = path + ".invoked_for", Value = text, Expected = "a rule id from the catalogue (send timescales rules) or *", Code = "SEND-CASE" });
                    }

                    invoked.Add(text);
                }
            }

            var kind = element.GetProperty("kind").GetString();
            switch (kind)
            {
                case "closure":
                    {
                        var first = Required(element, "first_closed_day", path);
                        var reopen = Required(element, "reopening_date", path);
                        var asked = Required(element, "advice_requested", path);
                        if (first is null || reopen is null || asked is null)
                        {
                            return null;
                        }

                        if (reopen <= first)
                        {
                            problems.Add(new DataProblem(source, "the reopening date must be after the first closed day") { Field = path + ".reopening_date", Value = LocalDatePattern.Iso.Format(reopen.Value), Code = "SEND-CASE" });
                            return null;
                        }

                        var setting = Text(element, "setting") == "early_years" ? ClosureSetting.EarlyYears : ClosureSetting.School;
                        return new ClosureFact(setting, first.Value, reopen.Value, asked.Value, invoked);
                    }

                case "absence":
                case "personal":
                    {
                        var from = Required(element, "from", path);
                        var to = Required(element, "to", path);
                        if (from is null || to is null)
                        {
                            return null;
                        }

                        if (to < from)
                        {
                            problems.Add(new DataProblem(source, "the end is before the start") { Field = path + ".to", Value = LocalDatePattern.Iso.Format(to.Value), Expected = "a date on or after " + LocalDatePattern.Iso.Format(from.Value), Code = "SEND-CASE" });
                            return null;
                        }

                        return kind == "absence"
                            ? new AbsenceFact(from.Value, to.Value, invoked)
                            : new PersonalCircumstancesFact(from.Value, to.Value, Text(element, "description"), invoked);
                    }

                case "missed_appointment":
                    {
                        var date = Required(element, "date", path);
                        return date is null ? null : new MissedAppointmentFact(date.Value, Text(element, "body"), invoked);
                    }

                default:
                    return new CoronavirusFact(invoked);
            }
        }

        private LocalDate? Required(JsonElement element, string name, string path)
        {
            if (!element.TryGetProperty(name, out _))
            {
                problems.Add(new DataProblem(source, $"required property '{name}' is missing for this kind of exception") { Field = path, Code = "SEND-CASE" });
                return null;
            }

            return Date(element, name, path);
        }
    }
}
