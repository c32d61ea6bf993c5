namespace Pyarch.Scaffold;

/// <summary>A template to use, with the guide's reasons for it.</summary>
public sealed record Recommendation(string Template, string? Framework, IReadOnlyList<string> Reasons);
