using System.Text.RegularExpressions;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Match = System.Text.RegularExpressions.Match;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA313: HTML escaping switched off for values, or templates built from values.</summary>
public sealed partial class EscapingBypass : Rule, IPythonRule, IProjectRule
{
    public override string Code => "PA313";

    public override string Name => "escaping-bypass";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Error;

    public override IReadOnlyList<string> Anchors => ["bandit:B308", "bandit:B701", "bandit:B703", "bandit:B704"];

    public override string Summary => "HTML escaping is bypassed for values, or a template is built from values";

    public override string Documentation => """
        ## What it does
        Finds Django's `mark_safe` and MarkupSafe's `Markup` given anything but a literal, `format_html` given a
        format string that is itself built with an f-string, `%`, `.format()` or concatenation, Flask's
        `render_template_string` of a template built from values, and a Jinja2 `Environment` created without
        `autoescape` or with `autoescape=False`. In `.html`, `.jinja`, `.jinja2` and `.j2` templates it finds
        `{% autoescape off %}` (or `false`) and the `|safe` and `|safeseq` filters. A literal passed to `mark_safe`
        is not reported: it holds no value to escape.

        ## Why is this bad?
        Escaping is what keeps a value from being read as HTML. A value marked safe, or written under autoescape
        off, that holds `<script>` runs in every visitor's browser with their session (cross-site scripting). A
        template built from a value is worse: the value is template code, and Jinja2 template code can reach
        Python objects and run commands on the server (server-side template injection).

        ## Example
        ```python
        from django.utils.safestring import mark_safe


        def greeting(user):
            return mark_safe(f"<p>Hello, {user.display_name}</p>")
        ```

        ## Use instead
        ```python
        from django.utils.html import format_html


        def greeting(user):
            return format_html("<p>Hello, {}</p>", user.display_name)
        ```

        ## References
        - [Django: mark_safe and format_html](https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.safestring.mark_safe)
        - [Jinja2: Autoescaping](https://jinja.palletsprojects.com/en/stable/api/#autoescaping)
        - [OWASP: Server-side template injection](https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/18-Testing_for_Server-side_Template_Injection)
        - [Bandit B308, B703, B701, B704](https://bandit.readthedocs.io/en/latest/plugins/b703_django_mark_safe.html)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(Call)];

    private static readonly string[] TemplateExtensions = [".html", ".htm", ".jinja", ".jinja2", ".j2"];

    public void Check(Node node, ModuleContext context)
    {
        var call = (Call)node;
        switch (context.Imports.Qualify(call.Func))
        {
            case "django.utils.safestring.mark_safe" or "django.utils.html.mark_safe":
                MarkedSafe(call, FirstArgument(call, context), context, "bandit:B308", "bandit:B703");
                break;
            case "markupsafe.Markup" or "flask.Markup" or "jinja2.Markup":
                MarkedSafe(call, FirstArgument(call, context), context, "bandit:B704");
                break;
            case "django.utils.html.format_html" when FirstArgument(call, context) is { } formatString && BuiltString.Of(formatString) is { } format:
                context.Report(call, $"`{context.Source[call.Func.Range]}` is given a format string built with {format.How}, so its values are not escaped");
                break;
            case "flask.render_template_string" when FirstArgument(call, context) is { } source && BuiltString.Of(source) is { } template:
                context.Report(call, $"`{context.Source[call.Func.Range]}` renders a template built with {template.How}, so its values run as template code");
                break;
            case "jinja2.Environment" or "jinja2.environment.Environment"
                when call.Keywords.FirstOrDefault(k => k.Name == "autoescape") is var autoescape
                    && (autoescape is null || autoescape.Value is Constant { Value: ConstantValue.Bool { Value: false } }):
                context.Report(call, autoescape is null
                    ? $"`{context.Source[call.Func.Range]}` is created without `autoescape`, which is off by default"
                    : $"`{context.Source[call.Func.Range]}` is created with `autoescape=False`", "bandit:B701");
                break;
        }
    }

    /// <summary>The first positional argument, followed through a local variable assigned once.</summary>
    private static Expr? FirstArgument(Call call, ModuleContext context) =>
        call.Args.Count > 0 ? LocalValues.Resolve(call.Args[0], context) : null;

    private static void MarkedSafe(Call call, Expr? value, ModuleContext context, params string[] anchors)
    {
        if (value is null or Constant)
        {
            return;
        }
        string code = context.Source[call.Func.Range];
        context.Report(call, BuiltString.Of(value) is { } built
            ? $"`{code}` marks a string built with {built.How} as safe HTML, so its values are not escaped"
            : $"`{code}` marks a value that is not a literal as safe HTML, so it is not escaped", anchors);
    }

    public void Check(ProjectContext context)
    {
        foreach (var file in context.Model.Tree.Files.Where(f => TemplateExtensions.Any(e => f.Path.EndsWith(e, StringComparison.OrdinalIgnoreCase))))
        {
            if (context.ReadText(file.Path) is not { } text)
            {
                continue;
            }
            foreach (Match tag in TemplateTag().Matches(text))
            {
                if (AutoescapeOff().Match(tag.Value) is { Success: true } off)
                {
                    context.ReportSpan(file.Path, text, tag.Index, tag.Length, $"`{Shorten(tag.Value)}` turns off HTML escaping for the block", off.Value);
                    continue;
                }
                foreach (Match filter in SafeFilter().Matches(tag.Value))
                {
                    string name = filter.Groups["name"].Value;
                    context.ReportSpan(file.Path, text, tag.Index + filter.Index, filter.Length, $"`|{name}` turns off HTML escaping in `{Shorten(tag.Value)}`", tag.Value);
                }
            }
        }
    }

    private static string Shorten(string tag)
    {
        string flat = string.Join(' ', tag.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 60 ? flat : flat[..57] + "...";
    }

    /// <summary>A <c>{{ ... }}</c> or <c>{% ... %}</c> tag (comments <c>{# #}</c> are not tags).</summary>
    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex TemplateTag();

    [GeneratedRegex(@"^\{%-?\s*autoescape\s+(?:off|false)\s*-?%\}$", RegexOptions.IgnoreCase)]
    private static partial Regex AutoescapeOff();

    [GeneratedRegex(@"\|\s*(?<name>safe|safeseq)(?![\w])")]
    private static partial Regex SafeFilter();
}
