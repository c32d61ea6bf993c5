using Pyarch.Project.Frameworks;
using Pyarch.Python.Ast;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA317: data deserialized by a format that can build arbitrary objects or run code while loading.</summary>
public sealed class UnsafeDeserialization : Rule, IPythonRule
{
    public override string Code => "PA317";

    public override string Name => "unsafe-deserialization";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Error;

    public override IReadOnlyList<string> Anchors => ["bandit:B301", "bandit:B302", "bandit:B506", "bandit:B614"];

    public override string Summary => "Data is loaded with a deserializer that can run code: pickle, marshal, shelve, dill, unsafe YAML, torch or joblib";

    public override string Documentation => """
        ## What it does
        Finds loads through `pickle`, `cPickle`, `_pickle`, `dill`, `shelve`, `jsonpickle` and `pandas.read_pickle`,
        `marshal`, `yaml.load` without a safe `Loader` (and `yaml.unsafe_load`), `torch.load` without
        `weights_only=True`, and `joblib.load` of a path that is not a literal. Names are resolved through imports,
        so `from pickle import loads as decode` counts. Importing these modules is not reported: dumping is safe.

        ## Why is this bad?
        A pickle (and dill, shelve, joblib and torch's default format, which are built on it) names the callables to
        run while it loads, so whoever controls the bytes runs code in the process. `yaml.load` with the default or
        full loader builds arbitrary Python objects from tags. `marshal` is not meant for untrusted data at all.

        ## Example
        ```python
        import pickle

        from flask import Flask, request

        app = Flask(__name__)


        @app.post("/cart")
        def restore_cart():
            return pickle.loads(request.get_data())
        ```

        ## Use instead
        ```python
        import json

        from flask import Flask, request

        app = Flask(__name__)


        @app.post("/cart")
        def restore_cart():
            return json.loads(request.get_data())
        ```

        ## References
        - [Python: pickle](https://docs.python.org/3/library/pickle.html) (the warning at the top)
        - [PyYAML: yaml.load(input) deprecation](https://github.com/yaml/pyyaml/wiki/PyYAML-yaml.load(input)-Deprecation)
        - [PyTorch: torch.load and weights_only](https://pytorch.org/docs/stable/generated/torch.load.html)
        - [Bandit B301, B302, B506, B614](https://bandit.readthedocs.io/en/latest/blacklists/blacklist_calls.html)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(Call)];

    private static readonly string[] Pickles =
    [
        "pickle.load", "pickle.loads", "pickle.Unpickler", "cPickle.load", "cPickle.loads", "cPickle.Unpickler",
        "_pickle.load", "_pickle.loads", "_pickle.Unpickler", "dill.load", "dill.loads", "dill.Unpickler",
        "shelve.open", "shelve.DbfilenameShelf", "jsonpickle.decode", "jsonpickle.unpickler.decode",
        "pandas.read_pickle",
    ];

    private static readonly string[] SafeYamlLoaders = ["SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"];

    public void Check(Node node, ModuleContext context)
    {
        var call = (Call)node;
        // A test that round-trips its own pickle loads nothing an attacker wrote.
        if (DjangoAnalysis.IsTestPath(context.Module.Path) || context.Imports.Qualify(call.Func) is not { } name)
        {
            return;
        }
        string code = context.Source[call.Func.Range];
        switch (name)
        {
            case var _ when Pickles.Contains(name):
                context.Report(call, $"`{code}` unpickles data, which runs any code the data names", "bandit:B301");
                break;
            case "marshal.load" or "marshal.loads":
                context.Report(call, $"`{code}` reads a format that is not safe for data from outside", "bandit:B302");
                break;
            case "yaml.unsafe_load" or "yaml.unsafe_load_all":
                context.Report(call, $"`{code}` builds arbitrary Python objects from YAML tags", "bandit:B506");
                break;
            case "yaml.load" or "yaml.load_all" when !HasSafeLoader(call, context):
                context.Report(call, $"`{code}` without a safe `Loader` builds arbitrary Python objects from YAML tags", "bandit:B506");
                break;
            case "torch.load" or "torch.serialization.load" when !WeightsOnly(call):
                context.Report(call, $"`{code}` without `weights_only=True` unpickles the file, which runs any code it names", "bandit:B614");
                break;
            case "joblib.load" when call.Args is [not Constant, ..]:
                context.Report(call, $"`{code}` of a path that is not a literal unpickles a file that may come from outside");
                break;
        }
    }

    /// <summary>A <c>Loader</c> (keyword or second argument) that is one of PyYAML's safe loaders, however it is imported.</summary>
    private static bool HasSafeLoader(Call call, ModuleContext context)
    {
        var loader = call.Keywords.FirstOrDefault(k => k.Name == "Loader")?.Value ?? (call.Args.Count > 1 ? call.Args[1] : null);
        return loader is not null && context.Imports.Qualify(loader) is { } qualified
            && SafeYamlLoaders.Contains(qualified.Split('.')[^1]);
    }

    private static bool WeightsOnly(Call call) =>
        call.Keywords.Any(k => k.Name == "weights_only" && k.Value is Constant { Value: ConstantValue.Bool { Value: true } });
}
