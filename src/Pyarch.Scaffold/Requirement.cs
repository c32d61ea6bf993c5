namespace Pyarch.Scaffold;

/// <summary>A pinned dependency of a generated project.</summary>
public sealed record Requirement(string Name, string Version, bool Dev)
{
    public string Pin => $"{Name}=={Version}";
}
