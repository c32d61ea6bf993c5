using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Pyarch.Project.Frameworks;
using Pyarch.Project.Workspace;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA323: a provider token, private key or URL password written in a text file of the project.</summary>
public sealed partial class ProviderTokenInFile : Rule, IProjectRule
{
    /// <summary>
    /// One kind of secret: what to call it, the lowercase keywords one of which must be in the file before the regex
    /// runs (gitleaks' prefilter), the regex, how many leading characters are safe to show, the gitleaks rule id, whether
    /// a value made of few distinct characters is a placeholder, and whether tests and documentation use made-up samples.
    /// </summary>
    private sealed record Detector(string Label, string[] Keywords, Regex Pattern, int ShownPrefix, string? Anchor, bool CheckEntropy = true, bool SampleInTests = false, bool SampleInDocs = false);

    private const string Tail = @"(?![A-Za-z0-9_-])";

    private static readonly Detector[] Detectors =
    [
        new("AWS access key ID", ["akia", "asia", "abia", "acca"], new(@"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b"), 6, "gitleaks:aws-access-token"),
        new("GitHub personal access token", ["ghp_"], new(@"\bghp_[0-9A-Za-z]{36}\b"), 6, "gitleaks:github-pat"),
        new("GitHub fine-grained token", ["github_pat_"], new(@"\bgithub_pat_[0-9A-Za-z_]{82}\b"), 13, "gitleaks:github-fine-grained-pat"),
        new("GitHub OAuth token", ["gho_"], new(@"\bgho_[0-9A-Za-z]{36}\b"), 6, "gitleaks:github-oauth"),
        new("GitHub app token", ["ghu_", "ghs_"], new(@"\bgh[us]_[0-9A-Za-z]{36}\b"), 6, "gitleaks:github-app-token"),
        new("Slack bot token", ["xoxb-"], new(@"\bxoxb-[0-9]{6,}-[0-9A-Za-z-]{10,}"), 7, "gitleaks:slack-bot-token"),
        new("Slack user token", ["xoxp-"], new(@"\bxoxp-[0-9]{6,}-[0-9A-Za-z-]{10,}"), 7, "gitleaks:slack-user-token"),
        new("Slack workspace token", ["xoxa-"], new(@"\bxoxa-[0-9]{6,}-[0-9A-Za-z-]{10,}"), 7, "gitleaks:slack-legacy-workspace-token"),
        new("Stripe live key", ["sk_live_", "rk_live_"], new(@"\b[sr]k_live_[0-9A-Za-z]{24,}\b"), 10, "gitleaks:stripe-access-token"),
        new("OpenAI API key", ["t3blbkfj"], new(@"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}" + Tail), 8, "gitleaks:openai-api-key"),
        new("Anthropic API key", ["sk-ant-api03-"], new(@"\bsk-ant-api03-[A-Za-z0-9_-]{80,}" + Tail), 14, "gitleaks:anthropic-api-key"),
        new("Anthropic admin key", ["sk-ant-admin01-"], new(@"\bsk-ant-admin01-[A-Za-z0-9_-]{80,}" + Tail), 16, "gitleaks:anthropic-admin-api-key"),
        new("PyPI upload token", ["pypi-ageichlwas5vcmc"], new(@"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}" + Tail), 8, "gitleaks:pypi-upload-token"),
        new("Google API key", ["aiza"], new(@"\bAIza[0-9A-Za-z_-]{35}" + Tail), 6, "gitleaks:gcp-api-key"),
        new("Hugging Face token", ["hf_"], new(@"\bhf_[A-Za-z0-9]{34}(?![A-Za-z0-9_])"), 5, "gitleaks:huggingface-access-token"),
        new("SendGrid API key", ["sg."], new(@"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}" + Tail), 5, "gitleaks:sendgrid-api-token"),
        new("JSON Web Token", ["eyj"], new(@"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}" + Tail), 6, "gitleaks:jwt", SampleInTests: true, SampleInDocs: true),
        new("private key", ["private key"], new(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:\\[rn]|\s)+(?:[A-Za-z0-9+/=]|\\[rn]|\s){64,}"), 0, "gitleaks:private-key", CheckEntropy: false, SampleInTests: true),
    ];

    /// <summary>Passwords that are documentation or local-development placeholders, not secrets.</summary>
    private static readonly HashSet<string> PlaceholderPasswords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwd", "pass", "pwd", "secret", "changeme", "change_me", "change-me", "example", "test", "testing", "dummy",
        "placeholder", "redacted", "mypassword", "yourpassword", "your_password", "postgres", "root", "admin", "guest", "user",
    };

    private static readonly HashSet<string> LocalHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "localhost", "127.0.0.1", "0.0.0.0", "[::1]", "host", "hostname", "example.com", "example.org", "example.net",
    };

    private static readonly string[] PlaceholderWords = ["example", "xxxx", "dummy", "placeholder", "changeme", "your_", "your-", "redacted", "sample"];

    private static readonly HashSet<string> ScannedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".py", ".pyi", ".ipynb", ".env", ".cfg", ".ini", ".toml", ".yaml", ".yml", ".json", ".md", ".rst", ".txt", ".sh", ".bash", ".conf",
        ".properties", ".tf", ".tfvars", ".js", ".ts", ".pem", ".key",
    };

    public override string Code => "PA323";

    public override string Name => "provider-token-in-file";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Error;

    public override bool FindsSecrets => true;

    public override IReadOnlyList<string> Anchors =>
        [.. Detectors.Select(d => d.Anchor).OfType<string>().Distinct()];

    public override string Summary => "A provider token, private key or URL password is written in a project file";

    public override string Documentation => """
        ## What it does
        Scans the project's text files (Python, notebooks, `.env*`, settings, Dockerfiles, compose and other YAML,
        TOML, JSON, INI/CFG, shell, Markdown; at most 1 MiB each, binary files skipped) for tokens with a known
        shape: AWS access key IDs, GitHub classic and fine-grained tokens, Slack, Stripe live, OpenAI, Anthropic,
        PyPI, Google API, Hugging Face and SendGrid keys, JSON Web Tokens, PEM private keys, and passwords in URLs
        (`postgres://app:s3cret@db.internal/app`). Each pattern runs only in files that contain its keyword, as
        gitleaks does, and a token made of few distinct characters is ignored.

        Not reported: values containing `example`, `xxxx`, `dummy`, `placeholder`, `changeme`, `your_`, `sample` or
        `redacted`; URL passwords that are templates (`${DB_PASSWORD}`, `{password}`, `%(password)s`, `<password>`),
        already redacted (`***`, `…`), common placeholders (`password`, `secret`, `postgres`, ...) or equal to the
        user name, and URLs whose host is `localhost`, a loopback address or an `example.*` domain (documentation and
        local-development values); in test code (`tests/`, `test_*.py`, `conftest.py`), private keys, JSON Web Tokens
        and URL passwords, which tests make up; JSON Web Tokens in Markdown or reStructuredText documentation. Provider
        tokens are reported everywhere: their shape is hard to make up by accident. The message shows only the first
        characters of the value and a short SHA-256, never the value.

        ## Why is this bad?
        A committed token is in every clone, fork, backup and image of the repository, and stays in its history
        after the line is deleted. Scrapers find public tokens within minutes. Rotate the token, then load it from
        the environment or a secret store.

        ## Example
        ```python
        GITHUB_TOKEN = "ghp_R8x2kQm4Tz7LpVw9nB3cYd6HfJ1sGa5Ue0Ko"
        ```

        ## Use instead
        ```python
        import os

        GITHUB_TOKEN = os.environ["GITHUB_TOKEN"]
        ```

        ## References
        - [gitleaks default configuration](https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml)
        - [GitHub: About secret scanning](https://docs.github.com/en/code-security/secret-scanning/about-secret-scanning)
        - [OWASP: Secrets Management Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html)
        """;

    /// <summary>Every detector's keywords at once: most files hold none, and one vectorized search says so.</summary>
    private static readonly SearchValues<string> AnyKeyword =
        SearchValues.Create([.. Detectors.SelectMany(d => d.Keywords)], StringComparison.OrdinalIgnoreCase);

    private sealed record Hit(int Index, int Length, string Message, string? Anchor);

    public void Check(ProjectContext context)
    {
        var files = context.Model.Tree.Files.Where(f => IsScanned(f) && f.Size <= ProjectContext.MaxTextBytes).ToList();
        // Files are read and scanned on all cores; findings are reported afterwards in the walk's order.
        var hits = new (string Text, List<Hit> Hits)?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            if (context.ReadText(files[i].Path) is { } text && Scan(files[i], text) is { Count: > 0 } found)
            {
                hits[i] = (text, found);
            }
        });
        for (int i = 0; i < files.Count; i++)
        {
            if (hits[i] is var (text, found))
            {
                foreach (var hit in found)
                {
                    // The fingerprint is made from the redacted message, never from the value.
                    context.ReportSpan(files[i].Path, text, hit.Index, hit.Length, hit.Message, hit.Message, hit.Anchor is null ? [] : [hit.Anchor]);
                }
            }
        }
    }

    private static List<Hit> Scan(WorkspaceFile file, string text)
    {
        var hits = new List<Hit>();
        bool test = DjangoAnalysis.IsTestPath(file.Path);
        foreach (var detector in DetectorsWithKeywordIn(text))
        {
            // Tests sign sample tokens and make sample keys with throwaway material; documentation shows sample tokens.
            if ((detector.SampleInTests && test) || (detector.SampleInDocs && IsDocumentation(file)))
            {
                continue;
            }
            foreach (Match match in detector.Pattern.Matches(text))
            {
                if (!IsPlaceholder(match.Value) && (!detector.CheckEntropy || DistinctCharacters(match.Value) >= 10))
                {
                    string shown = detector.ShownPrefix == 0 ? "-----BEGIN" : match.Value[..detector.ShownPrefix];
                    hits.Add(new Hit(match.Index, match.Length,
                        $"{detector.Label} `{shown}…` (sha256 `{ShortHash(match.Value)}`) is written in the file", detector.Anchor));
                }
            }
        }
        if (!test)
        {
            ScanUrls(text, hits);
        }
        return hits;
    }

    /// <summary>
    /// The detectors whose keywords occur in the text, found in one vectorized pass over it: a keyword search per
    /// detector would read every file eighteen times.
    /// </summary>
    private static IEnumerable<Detector> DetectorsWithKeywordIn(string text)
    {
        var found = new HashSet<Detector>(ReferenceEqualityComparer.Instance);
        ReadOnlySpan<char> rest = text;
        for (int at = rest.IndexOfAny(AnyKeyword); at >= 0; at = rest.IndexOfAny(AnyKeyword))
        {
            rest = rest[at..];
            foreach (var detector in Detectors)
            {
                foreach (string keyword in detector.Keywords)
                {
                    if (rest.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
                    {
                        found.Add(detector);
                    }
                }
            }
            rest = rest[1..];
        }
        // In the catalog's order, so findings come out in a stable order.
        return found.Count == 0 ? [] : Detectors.Where(found.Contains);
    }

    /// <summary>
    /// Passwords in URLs. The pattern is tried only where a <c>://</c> is, from the earliest place its scheme could
    /// start: a pattern that may start at any letter would otherwise be tried at every letter of every file.
    /// </summary>
    private static void ScanUrls(string text, List<Hit> hits)
    {
        int from = 0;
        while (from < text.Length && text.IndexOf("://", from, StringComparison.Ordinal) is var separator and >= 0)
        {
            int start = SchemeStart(text, from, separator);
            if (start >= 0 && UrlCredentials().Match(text, start) is { Success: true } match)
            {
                from = match.Index + match.Length;
                string user = match.Groups["user"].Value;
                string password = match.Groups["password"].Value;
                string host = match.Groups["host"].Value;
                if (IsTemplate(password) || PlaceholderPasswords.Contains(password) || password.Equals(user, StringComparison.OrdinalIgnoreCase)
                    || IsPlaceholder(password) || LocalHosts.Contains(host) || IsDocumentationHost(host))
                {
                    continue;
                }
                hits.Add(new Hit(match.Index, match.Length,
                    $"Password in URL `{match.Groups["scheme"].Value}://{user}:…@{host}` (sha256 `{ShortHash(password)}`) is written in the file", null));
            }
            else
            {
                from = separator + 3;
            }
        }
    }

    /// <summary>Where the longest scheme (a letter, then 1 to 20 of <c>[A-Za-z0-9+.-]</c>) before the <c>://</c> at <paramref name="separator"/> starts, or -1.</summary>
    private static int SchemeStart(string text, int from, int separator)
    {
        int start = -1;
        for (int i = separator - 1; i >= Math.Max(from, separator - 21) && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '.' or '-'); i--)
        {
            if (char.IsAsciiLetter(text[i]) && separator - i >= 2)
            {
                start = i;
            }
        }
        return start;
    }

    private static bool IsScanned(WorkspaceFile file)
    {
        string name = file.Name.ToLowerInvariant();
        return ScannedExtensions.Contains(Path.GetExtension(name)) || name.StartsWith(".env", StringComparison.Ordinal)
            || FileKinds.IsDockerfile(name) || FileKinds.IsCompose(name) || name is "procfile" or ".netrc" or ".pypirc";
    }

    private static bool IsDocumentation(WorkspaceFile file) =>
        file.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || file.Name.EndsWith(".rst", StringComparison.OrdinalIgnoreCase);

    private static bool IsPlaceholder(string value) =>
        PlaceholderWords.Any(w => value.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>A template (<c>${DB_PASSWORD}</c>, <c>{password}</c>, <c>%(password)s</c>, <c>&lt;password&gt;</c>) or an already redacted value (<c>***</c>, <c>…</c>).</summary>
    private static bool IsTemplate(string password) =>
        password.IndexOfAny(['$', '{', '}', '<', '>', '*', '…']) >= 0 || password.Contains("%(", StringComparison.Ordinal)
        || password.Contains("...", StringComparison.Ordinal);

    private static bool IsDocumentationHost(string host) =>
        host.EndsWith(".example.com", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".example", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".test", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase);

    /// <summary>Real tokens are random; <c>AKIAAAAAAAAAAAAAAAAA</c> or <c>ghp_0000…</c> is a test value.</summary>
    private static int DistinctCharacters(string value) => value.Distinct().Count();

    private static string ShortHash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 4));

    [GeneratedRegex(@"\G(?<scheme>[a-zA-Z][a-zA-Z0-9+.-]{1,20})://(?<user>[^\s:/@'""`<>]{0,64}):(?<password>[^\s/@'""`]{1,128})@(?<host>[^\s/:'""`<>?#@,;)]+)")]
    private static partial Regex UrlCredentials();
}
