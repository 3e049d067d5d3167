using System;
using System.IO;

namespace Send.Reporting.Tests.Support;

/// <summary>
/// Saves documents produced by tests when <c>SEND_REPORTING_OUT</c> names a folder, so a person can look at them
/// (<c>../shared/tools/docx-to-png</c>). Does nothing otherwise.
/// </summary>
internal static class TestOutput
{
    public static void Save(string name, byte[] bytes)
    {
        var folder = Environment.GetEnvironmentVariable("SEND_REPORTING_OUT");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }
    }
}
