using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA318: Python code or shell commands run from strings: eval/exec, a shell, a program found on PATH.</summary>
public sealed class CodeOrCommandExecution : Rule, IPythonRule
{
    public override string Code => "PA318";

    public override string Name => "code-or-command-execution";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors =>
        ["bandit:B102", "bandit:B307", "bandit:B602", "bandit:B604", "bandit:B605", "bandit:B607", "bandit:B609"];

    public override string Summary => "Code or a shell command runs from a string: eval, exec, shell=True, os.system, a program found on PATH";

    public override string Documentation => """
        ## What it does
        Finds `eval` and `exec` of anything but a literal, `subprocess` calls with `shell=True` (and any other call
        passing `shell=True`), `os.system`, `os.popen` and `subprocess.getoutput`, shell commands whose wildcard
        reaches `tar`, `chmod`, `chown` or `rsync`, and programs started by a bare name that `PATH` resolves. A
        finding is an error when a value from the HTTP request (Flask's `request`, a view's `request` parameter, or
        a variable assigned from them) reaches the call in the same function, and information only for a literal
        shell command or a bare program name.

        ## Why is this bad?
        A shell parses its command line: a value pasted into it can add `;`, `|` or `$(...)` and run any command.
        `eval` and `exec` run any Python code the string holds. A wildcard expands to file names, and a file named
        `--checkpoint-action=exec=sh x.sh` becomes an option of `tar`. A bare program name runs whatever comes first
        on `PATH`.

        ## Example
        ```python
        import subprocess

        from flask import Flask, request

        app = Flask(__name__)


        @app.get("/ping")
        def ping():
            host = request.args["host"]
            return subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True).stdout
        ```

        ## Use instead
        ```python
        import subprocess

        from flask import Flask, request

        app = Flask(__name__)


        @app.get("/ping")
        def ping():
            host = request.args["host"]
            return subprocess.run(["/usr/bin/ping", "-c", "1", "--", host], capture_output=True).stdout
        ```

        ## References
        - [Python: subprocess, Security Considerations](https://docs.python.org/3/library/subprocess.html#security-considerations)
        - [Python: eval](https://docs.python.org/3/library/functions.html#eval)
        - [Bandit B602, B604, B605, B607, B609](https://bandit.readthedocs.io/en/latest/plugins/b602_subprocess_popen_with_shell_equals_true.html)
        - [Bandit B102, B307](https://bandit.readthedocs.io/en/latest/plugins/b102_exec_used.html)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(Call)];

    private static readonly string[] Subprocess =
        ["subprocess.Popen", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run"];

    private static readonly string[] Shells =
        ["os.system", "os.popen", "subprocess.getoutput", "subprocess.getstatusoutput", "commands.getoutput", "commands.getstatusoutput"];

    private static readonly TaintPolicy Policy = new(RequestPart.Any, (_, _) => false, (_, _) => false);

    private static readonly string[] WildcardPrograms = ["tar", "chmod", "chown", "rsync"];

    public void Check(Node node, ModuleContext context)
    {
        var call = (Call)node;
        string? name = context.Imports.Qualify(call.Func);
        bool isSubprocess = name is not null && Subprocess.Contains(name);
        bool isEval = name is "eval" or "exec" or "builtins.eval" or "builtins.exec";
        var shell = call.Keywords.FirstOrDefault(k => k.Name == "shell");
        if (!isEval && !isSubprocess && shell is null && (name is null || !Shells.Contains(name)))
        {
            return;
        }
        string code = context.Source[call.Func.Range];
        bool request = FromRequest(call, context);
        string from = request ? " with data from the request" : "";
        var severity = request ? Severity.Error : DefaultSeverity;
        if (isEval)
        {
            if (call.Args is [not Constant, ..])
            {
                context.Report(call.Range, severity, $"`{code}` runs Python code built at run time{from}", name!.EndsWith("eval", StringComparison.Ordinal) ? "bandit:B307" : "bandit:B102");
            }
            return;
        }
        if (name is not null && Shells.Contains(name))
        {
            ReportShell(call, context, severity, $"`{code}` runs its command through a shell{from}", "bandit:B605");
        }
        else if (shell is not null && MayBeTrue(shell.Value))
        {
            ReportShell(call, context, severity, $"`{code}` with `shell=True` runs its command through a shell{from}", isSubprocess ? "bandit:B602" : "bandit:B604");
        }
        else if (isSubprocess && Program(call) is { } program && !program.StartsWith('/') && !program.StartsWith('.') && !program.StartsWith('\\'))
        {
            context.Report(call.Range, request ? severity : Severity.Info, $"`{code}` starts `{program}`, which `PATH` resolves", "bandit:B607");
        }
    }

    /// <summary>True when an argument of <paramref name="call"/> carries request data at that point of its function (no sanitizer can make a command safe).</summary>
    private static bool FromRequest(Call call, ModuleContext context)
    {
        if (context.EnclosingFunction is not { } function)
        {
            return false;
        }
        bool found = false;
        TaintFlow.Run(function, context.Imports, Policy, (reached, flow) =>
            found |= ReferenceEquals(reached, call) && reached.Args.Concat(reached.Keywords.Select(k => k.Value)).Any(a => flow.SourceOf(a) is not null));
        return found;
    }

    /// <summary>A shell finding, naming B609 too when its literal command hands a wildcard to a program that takes options from file names.</summary>
    private static void ReportShell(Call call, ModuleContext context, Severity severity, string message, string anchor)
    {
        string command = call.Args is [Constant { Value: ConstantValue.Str s }, ..] ? s.Value : "";
        bool literal = call.Args is [Constant, ..];
        bool wildcard = command.Contains('*') && command.Split(' ', ';', '|', '&').Any(w => WildcardPrograms.Contains(Path.GetFileName(w)));
        string[] anchors = wildcard ? [anchor, "bandit:B609"] : [anchor];
        context.Report(call.Range, literal && !wildcard && severity != Severity.Error ? Severity.Info : severity, message, anchors);
    }

    /// <summary>As bandit decides: a literal false value is false, anything not literal may be true.</summary>
    private static bool MayBeTrue(Expr value) => value switch
    {
        Constant { Value: ConstantValue.Bool b } => b.Value,
        Constant { Value: ConstantValue.None } => false,
        Constant { Value: ConstantValue.Int i } => !i.Value.IsZero,
        _ => true,
    };

    /// <summary>The program of a literal command: the string, or the first element of a literal list.</summary>
    private static string? Program(Call call) => call.Args.FirstOrDefault() switch
    {
        Constant { Value: ConstantValue.Str s } => s.Value.Split(' ')[0],
        List { Elts: [Constant { Value: ConstantValue.Str s }, ..] } => s.Value,
        Python.Ast.Tuple { Elts: [Constant { Value: ConstantValue.Str s }, ..] } => s.Value,
        _ => null,
    };
}
