namespace Send.Cli.Infrastructure;

/// <summary>The process exit codes every <c>send</c> command uses.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The data or a template had errors (reported as <c>path(line,col): message</c>).</summary>
    public const int DataError = 1;

    /// <summary>The command line itself was wrong: unknown command or option, missing argument.</summary>
    public const int UsageError = 2;
}
