using Pyarch.Rules.Rules.Security;

namespace Pyarch.Rules.Tests;

public sealed class CredentialLiteralEntropyTests
{
    private const string Source = """
        SIGNING_SALT = "q8Zr2LmN7vXw4KpT9bYc6HdJ3sFg1UeA0oVi5RxQ"
        BUILD_HASH = "3f9a1c7e5b2d8f4a6c0e9b7d5f3a1c8e2b4d6f0a"
        GREETING = "Hello, and welcome to the shop!"
        ORDER_ID = "550e8400-e29b-41d4-a716-446655440000"
        CDN = "https://cdn.example.com/assets/app.js"
        SHORT = "aZ3kP9"
        db_password = "s3cr3t-Pa55word"


        def connect(nonce="Jx7Lq2Wm9Rt4Yp8Zk3Vn6Bc1Hd5Gf0SaEuQiOoXl"):
            return open_session(seed="0123456789abcdef0123456789abcdef")
        """;

    private static List<(int Line, string Message)> Findings(bool highEntropy)
    {
        using var project = new TempProject(("app/keys.py", Source));
        var options = highEntropy ? new RuleOptions(new Dictionary<string, object> { ["high-entropy"] = true }) : RuleOptions.Empty;
        var result = new RuleEngine([new CredentialLiteral()], _ => options).Check(project.Root);
        return result.Findings.Select(f => (f.Line, f.Message)).ToList();
    }

    [Fact]
    public void Should_report_only_credential_names_by_default()
    {
        Assert.Equal([(7, "`db_password` is assigned a string literal that looks like a credential")], Findings(highEntropy: false));
    }

    [Fact]
    public void Should_also_report_random_looking_literals_of_any_name_with_the_option_without_printing_them()
    {
        var findings = Findings(highEntropy: true);

        // Random Base64 and hex are reported, prose, UUIDs, URLs and short strings are not, and the credential is reported once.
        Assert.Equal([1, 2, 7, 10, 11], findings.Select(f => f.Line));
        Assert.StartsWith("`SIGNING_SALT` is assigned a string literal that looks random (Base64, entropy ", findings[0].Message);
        Assert.StartsWith("`BUILD_HASH` is assigned a string literal that looks random (hex, entropy ", findings[1].Message);
        Assert.StartsWith("`nonce` defaults to", findings[3].Message);
        Assert.StartsWith("`seed=` is given", findings[4].Message);
        Assert.All(findings, f => Assert.DoesNotContain("q8Zr2", f.Message));
    }
}
