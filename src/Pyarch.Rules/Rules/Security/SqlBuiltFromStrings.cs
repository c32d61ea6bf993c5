using System.Text.RegularExpressions;
using Pyarch.Project.Frameworks;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA312: SQL text built from values with string operations and handed to a database call.</summary>
public sealed partial class SqlBuiltFromStrings : Rule, IPythonRule
{
    public override string Code => "PA312";

    public override string Name => "sql-built-from-strings";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Error;

    public override IReadOnlyList<string> Anchors => ["bandit:B608", "bandit:B610", "bandit:B611"];

    public override string Summary => "SQL text is built from values with string formatting and passed to a database call";

    public override string Documentation => """
        ## What it does
        Finds SQL built with an f-string, `%` formatting, `.format()`, concatenation or `.replace()` that reaches
        `execute`, `executemany`, `raw`, Django's `RawSQL` or `.extra()`, or SQLAlchemy's `text()`, directly or
        through a variable the same function assigns. It stays quiet when every formatted value sits where SQL
        expects a name (after `FROM`, `JOIN`, `INTO`, `UPDATE`, `TABLE`, `BY` or a `.`), as when a query picks its
        table and binds its values as parameters, and it never looks at strings that only look like SQL, such as
        log and exception messages.

        ## Why is this bad?
        A value pasted into SQL text is parsed as SQL. A quote in it ends the literal and whatever follows runs
        with the application's database rights: reading other users' rows, changing them, or dropping tables.
        Parameters are sent apart from the SQL text, so the database never parses them.

        ## Example
        ```python
        import sqlite3


        def find_user(name):
            connection = sqlite3.connect("app.db")
            query = f"SELECT id, email FROM users WHERE name = '{name}'"
            return connection.execute(query).fetchone()
        ```

        ## Use instead
        ```python
        import sqlite3


        def find_user(name):
            connection = sqlite3.connect("app.db")
            return connection.execute("SELECT id, email FROM users WHERE name = ?", (name,)).fetchone()
        ```

        ## References
        - [Python DB-API: paramstyle](https://peps.python.org/pep-0249/#paramstyle)
        - [Django: Performing raw SQL queries](https://docs.djangoproject.com/en/stable/topics/db/sql/)
        - [SQLAlchemy: Using Textual SQL](https://docs.sqlalchemy.org/en/20/core/tutorial.html#using-textual-sql)
        - [Bandit B608: hardcoded_sql_expressions](https://bandit.readthedocs.io/en/latest/plugins/b608_hardcoded_sql_expressions.html)
        - [Bandit B610, B611: django_extra_used, django_rawsql_used](https://bandit.readthedocs.io/en/latest/plugins/b610_django_extra_used.html)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(Call)];

    public void Check(Node node, ModuleContext context)
    {
        var call = (Call)node;
        if (call.Func is Attribute { Attr: "extra" })
        {
            CheckExtra(call, context);
        }
        else if (context.Imports.Is(call.Func, "django.db.models.RawSQL", "django.db.models.expressions.RawSQL"))
        {
            if (Query(call) is { } sql && Built(sql, context).FirstOrDefault() is { } built && !OnlyNames(built))
            {
                context.Report(call, $"SQL built with {built.How} reaches `RawSQL`", "bandit:B611");
            }
        }
        else if (SinkName(call, context) is { } sink && Query(call) is { } query)
        {
            CheckQuery(call, sink, query, context);
        }
    }

    /// <summary>The query argument of a sink: the first positional argument, or the keyword DB-API drivers and ORMs name it.</summary>
    private static Expr? Query(Call call) =>
        call.Args.Count > 0 ? call.Args[0]
            : call.Keywords.FirstOrDefault(k => k.Name is "sql" or "query" or "operation" or "statement" or "raw_query" or "text")?.Value;

    private static string? SinkName(Call call, ModuleContext context) => call.Func switch
    {
        Attribute { Attr: "execute" or "executemany" or "raw" } a => "." + a.Attr + "()",
        _ when context.Imports.Is(call.Func, "sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text") => "text()",
        _ => null,
    };

    private static void CheckQuery(Call call, string sink, Expr query, ModuleContext context)
    {
        // A name's strings are reported where they are built, once: at the first sink of the function that takes the name.
        if (query is Name name && !IsFirstSinkOf(name.Id, call, context))
        {
            return;
        }
        var pieces = Built(query, context);
        if (sink != "text()" && !LooksLikeSql(LiteralText(query, context, 3)))
        {
            return;
        }
        foreach (var built in pieces.Where(b => !OnlyNames(b)))
        {
            string[] anchors = BanditSql().IsMatch(built.Literal) ? ["bandit:B608"] : [];
            context.Report(built.Expression, $"SQL built with {built.How} reaches `{sink}`", anchors);
        }
    }

    private static void CheckExtra(Call call, ModuleContext context)
    {
        string[] positional = ["select", "where", "params", "tables"];
        var arguments = call.Args.Select((a, i) => (Name: i < positional.Length ? positional[i] : "", Value: a))
            .Concat(call.Keywords.Select(k => (Name: k.Name ?? "", k.Value)));
        foreach (var (_, value) in arguments.Where(a => a.Name is "select" or "where" or "tables"))
        {
            var resolved = LocalValues.Resolve(value, context);
            var elements = resolved switch
            {
                List l => l.Elts,
                Python.Ast.Tuple t => t.Elts,
                Dict d => d.Values,
                _ => [resolved],
            };
            if (elements.SelectMany(e => Built(e, context)).FirstOrDefault(b => !OnlyNames(b)) is { } built)
            {
                context.Report(call, $"SQL built with {built.How} reaches `.extra()`", "bandit:B610");
                return;
            }
        }
    }

    /// <summary>The strings built from values that an expression is, or that a name is assigned in its scope.</summary>
    private static List<BuiltString> Built(Expr expr, ModuleContext context) =>
        expr is Name name
            ? LocalValues.Of(name.Id, context).Select(a => BuiltString.Of(a.Value)).OfType<BuiltString>().ToList()
            : BuiltString.Of(expr) is { } built ? [built] : [];

    /// <summary>The literal text an expression is made of, following names to what their scope assigns them.</summary>
    private static string LiteralText(Expr expr, ModuleContext context, int depth) => expr switch
    {
        Constant { Value: ConstantValue.Str s } => s.Value,
        _ when depth == 0 => "",
        Name name => string.Join(' ', LocalValues.Of(name.Id, context).Select(a => LiteralText(a.Value, context, depth - 1))),
        _ when BuiltString.Of(expr) is { } built =>
            string.Concat(built.Parts.Select(p => p.Text + (p.Hole is Name hole ? LiteralText(hole, context, depth - 1) : ""))),
        _ => "",
    };

    private static bool IsFirstSinkOf(string name, Call call, ModuleContext context)
    {
        var body = context.EnclosingFunction switch
        {
            FunctionDef f => f.Body,
            AsyncFunctionDef f => f.Body,
            _ => context.Syntax.Body,
        };
        var first = SyntaxSearch.AllCalls(body)
            .Where(c => Query(c) is Name n && n.Id == name && SinkName(c, context) is not null)
            .MinBy(c => c.Range.Start);
        return first is null || first.Range.Start == call.Range.Start;
    }

    /// <summary>
    /// True when every value goes where SQL wants a name, so the query chooses a table or column and leaves values
    /// to bound parameters (the complaint of bandit issue #1302).
    /// </summary>
    private static bool OnlyNames(BuiltString built) =>
        built.Holes.All(h => NamePosition().IsMatch(h.Before));

    private static bool LooksLikeSql(string text) => BanditSql().IsMatch(text) || MoreSql().IsMatch(text);

    [GeneratedRegex(@"(?:\b(?:from|join|into|update|table|exists|by)|\.)\s*[""`\[]?$", RegexOptions.IgnoreCase)]
    private static partial Regex NamePosition();

    /// <summary>Bandit's <c>SIMPLE_SQL_RE</c> (B608): what bandit itself considers SQL.</summary>
    [GeneratedRegex(@"(select\s.*from\s|delete\s+from\s|insert\s+into\s.*values\s|update\s.*set\s)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex BanditSql();

    [GeneratedRegex(@"\b(?:select\s.*\bfrom|delete\s+from|insert\s+into|update\s+\S+\s+set|where|create\s+table|drop\s+table|alter\s+table)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MoreSql();
}
