namespace Pyarch.Project.Modules;

/// <summary>
/// One imported module as code names it, with relative imports already resolved to absolute names:
/// <c>import a.b</c> gives <c>a.b</c>; <c>from .x import y</c> inside <c>pkg.m</c> gives <c>pkg.x</c> with
/// name <c>y</c>. <see cref="Module"/> is null when a relative import climbs above the top-level package.
/// </summary>
public sealed record ImportRecord(string? Module, IReadOnlyList<string> Names, int Line, int Level, bool IsFrom)
{
    public bool IsStar => Names is ["*"];

    public string? TopLevel => Module?.Split('.')[0];
}
