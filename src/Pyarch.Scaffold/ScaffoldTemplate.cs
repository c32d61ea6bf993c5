namespace Pyarch.Scaffold;

/// <summary>One of the guide's project structures that <c>pyarch new</c> can generate.</summary>
/// <param name="Id">The name typed on the command line.</param>
/// <param name="Summary">One line for <c>--help</c> and the wizard.</param>
/// <param name="Frameworks">The web frameworks it can be built on, default first; empty for data projects.</param>
/// <param name="Extras">The <c>--with</c> values that make sense for it.</param>
/// <param name="HasDatabase">Whether <c>--db</c> applies.</param>
public sealed record ScaffoldTemplate(
    string Id,
    string Summary,
    IReadOnlyList<string> Frameworks,
    IReadOnlyList<string> Extras,
    bool HasDatabase)
{
    public ServerKind ServerFor(string framework) => framework switch
    {
        "fastapi" => ServerKind.Asgi,
        "django" or "flask" => ServerKind.Wsgi,
        _ => ServerKind.None,
    };
}
