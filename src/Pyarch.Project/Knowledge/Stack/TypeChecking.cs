namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>type_checking</c> category.</summary>
public static class TypeChecking
{
    public const string Mypy = "mypy";
    public const string Pyright = "pyright";
    public const string Pyre = "pyre";

    private const string C = StackCategory.TypeChecking;

    public static readonly Technology[] All =
    [
        new(Mypy, C) { Distributions = ["mypy", "django-stubs"], Files = ["mypy.ini", ".mypy.ini"], Sections = ["mypy"], Hooks = ["mypy"], Executables = ["mypy"] },
        new(Pyright, C) { Distributions = ["pyright", "basedpyright"], Files = ["pyrightconfig.json"], Sections = ["pyright", "basedpyright"], Hooks = ["pyright"], Executables = ["pyright"] },
        new(Pyre, C) { Distributions = ["pyre-check"], Files = [".pyre_configuration"], Executables = ["pyre"] },
    ];
}
