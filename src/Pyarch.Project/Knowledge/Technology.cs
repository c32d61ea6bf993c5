namespace Pyarch.Project.Knowledge;

/// <summary>
/// One technology pyarch can name, as data. It counts when a manifest declares one of its
/// <see cref="Distributions"/> (a trailing <c>*</c> matches a prefix), code imports one of its
/// <see cref="Imports"/> (a module or any submodule of it), one of its <see cref="Files"/> exists (a name, a
/// <c>dir/name</c> suffix, <c>*.ext</c>, or a folder ending in <c>/</c>), a tool table or INI section in
/// <see cref="Sections"/> configures it, a Django setting names one of its <see cref="Settings"/>, a deployment
/// command runs one of its <see cref="Executables"/>, a pre-commit hook in <see cref="Hooks"/> runs it, or a CI
/// file mentions one of its <see cref="CiMentions"/>. <see cref="ImportOnly"/> technologies count on import only.
/// </summary>
public sealed record Technology(string Id, string Category)
{
    public string[] Distributions { get; init; } = [];

    public string[] Imports { get; init; } = [];

    public string[] Files { get; init; } = [];

    public string[] Sections { get; init; } = [];

    public string[] Settings { get; init; } = [];

    public string[] Executables { get; init; } = [];

    public string[] Hooks { get; init; } = [];

    public string[] CiMentions { get; init; } = [];

    public bool ImportOnly { get; init; }

    /// <summary>Free text for <c>pyarch detect --verbose</c> and later the scaffolder: what it is.</summary>
    public string Summary { get; init; } = "";
}
