using System.Text.RegularExpressions;

namespace Pyarch.Rules.Semantics;

/// <summary>Reads the options and the application target of a server's command line (<c>gunicorn -w 4 app:app</c>).</summary>
public static partial class ServerArguments
{
    /// <summary>The value of an option written <c>-w 4</c>, <c>--workers 4</c> or <c>--workers=4</c>; null when absent.</summary>
    public static string? Option(IReadOnlyList<string> args, params string[] names)
    {
        for (int i = 0; i < args.Count; i++)
        {
            foreach (string name in names)
            {
                if (args[i] == name)
                {
                    return i + 1 < args.Count ? args[i + 1] : "";
                }
                if (name.StartsWith("--", StringComparison.Ordinal) && args[i].StartsWith(name + "=", StringComparison.Ordinal))
                {
                    return args[i][(name.Length + 1)..];
                }
            }
        }
        return null;
    }

    public static bool Has(IReadOnlyList<string> args, params string[] names) => Option(args, names) is not null;

    /// <summary>
    /// The application the server is given, as <c>module:attribute</c>: a word of that shape, or a dotted module whose
    /// last part is <c>wsgi</c>/<c>asgi</c>, which gunicorn reads as <c>module:application</c>.
    /// </summary>
    public static string? Target(IReadOnlyList<string> args)
    {
        if (args.FirstOrDefault(a => TargetPattern().IsMatch(a)) is { } target)
        {
            return target;
        }
        return args.LastOrDefault(a => ModulePattern().IsMatch(a)) is { } module ? module + ":application" : null;
    }

    [GeneratedRegex(@"^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*(\(.*\))?$")]
    private static partial Regex TargetPattern();

    [GeneratedRegex(@"^([A-Za-z_]\w*\.)*(wsgi|asgi)$")]
    private static partial Regex ModulePattern();
}
