using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Send.Cli.Infrastructure;
using Send.Domain.Finance;
using Send.Reporting.Docx;
using Send.Reporting.Styling;

namespace Send.Cli.Commands;

/// <summary>The <c>send house-style</c> command: check a council's reference document, or write a starter one.</summary>
internal static class HouseStyleCommand
{
    public static Command Create()
    {
        var command = new Command("house-style", """
            Check a council's house style (a reference .docx, .dotx, .docm or last year's paper), or write a starter
            for a comms team to restyle in Word. See docs/house-style.md for the styles Send uses.

            Examples:
              send house-style check council.docx
              send house-style init -o council.docx
            """);
        command.Subcommands.Add(CreateCheck());
        command.Subcommands.Add(CreateInit());
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Error.WriteLine("send house-style: choose a subcommand: check or init (see 'send house-style --help').");
            return ExitCodes.UsageError;
        });
        return command;
    }

    private static Command CreateCheck()
    {
        var file = new Argument<string>("docx") { Description = "The house style: a .docx, .dotx, .docm or a previous committee paper." };
        var strict = new Option<bool>("--strict") { Description = "Refuse the house style if it lacks any style Send uses, as render --strict-house-style does." };
        var command = new Command("check", """
            Load a house style as send render would and say what was found: each style Send uses found by id, matched
            by name (LibreOffice's and pandoc's names, Word's built-ins) or supplied from Send's defaults; what was
            stripped (macros, external links, DTDs, custom XML, the body of a previous paper); and the contrast of the
            RAG and table header fills with black text against WCAG 2.1 AA (4.5:1).

            Examples:
              send house-style check council.docx
              send house-style check council.dotx --strict

            Exit codes: 0 usable and every colour passes AA (warnings may be listed); 1 unusable, or a colour fails
            AA; 2 usage errors.
            """);
        command.Arguments.Add(file);
        command.Options.Add(strict);
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            var style = HouseStyle.Load(path, new HouseStyleOptions { RequireAllStyles = parseResult.GetValue(strict) });
            foreach (var warning in style.Warnings)
            {
                stderr.WriteLine(warning.ToString());
            }

            stdout.WriteLine($"{path}: usable as a house style");
            stdout.WriteLine($"Styles Send uses ({style.Styles.Count.ToString(CultureInfo.InvariantCulture)}):");
            var found = style.Styles.Where(s => s.Kind == StyleMatchKind.Found).Select(s => s.StyleId).ToList();
            stdout.WriteLine($"  found by id ({found.Count.ToString(CultureInfo.InvariantCulture)}): {(found.Count == 0 ? "none" : string.Join(", ", found))}");
            var matched = style.Styles.Where(s => s.Kind == StyleMatchKind.MatchedByName).ToList();
            stdout.WriteLine($"  matched by name ({matched.Count.ToString(CultureInfo.InvariantCulture)}){(matched.Count == 0 ? ": none" : ":")}");
            foreach (var match in matched)
            {
                stdout.WriteLine($"    {match.StyleId} <- '{match.DocumentStyleName}' (id {match.DocumentStyleId})");
            }

            var supplied = style.Styles.Where(s => s.Kind == StyleMatchKind.Supplied).Select(s => s.StyleId).ToList();
            stdout.WriteLine($"  supplied from Send's defaults ({supplied.Count.ToString(CultureInfo.InvariantCulture)}): {(supplied.Count == 0 ? "none" : string.Join(", ", supplied))}");
            stdout.WriteLine($"Stripped ({style.Stripped.Count.ToString(CultureInfo.InvariantCulture)}){(style.Stripped.Count == 0 ? ": nothing" : ":")}");
            foreach (var item in style.Stripped)
            {
                stdout.WriteLine($"  {item.PartName}: {item.What}");
            }

            stdout.WriteLine($"Colour contrast with black text (WCAG 2.1 AA asks {ColourContrast.AaText.ToString("0.0", CultureInfo.InvariantCulture)}:1):");
            var failures = 0;
            void Contrast(string what, string fill)
            {
                var ratio = ColourContrast.Ratio("000000", fill);
                var pass = ratio >= ColourContrast.AaText;
                failures += pass ? 0 : 1;
                stdout.WriteLine($"  {what,-20} {fill}  {ratio.ToString("0.0", CultureInfo.InvariantCulture)}:1  {(pass ? "pass" : "FAIL")}");
            }

            foreach (var status in new[] { RagStatus.Red, RagStatus.Amber, RagStatus.Green })
            {
                Contrast("RAG " + status.ToString().ToLowerInvariant(), style.Palette.Fill(status));
            }

            if (style.TableHeaderFill is string headerFill)
            {
                Contrast("table header", headerFill);
            }

            return failures == 0 ? ExitCodes.Success : ExitCodes.DataError;
        });
        return command;
    }

    private static Command CreateInit()
    {
        var output = new Option<string>("--output", "-o") { Description = "The .docx to write.", Required = true };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("init", """
            Write a starter house style: Send's default, with a page showing every style Send uses in that style and
            saying what it is for. A comms team restyles it in Word (keeping the style names) and saves it; Send
            ignores the page when the file is used as a house style.

            Examples:
              send house-style init -o council.docx

            Exit codes: 0 written; 1 the file exists (use --force) or cannot be written; 2 usage errors.
            """);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(output)!;
            if (File.Exists(path) && !parseResult.GetValue(force))
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"send house-style init: '{path}' exists; use --force to overwrite it.");
                return ExitCodes.DataError;
            }

            try
            {
                AtomicFile.WriteAllBytes(path, HouseStyleBuilder.BuildStarter());
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"send house-style init: '{path}' could not be written: {ex.Message}");
                return ExitCodes.DataError;
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"wrote {path}: open it in Word, restyle, save, then: send render ... --house-style {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
