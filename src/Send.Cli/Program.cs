using System;
using System.CommandLine;
using Send.Cli.Infrastructure;
using Send.Domain.Validation;

namespace Send.Cli;

/// <summary>Entry point of the <c>send</c> tool. It only parses arguments, reads files and calls the libraries.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        ShortProcessCollector.Start();
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the tool with the given arguments, writing to the given streams; used by tests.</summary>
    internal static int Run(string[] args, System.IO.TextWriter stdout, System.IO.TextWriter stderr)
    {
        var root = SendCommandLine.Create();
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                stderr.WriteLine("send: " + error.Message);
            }

            stderr.WriteLine("Run 'send --help' (or 'send <command> --help') for usage and examples.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (DataException ex)
        {
            foreach (var problem in ex.Problems)
            {
                stderr.WriteLine(problem.ToString());
            }

            return ExitCodes.DataError;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("SEND_DEBUG") != "1")
        {
            // A report author never sees a stack trace; set SEND_DEBUG=1 to get one.
            stderr.WriteLine("send: internal error: " + ex.Message);
            stderr.WriteLine("This is a bug in send, not in your files. Please report it with the command you ran (set SEND_DEBUG=1 for details).");
            return ExitCodes.DataError;
        }
    }
}
