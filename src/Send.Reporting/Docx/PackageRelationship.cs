namespace Send.Reporting.Docx;

/// <summary>
/// One relationship of an Open Packaging Conventions package, as it appears in a <c>.rels</c> entry: an id unique
/// among its source's relationships, a type URI, and a target, either a part name relative to the source's folder
/// (<c>charts/chart1.xml</c>) or, when <see cref="IsExternal"/>, an absolute address.
/// </summary>
/// <param name="Id">The id, for example <c>rId1</c>.</param>
/// <param name="Type">The relationship type URI.</param>
/// <param name="Target">The target as written in the <c>.rels</c> entry.</param>
/// <param name="IsExternal">Whether the target is outside the package (<c>TargetMode="External"</c>).</param>
public sealed record PackageRelationship(string Id, string Type, string Target, bool IsExternal);
