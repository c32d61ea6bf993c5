namespace Pyarch.Project.Modules;

/// <summary>
/// One imported module as code names it, with relative imports already resolved to absolute names:
/// <c>import a.b</c> gives <c>a.b</c>; <c>from .x import y</c> inside <c>pkg.m</c> gives <c>pkg.x</c> with
/// name <c>y</c>. <see cref="Module"/> is null when a relative import climbs above the top-level package.
/// </summary>
public sealed record ImportRecord(string? Module, IReadOnlyList<string> Names, int Line, int Level, bool IsFrom)
{
    public bool IsStar => Names is ["*"];

    /// <summary>The first part of <see cref="Module"/> (<c>a</c> for <c>a.b</c>); readers ask it of every import, so it is made once.</summary>
    public string? TopLevel { get; } = Module is null ? null : Module.IndexOf('.') is var dot and >= 0 ? Module[..dot] : Module;
}
