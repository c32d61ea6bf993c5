using System.Text.RegularExpressions;
using Pyarch.Project.Frameworks;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Pyarch.Text;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA322: a string literal given to a name that holds a password, token, secret or API key.</summary>
public sealed partial class CredentialLiteral : Rule, IPythonRule
{
    public override string Code => "PA322";

    public override string Name => "credential-literal";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Error;

    public override bool FindsSecrets => true;

    public override IReadOnlyList<string> Anchors => ["bandit:B105", "bandit:B106", "bandit:B107"];

    public override string Summary => "A string literal is assigned, passed or defaulted to a password, token, secret or API key";

    public override string Documentation => """
        ## What it does
        Finds a string literal assigned to, compared with, passed as a keyword argument to, or set as the default of
        a parameter named like a credential: the words of bandit's list (`password`, `passwd`, `pwd`, `pass`,
        `passphrase`, `token`, `secret`) plus `api_key`, as a whole word of a snake_case or camelCase name
        (`db_password`, `apiToken`). It leaves out what is not a credential: empty strings, URLs and paths,
        environment variable names (`"DB_PASSWORD"`), `$VAR`, `${...}` and `{{...}}` templates, UUID-like ids,
        masks and placeholders without a letter or digit (`"****"`, `"---"`), enum-like constants whose value is a
        name (`NEXT_TOKEN = "NextToken"`), and names whose last word says they hold something else
        (`password_field`, `token_url`, `password_status`). Test modules are skipped: their throwaway keys are deliberate (bandit reports them; pyarch does not). The value is never printed.

        With the option `high-entropy = true` (`[tool.pyarch.rules.PA322]`, off by default) it also reports a literal
        bound the same ways to any other name when it looks random: at least 20 characters without spaces, hex with
        an entropy of at least 3.0 bits per character or Base64 with at least 4.5, detect-secrets' thresholds. Such
        findings carry no bandit anchor, since bandit looks at names only.

        ## Why is this bad?
        A credential in the source is in every clone, fork, backup, log of the repository and image built from it,
        and cannot be rotated without a release. Anyone who can read the code can use it.

        ## Example
        ```python
        import psycopg


        def connect():
            return psycopg.connect(host="db", user="shop", password="s3cr3t-Pa55")
        ```

        ## Use instead
        ```python
        import os

        import psycopg


        def connect():
            return psycopg.connect(host="db", user="shop", password=os.environ["DB_PASSWORD"])
        ```

        ## References
        - [OWASP: Use of hard-coded password](https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password)
        - [CWE-259: Use of Hard-coded Password](https://cwe.mitre.org/data/definitions/259.html)
        - [Bandit B105, B106, B107](https://bandit.readthedocs.io/en/latest/plugins/b105_hardcoded_password_string.html)
        """;

    public override IReadOnlyList<RuleOption> Options => [new(HighEntropy, RuleOptionKind.Boolean)];

    /// <summary>The option that also reports random-looking literals bound to any name, as detect-secrets' entropy plugins do.</summary>
    private const string HighEntropy = "high-entropy";

    public IReadOnlyList<Type> NodeTypes { get; } =
        [typeof(Assign), typeof(AnnAssign), typeof(Compare), typeof(Call), typeof(FunctionDef), typeof(AsyncFunctionDef)];

    public void Check(Node node, ModuleContext context)
    {
        // Test suites sign and log in with throwaway keys on purpose; a real credential there is PA323's to find.
        if (DjangoAnalysis.IsTestPath(context.Module.Path))
        {
            return;
        }
        switch (node)
        {
            case Assign assign:
                foreach (var target in assign.Targets)
                {
                    Assigned(target, assign.Value, context);
                }
                break;
            case AnnAssign { Value: { } value } annotated:
                Assigned(annotated.Target, value, context);
                break;
            case Compare { Left: var left, Comparators: [var right] }:
                if (NameOf(left) is { } compared && IsCredential(compared, right))
                {
                    context.Report(left.Range, $"`{compared}` is compared with a string literal that looks like a credential", "bandit:B105");
                }
                break;
            case Call call:
                foreach (var keyword in call.Keywords)
                {
                    if (keyword.Name is { } name)
                    {
                        Bound(new TextRange(keyword.Range.Start, keyword.Range.Start + name.Length), $"`{name}=` is given", name, keyword.Value, "bandit:B106", context);
                    }
                }
                break;
            case FunctionDef f:
                Defaults(f.Args, context);
                break;
            case AsyncFunctionDef f:
                Defaults(f.Args, context);
                break;
        }
    }

    private static void Assigned(Expr target, Expr value, ModuleContext context)
    {
        if (NameOf(target) is { } name)
        {
            // The target only: the finding's code snippet must not hold the value.
            Bound(target.Range, $"`{name}` is assigned", name, value, "bandit:B105", context);
        }
    }

    private static void Defaults(Arguments args, ModuleContext context)
    {
        var positional = args.PosonlyArgs.Concat(args.Args).ToList();
        var pairs = positional.Skip(positional.Count - args.Defaults.Count).Zip(args.Defaults)
            .Concat(args.KwonlyArgs.Zip(args.KwDefaults).Where(p => p.Second is not null).Select(p => (p.First, p.Second!)));
        foreach (var (parameter, value) in pairs)
        {
            Bound(parameter.Range, $"`{parameter.Name}` defaults to", parameter.Name, value, "bandit:B107", context);
        }
    }

    /// <summary>The name a target or operand is known by: a variable, an attribute, or a string subscript key (<c>config["SECRET_KEY"]</c>).</summary>
    private static string? NameOf(Expr expr) => expr switch
    {
        Name n => n.Id,
        Attribute a => a.Attr,
        Subscript { Slice: Constant { Value: ConstantValue.Str key } } => key.Value,
        _ => null,
    };

    /// <summary>
    /// A literal bound to a name by assignment, keyword or default: reported as a credential by the name, else, in
    /// high-entropy mode, as random by its characters. <paramref name="subject"/> begins the message.
    /// </summary>
    private static void Bound(TextRange at, string subject, string name, Expr value, string anchor, ModuleContext context)
    {
        if (IsCredential(name, value))
        {
            context.Report(at, $"{subject} a string literal that looks like a credential", anchor);
        }
        else if (Randomness(value, context) is { } random)
        {
            context.Report(at, $"{subject} a string literal that looks random ({random})");
        }
    }

    /// <summary>
    /// With <c>high-entropy = true</c>: a literal of at least 20 characters, no spaces, that is hex with a Shannon
    /// entropy of at least 3.0 bits per character or Base64 with at least 4.5, the thresholds of detect-secrets. Says
    /// which, never the value; null otherwise, and always when the option is off.
    /// </summary>
    private static string? Randomness(Expr value, ModuleContext context)
    {
        if (!context.Options.Boolean(HighEntropy, false) || value is not Constant { Value: ConstantValue.Str { Value: var text } }
            || text.Length < 20 || IsNotASecret(text, ""))
        {
            return null;
        }
        double entropy = Entropy(text);
        if (text.All(char.IsAsciiHexDigit))
        {
            return entropy >= 3.0 ? $"hex, entropy {entropy:F1}" : null;
        }
        bool base64 = text.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '-' or '_');
        return base64 && entropy >= 4.5 ? $"Base64, entropy {entropy:F1}" : null;
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    private static double Entropy(string text) =>
        text.GroupBy(c => c).Sum(g => -(double)g.Count() / text.Length * Math.Log2((double)g.Count() / text.Length));

    private static bool IsCredential(string name, Expr value)
    {
        if (value is not Constant { Value: ConstantValue.Str { Value: var text } })
        {
            return false;
        }
        string words = IdentifierWords.SnakeCase(name);
        return CredentialWord().IsMatch(words) && !OtherRole().IsMatch(words) && !IsNotASecret(text, words);
    }

    /// <summary>The false-alarm classes of the catalog: values that are not secrets whatever the name says.</summary>
    private static bool IsNotASecret(string value, string nameWords)
    {
        string trimmed = value.Trim();
        // A mask or a placeholder: no letter or digit at all ("********", "---"), or only x's ("xxxx-xxxx").
        if (trimmed.All(c => c is 'x' or 'X' || !char.IsLetterOrDigit(c)))
        {
            return true;
        }
        if (Url().IsMatch(trimmed) || trimmed.StartsWith('/') || EnvName().IsMatch(trimmed) || Template().IsMatch(trimmed) || Uuid().IsMatch(trimmed))
        {
            return true;
        }
        // Enum-like: the value is up to three words naming the same thing as the variable, or naming a credential kind.
        string compact = trimmed.ToLowerInvariant().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return Identifier().IsMatch(trimmed)
            && (nameWords.Replace("_", "", StringComparison.Ordinal).Contains(compact, StringComparison.Ordinal)
                || CredentialWord().IsMatch(IdentifierWords.SnakeCase(trimmed.Replace('-', '_').Replace(' ', '_')))
                || Stopwords.Contains(compact));
    }

    private static readonly HashSet<string> Stopwords = ["bearer", "basic", "digest", "jwt", "oauth", "oauth2", "none", "null", "true", "false", "required", "optional", "hidden"];

    /// <summary>Bandit's B105-B107 words as a whole word of the name, plus <c>api_key</c>.</summary>
    [GeneratedRegex(@"(?:^|_)(?:pas+wo?r?d|pass(?:phrase)?|pwd|token|secrete?|api_?key)(?:_|$)")]
    private static partial Regex CredentialWord();

    [GeneratedRegex(@"_(?:url|uri|endpoint|name|field|env|var|path|file|type|header|prefix|suffix|length|len|pattern|regex|label|help|message|template|policy|param|column|attr|key_name|expiry|ttl|lifetime|count|status|state|mode|kind|error|hint)$")]
    private static partial Regex OtherRole();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*://")]
    private static partial Regex Url();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")]
    private static partial Regex EnvName();

    [GeneratedRegex(@"^\$[A-Za-z_]|\$\{[^}]*\}|\{\{[^}]*\}\}")]
    private static partial Regex Template();

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"^[A-Za-z]+(?:[_ -]?[A-Za-z]+){0,2}$")]
    private static partial Regex Identifier();
}
