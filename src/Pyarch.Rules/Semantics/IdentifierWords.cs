using System.Text.RegularExpressions;

namespace Pyarch.Rules.Semantics;

/// <summary>The words of a Python name, whether it is written in snake_case or camelCase (<c>apiToken</c> is <c>api_token</c>).</summary>
public static partial class IdentifierWords
{
    /// <summary>The name in lower-case snake_case: a word boundary inside camelCase becomes an underscore.</summary>
    public static string SnakeCase(string name) => CamelBoundary().Replace(name, "$1_$2").ToLowerInvariant();

    /// <summary>The name's lower-case words (<c>isSafeNext</c> and <c>_is_safe_next</c> are both is, safe, next).</summary>
    public static string[] Of(string name) => SnakeCase(name).Split('_', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"([a-z0-9])([A-Z])")]
    private static partial Regex CamelBoundary();
}
