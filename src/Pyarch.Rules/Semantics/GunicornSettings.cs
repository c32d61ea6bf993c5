using Pyarch.Project;
using Pyarch.Python.Ast;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// The settings a gunicorn configuration file assigns at module level (<c>workers = 4</c>): the file named by
/// <c>-c</c>/<c>--config</c> (found by its file name), else a <c>gunicorn.conf.py</c> or <c>gunicorn_config.py</c> at
/// the root, gunicorn's default being <c>gunicorn.conf.py</c> in the working directory.
/// </summary>
public static class GunicornSettings
{
    public static IReadOnlySet<string> Of(ProjectModel model, IReadOnlyList<string> args)
    {
        string? named = ServerArguments.Option(args, "-c", "--config")?.Replace("python:", "", StringComparison.Ordinal);
        var module = named is null
            ? model.Modules.Modules.FirstOrDefault(m => m.Path is "gunicorn.conf.py" or "gunicorn_config.py" && m.Syntax is not null)
            : model.Modules.Modules.FirstOrDefault(m => Path.GetFileName(m.Path) == Path.GetFileName(named) && m.Syntax is not null);
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
