using Pyarch.Project;
using Pyarch.Python.Ast;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// The settings a gunicorn configuration file assigns at module level (<c>workers = 4</c>): the file named by
/// <c>-c</c>/<c>--config</c>, else <c>gunicorn.conf.py</c> (gunicorn's default, read from the working directory) or
/// a <c>gunicorn_config.py</c> anywhere in the project.
/// </summary>
public static class GunicornSettings
{
    public static IReadOnlySet<string> Of(ProjectModel model, IReadOnlyList<string> args)
    {
        string? named = ServerArguments.Option(args, "-c", "--config")?.Replace("python:", "", StringComparison.Ordinal);
        string[] candidates = named is null ? ["gunicorn.conf.py", "gunicorn_config.py"] : [Path.GetFileName(named)];
        var module = model.Modules.Modules.FirstOrDefault(m => candidates.Contains(Path.GetFileName(m.Path)) && m.Syntax is not null);
        if (module?.Syntax is not { } syntax)
        {
            return new HashSet<string>();
        }
        return syntax.Body
            .SelectMany(s => s switch
            {
                Assign a => a.Targets,
                AnnAssign a => [a.Target],
                _ => [],
            })
            .OfType<Name>()
            .Select(n => n.Id)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when the configuration file could not be found: then nothing can be said about its settings.</summary>
    public static bool NamedButMissing(ProjectModel model, IReadOnlyList<string> args) =>
        ServerArguments.Option(args, "-c", "--config") is { } named && !named.StartsWith("python:", StringComparison.Ordinal)
        && !model.Modules.Modules.Any(m => Path.GetFileName(m.Path) == Path.GetFileName(named) && m.Syntax is not null);
}
