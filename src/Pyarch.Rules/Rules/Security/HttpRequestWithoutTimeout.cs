using Pyarch.Project.Frameworks;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA320: an outbound HTTP request that can wait forever.</summary>
public sealed class HttpRequestWithoutTimeout : Rule, IPythonRule
{
    public override string Code => "PA320";

    public override string Name => "http-request-without-timeout";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["bandit:B113"];

    public override string Summary => "An outbound HTTP request is made without a timeout";

    public override string Documentation => """
        ## What it does
        Finds `requests` calls (module functions such as `requests.get`, and `Session` methods) that pass no
        `timeout`, and `requests` or `httpx` calls, clients and client methods given `timeout=None`.

        `httpx` applies a five-second timeout by default, so an `httpx` call or `httpx.Client()` without a
        `timeout` is fine; only `timeout=None` switches it off. A call that passes `**kwargs` may carry a timeout
        and is not reported, and neither is test code (`tests/`, `test_*.py`, `conftest.py`).

        ## Why is this bad?
        `requests` waits forever by default. A slow or silent upstream then holds a worker, a thread or a
        connection until the process is restarted; a handful of such calls can take a whole web service down.

        ## Example
        ```python
        import requests

        def fetch_rates():
            return requests.get("https://api.example.com/rates").json()
        ```

        ## Use instead
        ```python
        import requests

        def fetch_rates():
            return requests.get("https://api.example.com/rates", timeout=10).json()
        ```

        ## References
        - [Requests: Timeouts](https://requests.readthedocs.io/en/latest/user/advanced/#timeouts)
        - [HTTPX: Timeouts](https://www.python-httpx.org/advanced/timeouts/)
        - [Bandit B113: request_without_timeout](https://bandit.readthedocs.io/en/latest/plugins/b113_request_without_timeout.html)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(Call)];

    public void Check(Node node, ModuleContext context)
    {
        var call = (Call)node;
        if (DjangoAnalysis.IsTestPath(context.Module.Path) || HttpClientCall.Resolve(call, context.Imports) is not { } http || call.HasDoubleStar())
        {
            return;
        }
        var timeout = call.Keyword("timeout");
        if (timeout is not null && CallArguments.IsNone(timeout.Value))
        {
            context.Report(timeout, $"`{http.Display}` is given `timeout=None`", "bandit:B113");
        }
        else if (timeout is null && http is { Library: "requests", IsConstructor: false })
        {
            context.Report(call, $"`{http.Display}` is called without a `timeout`", "bandit:B113");
        }
    }
}
