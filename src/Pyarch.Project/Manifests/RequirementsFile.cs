namespace Pyarch.Project.Manifests;

/// <summary>A <c>-r</c> or <c>-c</c> line: the referenced path as written, relative to the including file's folder.</summary>
public sealed record FileReference(string Target, int Line);

/// <summary>A pip requirements file (<c>requirements*.txt</c>, <c>requirements/*.txt</c>, pip-tools <c>.in</c>).</summary>
public sealed record RequirementsFile(
    string File,
    IReadOnlyList<Requirement> Requirements,
    IReadOnlyList<FileReference> Includes,
    IReadOnlyList<FileReference> Constraints,
    IReadOnlyList<string> Options,
    IReadOnlyList<Problem> Problems)
{
    /// <summary>A <c>.txt</c> with pip-compile's header or pinned hashes was generated from an <c>.in</c> file.</summary>
    public bool IsCompiled { get; init; }
}
