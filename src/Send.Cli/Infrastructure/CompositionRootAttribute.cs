using System;

namespace Send.Cli.Infrastructure;

/// <summary>
/// Marks the method where the <c>send</c> tool chooses its real dependencies (the system clock) and hands them to the
/// commands. Send's own SEND1001 rule allows <c>SystemClock.Instance</c> here and nowhere else (docs/rules/SEND1001.md).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, Inherited = false)]
internal sealed class CompositionRootAttribute : Attribute
{
}
