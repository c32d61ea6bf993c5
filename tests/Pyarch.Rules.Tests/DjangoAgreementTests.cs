using System.Text.RegularExpressions;
using Pyarch.Tests;

namespace Pyarch.Rules.Tests;

/// <summary>
/// pyarch's Django rules agree with Django itself: for each settings variant, the ids Debian's Django reports for
/// <c>manage.py check --deploy</c>, run with an empty environment (so every variable the settings read is unset),
/// equal the <c>django:</c> anchors of pyarch's findings. Django here is 3.2, which lacks the checks added later
/// (security.E024, security.W025, 4_0.E001); those anchors are left out of the comparison.
/// </summary>
public sealed partial class DjangoAgreementTests
{
    private static readonly HashSet<string> NewerThanDjango32 = ["security.E024", "security.W025", "4_0.E001"];

    private static string Without(string text, string middleware) =>
        text.Replace($"    \"{middleware}\",\n", "", StringComparison.Ordinal);

    private static DjangoSettingsVariant Appended(string name, string extra) => new(name, _ => DjangoSettingsVariant.Hardened + extra);

    private static readonly DjangoSettingsVariant[] Variants =
    [
        new("fresh startproject", s => s),
        new("hardened", s => s + DjangoSettingsVariant.Hardening),
        new("no SecurityMiddleware", s => Without(s + DjangoSettingsVariant.Hardening, "django.middleware.security.SecurityMiddleware")),
        new("no XFrameOptionsMiddleware", s => Without(s + DjangoSettingsVariant.Hardening, "django.middleware.clickjacking.XFrameOptionsMiddleware")),
        new("no CsrfViewMiddleware", s => Without(s + DjangoSettingsVariant.Hardening, "django.middleware.csrf.CsrfViewMiddleware")),
        new("no SessionMiddleware, sessions app kept", s => Without(s + DjangoSettingsVariant.Hardening + "SESSION_COOKIE_SECURE = False\n", "django.contrib.sessions.middleware.SessionMiddleware")),
        new("no sessions app, middleware kept", s => Without(s + DjangoSettingsVariant.Hardening + "SESSION_COOKIE_HTTPONLY = False\n", "django.contrib.sessions")),
        Appended("HSTS off", "SECURE_HSTS_SECONDS = 0\n"),
        Appended("HSTS off hides subdomains and preload", "SECURE_HSTS_SECONDS = 0\nSECURE_HSTS_INCLUDE_SUBDOMAINS = False\nSECURE_HSTS_PRELOAD = False\n"),
        Appended("HSTS without subdomains", "SECURE_HSTS_INCLUDE_SUBDOMAINS = False\n"),
        Appended("HSTS without preload", "SECURE_HSTS_PRELOAD = 1\n"),
        Appended("nosniff off", "SECURE_CONTENT_TYPE_NOSNIFF = False\n"),
        Appended("SSL redirect off", "SECURE_SSL_REDIRECT = False\n"),
        Appended("short secret key", "SECRET_KEY = \"too-short-to-sign-anything\"\n"),
        Appended("secret key with four distinct characters", "SECRET_KEY = \"abcd\" * 20\n"),
        Appended("session cookie not secure", "SESSION_COOKIE_SECURE = False\n"),
        Appended("session cookie readable by scripts", "SESSION_COOKIE_HTTPONLY = 0\n"),
        Appended("CSRF cookie not secure", "CSRF_COOKIE_SECURE = False\n"),
        Appended("CSRF token in the session", "CSRF_COOKIE_SECURE = False\nCSRF_USE_SESSIONS = True\n"),
        Appended("debug on", "DEBUG = True\n"),
        Appended("frames from the same origin", "X_FRAME_OPTIONS = \"SAMEORIGIN\"\n"),
        Appended("no allowed hosts", "ALLOWED_HOSTS = []\n"),
        Appended("no referrer policy", "SECURE_REFERRER_POLICY = None\n"),
        Appended("misspelt referrer policy", "SECURE_REFERRER_POLICY = \"same-origin, no-referer\"\n"),
        Appended("referrer policies as a tuple", "SECURE_REFERRER_POLICY = (\"no-referrer\", \"strict-origin\")\n"),
        Appended("middleware built by concatenation", "MIDDLEWARE = [\"django.middleware.csrf.CsrfViewMiddleware\"] + [\"django.middleware.clickjacking.XFrameOptionsMiddleware\"]\n"),
        Appended("middleware appended and inserted", "MIDDLEWARE = [\"django.middleware.csrf.CsrfViewMiddleware\"]\nMIDDLEWARE.append(\"django.middleware.clickjacking.XFrameOptionsMiddleware\")\nMIDDLEWARE.insert(0, \"django.middleware.security.SecurityMiddleware\")\n"),
        Appended("debug from the environment as text", "DEBUG = os.environ.get(\"DJANGO_DEBUG\", \"False\")\n"),
        Appended("debug from the environment compared", "DEBUG = os.environ.get(\"DJANGO_DEBUG\", \"\") == \"1\"\n"),
        Appended("SSL redirect from the environment as text", "SECURE_SSL_REDIRECT = os.getenv(\"SSL_REDIRECT\", \"True\")\n"),
        Appended("SSL redirect from the environment lowered", "SECURE_SSL_REDIRECT = os.getenv(\"SSL_REDIRECT\", \"True\").lower() in (\"1\", \"true\")\n"),
        Appended("secret key defaulting to the placeholder", "SECRET_KEY = os.environ.get(\"DJANGO_SECRET_KEY\", \"django-insecure-\" + \"k\" * 60)\n"),
        Appended("allowed hosts split from the environment", "ALLOWED_HOSTS = os.environ.get(\"ALLOWED_HOSTS\", \"\").split(\",\")\n"),
        Appended("HSTS seconds from the environment", "SECURE_HSTS_SECONDS = int(os.environ.get(\"HSTS_SECONDS\", \"0\"))\n"),
        Appended("session cookie from the environment", "SESSION_COOKIE_SECURE = os.environ.get(\"SESSION_SECURE\") is not None\n"),
        Appended("if DEBUG branch", "if DEBUG:\n    ALLOWED_HOSTS = []\n    SECURE_SSL_REDIRECT = False\nelse:\n    X_FRAME_OPTIONS = \"SAMEORIGIN\"\n"),
        Appended("if on the environment", "if os.environ.get(\"BEHIND_PROXY\"):\n    SECURE_SSL_REDIRECT = False\n"),
        new("silenced checks", s => s + "SILENCED_SYSTEM_CHECKS = [\"security.W008\", \"security.W004\"]\n"),
        new("split settings, production fixes the base", s => s, DjangoSettingsVariant.Hardening),
        new("split settings, production extends the base lists", s => Without(s, "django.middleware.csrf.CsrfViewMiddleware"),
            DjangoSettingsVariant.Hardening + "MIDDLEWARE += (\"django.middleware.csrf.CsrfViewMiddleware\",)\nINSTALLED_APPS.remove(\"django.contrib.sessions\")\n"),
        new("split settings, production silences HSTS", s => s + DjangoSettingsVariant.Hardening,
            "SECURE_HSTS_SECONDS = 0\nSILENCED_SYSTEM_CHECKS = [\"security.W004\"]\nDEBUG = os.environ.get(\"DEBUG\", \"0\") == \"1\"\n"),
    ];

    public static TheoryData<string> Names => new(Variants.Select(v => v.Name));

    [Fact]
    public void Should_cover_at_least_thirty_variants_with_distinct_names()
    {
        Assert.True(Variants.Length >= 30);
        Assert.Equal(Variants.Length, Variants.Select(v => v.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Should_name_the_django_ids_that_manage_py_check_deploy_reports(string name)
    {
        // Given a Django project whose settings are one variant of startproject's
        var variant = Variants.Single(v => v.Name == name);
        string root = Directory.CreateTempSubdirectory("pyarch-django-").FullName;
        try
        {
            variant.Write(root);

            // When Django checks it with an empty environment, and pyarch checks it statically
            var django = ProcessRunner.Run("/usr/bin/env", ["-i", "PATH=/usr/bin:/bin", "/usr/bin/python3", Path.Combine(root, "manage.py"), "check", "--deploy"]);
            Assert.True(django.Stderr.Contains("System check identified", StringComparison.Ordinal) || django.ExitCode == 0, django.Stderr);
            var djangoIds = DjangoId().Matches(django.Stderr + django.Stdout).Select(m => m.Groups["id"].Value).ToHashSet();
            var result = new RuleEngine(RuleRegistry.All).Check(root);
            var pyarchIds = result.Findings.SelectMany(f => f.Anchors)
                .Where(a => a.StartsWith("django:", StringComparison.Ordinal)).Select(a => a["django:".Length..])
                .Where(id => !NewerThanDjango32.Contains(id)).ToHashSet();

            // Then both report the same ids
            Assert.True(
                djangoIds.SetEquals(pyarchIds),
                $"Django: {string.Join(' ', djangoIds.Order())}\npyarch: {string.Join(' ', pyarchIds.Order())}\n"
                + string.Join('\n', result.Findings.Select(f => $"{f.Code} {f.File}:{f.Line} {f.Message} [{string.Join(' ', f.Anchors)}]")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [GeneratedRegex(@"\((?<id>security\.[WE]\d+)\)")]
    private static partial Regex DjangoId();
}
