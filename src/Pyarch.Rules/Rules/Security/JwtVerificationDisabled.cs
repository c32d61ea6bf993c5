using Pyarch.Project.Frameworks;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA321: a JWT decoded without checking its signature, accepted with the <c>none</c> algorithm, or signed with a key written in the code.</summary>
public sealed class JwtVerificationDisabled : Rule, IPythonRule
{
    private static readonly HashSet<string> Decoders = new(StringComparer.Ordinal)
    {
        "jwt.decode", "jwt.decode_complete", "jwt.api_jwt.decode", "jose.jwt.decode",
    };

    private static readonly HashSet<string> Encoders = new(StringComparer.Ordinal) { "jwt.encode", "jwt.api_jwt.encode", "jose.jwt.encode" };

    public override string Code => "PA321";

    public override string Name => "jwt-verification-disabled";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Error;

    public override bool FindsSecrets => true;

    public override IReadOnlyList<string> Anchors => ["semgrep:unverified-jwt-decode", "semgrep:jwt-python-none-alg", "semgrep:jwt-python-hardcoded-secret"];

    public override string Summary => "A JWT is decoded without verification, accepts the `none` algorithm, or uses a hardcoded key";

    public override string Documentation => """
        ## What it does
        Finds PyJWT and python-jose calls that:
        - decode with `options={"verify_signature": False}` or the old `verify=False`;
        - list `none` among the accepted `algorithms`, or sign with `algorithm="none"`;
        - pass a string literal (or a module-level name bound to one) as the key of `jwt.encode` or `jwt.decode`.
        The key is never shown in the message. Test code (`tests/`, `test_*.py`, `conftest.py`) signs tokens with
        throwaway keys and is not checked.

        ## Why is this bad?
        A token whose signature is not checked, or that may be unsigned, is whatever the client says it is: any
        user id, any role. A key in the source is in every clone, backup and container image of the repository,
        so anyone who can read the code can mint valid tokens.

        ## Example
        ```python
        import jwt

        def current_user(token):
            claims = jwt.decode(token, options={"verify_signature": False})
            return claims["sub"]

        def issue(user_id):
            return jwt.encode({"sub": user_id}, "s3cr3t-signing-key", algorithm="HS256")
        ```

        ## Use instead
        ```python
        import os

        import jwt

        SIGNING_KEY = os.environ["JWT_SIGNING_KEY"]

        def current_user(token):
            claims = jwt.decode(token, SIGNING_KEY, algorithms=["HS256"])
            return claims["sub"]

        def issue(user_id):
            return jwt.encode({"sub": user_id}, SIGNING_KEY, algorithm="HS256")
        ```

        ## References
        - [PyJWT: Usage, reading claims without validation](https://pyjwt.readthedocs.io/en/stable/usage.html#reading-the-claimset-without-validation)
        - [RFC 8725: JSON Web Token Best Current Practices](https://www.rfc-editor.org/rfc/rfc8725)
        - [OWASP: JSON Web Token Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(Call)];

    public void Check(Node node, ModuleContext context)
    {
        var call = (Call)node;
        string? callee = context.Imports.Qualify(call.Func);
        bool decode = callee is not null && Decoders.Contains(callee);
        if ((!decode && (callee is null || !Encoders.Contains(callee))) || DjangoAnalysis.IsTestPath(context.Module.Path))
        {
            return;
        }
        if (decode)
        {
            CheckVerification(call, callee!, context);
        }
        var algorithms = call.Keyword(decode ? "algorithms" : "algorithm")?.Value;
        if (algorithms is not null && Strings(CallArguments.Resolve(algorithms, context.Syntax)).Any(a => a.Equals("none", StringComparison.OrdinalIgnoreCase)))
        {
            context.Report(algorithms, $"`{callee}` accepts the `none` algorithm", "semgrep:jwt-python-none-alg");
        }
        if (call.Argument(1, "key") is { } key && CallArguments.Str(CallArguments.Resolve(key, context.Syntax)) is not null)
        {
            context.ReportRedacted(key, $"`{callee}` is given a hardcoded key", "semgrep:jwt-python-hardcoded-secret");
        }
    }

    private static void CheckVerification(Call call, string callee, ModuleContext context)
    {
        if (call.Keyword("verify") is { } verify && CallArguments.IsBool(verify.Value, false))
        {
            context.Report(verify, $"`{callee}` is given `verify=False`, so the signature is not checked", "semgrep:unverified-jwt-decode");
        }
        if (call.Keyword("options")?.Value is { } options && CallArguments.Resolve(options, context.Syntax) is Dict dict)
        {
            for (int i = 0; i < dict.Keys.Count; i++)
            {
                if (CallArguments.Str(dict.Keys[i]) == "verify_signature" && CallArguments.IsBool(dict.Values[i], false))
                {
                    context.Report(options, $"`{callee}` is given `verify_signature: False`, so the signature is not checked", "semgrep:unverified-jwt-decode");
                }
            }
        }
    }

    private static IEnumerable<string> Strings(Expr expr) => expr switch
    {
        Python.Ast.List list => list.Elts.Select(CallArguments.Str).OfType<string>(),
        Python.Ast.Tuple tuple => tuple.Elts.Select(CallArguments.Str).OfType<string>(),
        _ => CallArguments.Str(expr) is { } single ? [single] : [],
    };
}
