using System.Security.Cryptography;
using System.Text;
using Pyarch.Project.Settings;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// Reports one of Django's deploy checks the way pyarch's Django rules share: the check's predicate is evaluated in
/// both <see cref="EnvWorld"/>s; a failure with the environment variables unset names the Django id as anchor (it is
/// what <c>manage.py check --deploy</c> reports in that environment), a failure only once they are set is reported
/// without it, and the message says which variable makes the difference. An id the project lists in
/// <c>SILENCED_SYSTEM_CHECKS</c> is silenced through <see cref="ProjectContext.Silence"/>, so the finding is kept as suppressed.
/// </summary>
public static class DjangoCheck
{
    /// <param name="setting">The setting the fix belongs to; the finding points at its assignment, or at line 1 of the settings module.</param>
    /// <param name="djangoId">Django's check id (<c>security.W008</c>).</param>
    /// <param name="message">What was found, as a sentence fragment the environment note is appended to.</param>
    /// <param name="fails">Django's predicate in a world: true when the check fires, null when pyarch cannot tell.</param>
    public static void Report(ProjectContext context, DjangoSettingsModel settings, string setting, string djangoId, string message, Func<EnvWorld, bool?> fails)
    {
        bool? unset = fails(EnvWorld.Unset);
        bool? set = fails(EnvWorld.Set);
        if (unset != true && set != true)
        {
            return;
        }
        string? variable = (settings.Get(setting, EnvWorld.Unset)?.Env ?? settings.Get(setting, EnvWorld.Set)?.Env)?.Name;
        string note = (unset, set, variable) switch
        {
            (true, true, { } name) => $", whatever `{name}` is set to",
            (true, false, { } name) => $" while `{name}` is unset",
            (true, false, null) => " while the environment variables it depends on are unset",
            (true, _, _) => "",
            (_, _, { } name) => $" once `{name}` is set (Django's check passes while it is unset)",
            _ => " once the environment variables it depends on are set (Django's check passes while they are unset)",
        };
        var (file, line) = Location(settings, setting);
        if (unset != true)
        {
            context.Report(file, line, message + note, setting + " " + djangoId);
            return;
        }
        ReportAnchored(context, settings, file, line, message + note, setting + " " + djangoId, djangoId);
    }

    /// <summary>Reports a finding Django would report as <paramref name="djangoId"/>, silenced when the project lists the id in <c>SILENCED_SYSTEM_CHECKS</c>.</summary>
    public static void ReportAnchored(ProjectContext context, DjangoSettingsModel settings, string file, int line, string message, string snippet, string djangoId)
    {
        string anchor = "django:" + djangoId;
        if (settings.Get("SILENCED_SYSTEM_CHECKS", EnvWorld.Unset)?.Elements?.FirstOrDefault(e => e.EqualsText(djangoId) == true) is { } entry)
        {
            context.Silence(anchor, entry.Origin?.File ?? file, entry.Origin?.Line ?? line, "SILENCED_SYSTEM_CHECKS");
        }
        context.Report(file, line, message, snippet, anchor);
    }

    /// <summary>Where a setting is assigned (in the unset world), or line 1 of the settings module when Django's default applies.</summary>
    public static (string File, int Line) Location(DjangoSettingsModel settings, string setting) =>
        settings.Get(setting, EnvWorld.Unset)?.Origin is { } origin ? (origin.File, origin.Line) : (settings.File.Path, 1);

    /// <summary>Django's W001/W002/W003: a middleware missing from <c>MIDDLEWARE</c>, reported at the list.</summary>
    public static void ReportMissingMiddleware(ProjectContext context, DjangoSettingsModel settings, string middleware, string djangoId) =>
        Report(context, settings, "MIDDLEWARE", djangoId, $"`{middleware[(middleware.LastIndexOf('.') + 1)..]}` is not in `MIDDLEWARE`",
            world => !HasMiddleware(settings, middleware, world));

    /// <summary><c>MIDDLEWARE</c> holds the middleware in a world; null when the list is not known.</summary>
    public static bool? HasMiddleware(DjangoSettingsModel settings, string middleware, EnvWorld world) =>
        settings.Contains("MIDDLEWARE", middleware, world);

    /// <summary>A secret shown as a short hash, so findings can tell two keys apart without printing either.</summary>
    public static string Redacted(string secret) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))[..12];

    /// <summary>Three-valued <c>and</c>, as a predicate over settings pyarch may not know needs it.</summary>
    public static bool? And(bool? a, bool? b) => a == false || b == false ? false : a == true && b == true ? true : null;
}
