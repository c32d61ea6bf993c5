using Pyarch.Project.Frameworks;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA319: certificate checks switched off, obsolete TLS versions, broken hashes used for security, short keys, weak Django password hashers.</summary>
public sealed class WeakTlsOrCrypto : Rule, IPythonRule
{
    private static readonly HashSet<string> BadProtocols = new(StringComparer.Ordinal)
    {
        "ssl.PROTOCOL_SSLv2", "ssl.PROTOCOL_SSLv3", "ssl.PROTOCOL_TLSv1", "ssl.PROTOCOL_TLSv1_1",
        "OpenSSL.SSL.SSLv2_METHOD", "OpenSSL.SSL.SSLv23_METHOD", "OpenSSL.SSL.SSLv3_METHOD", "OpenSSL.SSL.TLSv1_METHOD",
        "OpenSSL.SSL.TLSv1_1_METHOD",
    };

    private static readonly HashSet<string> ProtocolTakers = new(StringComparer.Ordinal)
    {
        "ssl.SSLContext", "ssl.wrap_socket", "ssl.get_server_certificate", "OpenSSL.SSL.Context",
    };

    private static readonly HashSet<string> HashlibWeak = new(StringComparer.Ordinal) { "md5", "sha1" };

    private static readonly HashSet<string> CryptoWeak = new(StringComparer.Ordinal)
    {
        "Crypto.Hash.MD2.new", "Crypto.Hash.MD4.new", "Crypto.Hash.MD5.new", "Crypto.Hash.SHA.new", "Crypto.Hash.SHA1.new",
        "Cryptodome.Hash.MD2.new", "Cryptodome.Hash.MD4.new", "Cryptodome.Hash.MD5.new", "Cryptodome.Hash.SHA.new", "Cryptodome.Hash.SHA1.new",
        "cryptography.hazmat.primitives.hashes.MD5", "cryptography.hazmat.primitives.hashes.SHA1",
    };

    /// <summary>Key generators and the position of their key size (keyword <c>key_size</c>, or <c>bits</c> for PyCryptodome).</summary>
    private static readonly Dictionary<string, (int Position, string Keyword)> KeyGenerators = new(StringComparer.Ordinal)
    {
        ["cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key"] = (1, "key_size"),
        ["cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key"] = (0, "key_size"),
        ["Crypto.PublicKey.RSA.generate"] = (0, "bits"),
        ["Crypto.PublicKey.DSA.generate"] = (0, "bits"),
        ["Cryptodome.PublicKey.RSA.generate"] = (0, "bits"),
        ["Cryptodome.PublicKey.DSA.generate"] = (0, "bits"),
    };

    private static readonly HashSet<string> WeakHashers = new(StringComparer.Ordinal)
    {
        "django.contrib.auth.hashers.MD5PasswordHasher", "django.contrib.auth.hashers.SHA1PasswordHasher",
        "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher", "django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher",
        "django.contrib.auth.hashers.CryptPasswordHasher",
    };

    public override string Code => "PA319";

    public override string Name => "weak-tls-or-crypto";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["bandit:B501", "bandit:B323", "bandit:B502", "bandit:B503", "bandit:B505", "bandit:B303", "bandit:B324"];

    public override string Summary => "TLS certificate checks are off, an obsolete protocol or key size is used, or MD5/SHA-1 protects something";

    public override string Documentation => """
        ## What it does
        Finds:
        - `verify=False` on a `requests` or `httpx` call, session or client (bandit B501);
        - `ssl._create_unverified_context` (B323);
        - SSLv2, SSLv3, TLS 1.0 or TLS 1.1 passed to `ssl` or pyOpenSSL (B502), or as a parameter default (B503);
        - RSA or DSA keys shorter than 2048 bits made with `cryptography` or PyCryptodome (B505);
        - MD5 or SHA-1 from PyCryptodome or `cryptography` (B303), and `hashlib.md5`/`hashlib.sha1`/`hashlib.new("md5")`
          without `usedforsecurity=False` (B324);
        - Django `PASSWORD_HASHERS` whose first, preferred hasher is MD5, SHA-1, unsalted or `crypt`. Settings
          modules named for tests (`settings/test.py`) are skipped: fast hashers there are deliberate.

        Test code (`tests/`, `test_*.py`, `conftest.py`) protects nothing and is not checked.

        ## Why is this bad?
        Without certificate verification anyone on the network path can read and change the traffic. The old
        protocol versions and short keys are broken or within reach of cheap attacks, and MD5 and SHA-1 collide.
        A leaked table of MD5 password hashes is cracked in hours.

        If a hash is only a checksum or cache key, say so with `usedforsecurity=False`; that is what the flag is for.

        ## Example
        ```python
        import hashlib

        import requests

        def download(url):
            return requests.get(url, verify=False, timeout=10)

        def token_digest(token):
            return hashlib.md5(token.encode()).hexdigest()
        ```

        ## Use instead
        ```python
        import hashlib

        import requests

        def download(url):
            return requests.get(url, timeout=10)

        def token_digest(token):
            return hashlib.sha256(token.encode()).hexdigest()

        def etag(body):
            return hashlib.md5(body, usedforsecurity=False).hexdigest()
        ```

        ## References
        - [Requests: SSL Cert Verification](https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification)
        - [Python: hashlib, usedforsecurity](https://docs.python.org/3/library/hashlib.html#hashlib.new)
        - [Django: How Django stores passwords](https://docs.djangoproject.com/en/stable/topics/auth/passwords/)
        - [Bandit B501-B505](https://bandit.readthedocs.io/en/latest/plugins/index.html), [B324: hashlib](https://bandit.readthedocs.io/en/latest/plugins/b324_hashlib.html)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(Call), typeof(Attribute), typeof(FunctionDef), typeof(AsyncFunctionDef), typeof(Assign)];

    public void Check(Node node, ModuleContext context)
    {
        if (DjangoAnalysis.IsTestPath(context.Module.Path))
        {
            return;
        }
        switch (node)
        {
            case Call call:
                CheckCall(call, context);
                break;
            case Attribute attribute when context.Imports.Is(attribute, "ssl._create_unverified_context"):
                context.Report(attribute, "`ssl._create_unverified_context` turns off certificate verification", "bandit:B323");
                break;
            case FunctionDef function:
                CheckDefaults(function.Args, context);
                break;
            case AsyncFunctionDef function:
                CheckDefaults(function.Args, context);
                break;
            case Assign { Targets: [Name { Id: "PASSWORD_HASHERS" }], Value: Python.Ast.List or Python.Ast.Tuple } assign
                when context.EnclosingFunction is null && !IsTestSettings(context):
                CheckHashers(assign.Value, context);
                break;
        }
    }

    private static void CheckCall(Call call, ModuleContext context)
    {
        if (HttpClientCall.Resolve(call, context.Imports) is { } http && call.Keyword("verify") is { } verify && CallArguments.IsBool(verify.Value, false))
        {
            context.Report(verify, $"`{http.Display}` is given `verify=False`, which skips certificate verification", "bandit:B501");
            return;
        }
        string? callee = context.Imports.Qualify(call.Func);
        if (callee is null)
        {
            return;
        }
        if (callee == "ssl._create_unverified_context" && call.Func is Name)
        {
            context.Report(call, "`ssl._create_unverified_context` turns off certificate verification", "bandit:B323");
            return;
        }
        if (callee.StartsWith("hashlib.", StringComparison.Ordinal))
        {
            string function = callee["hashlib.".Length..];
            string? algorithm = function == "new" ? CallArguments.Str(call.Argument(0, "name"))?.ToLowerInvariant() : function;
            if (algorithm is not null && HashlibWeak.Contains(algorithm) && !CallArguments.IsBool(call.Keyword("usedforsecurity")?.Value, false))
            {
                context.Report(call, $"`{callee}` uses {algorithm.ToUpperInvariant()} without `usedforsecurity=False`", "bandit:B324");
            }
            return;
        }
        if (CryptoWeak.Contains(callee))
        {
            context.Report(call, $"`{callee}` is a broken hash", "bandit:B303");
            return;
        }
        if (KeyGenerators.TryGetValue(callee, out var size) && call.Argument(size.Position, size.Keyword) is Constant { Value: ConstantValue.Int bits } && bits.Value < 2048)
        {
            context.Report(call, $"`{callee}` makes a {bits.Value}-bit key, shorter than 2048 bits", "bandit:B505");
            return;
        }
        var protocol = call.Keyword("ssl_version")?.Value ?? (ProtocolTakers.Contains(callee) ? call.Argument(0, "protocol") : null);
        if (protocol is not null && context.Imports.Qualify(protocol) is { } version && BadProtocols.Contains(version))
        {
            context.Report(protocol, $"`{version}` is an obsolete TLS/SSL protocol version", "bandit:B502");
        }
    }

    private static void CheckDefaults(Arguments arguments, ModuleContext context)
    {
        foreach (var value in arguments.Defaults.Concat(arguments.KwDefaults.OfType<Expr>()))
        {
            if (context.Imports.Qualify(value) is { } version && BadProtocols.Contains(version))
            {
                context.Report(value, $"`{version}` is an obsolete TLS/SSL protocol version used as a default", "bandit:B503");
            }
        }
    }

    private static void CheckHashers(Expr list, ModuleContext context)
    {
        var first = list switch
        {
            Python.Ast.List l => l.Elts.FirstOrDefault(),
            Python.Ast.Tuple t => t.Elts.FirstOrDefault(),
            _ => null,
        };
        if (CallArguments.Str(first) is { } hasher && WeakHashers.Contains(hasher))
        {
            context.Report(first!, $"`PASSWORD_HASHERS` is led by `{hasher[(hasher.LastIndexOf('.') + 1)..]}`, a weak password hasher");
        }
    }

    private static bool IsTestSettings(ModuleContext context) => context.Module.Name.Split('.')[^1].StartsWith("test", StringComparison.Ordinal);
}
