namespace Pyarch.Project.Settings;

/// <summary>
/// The values <c>django/conf/global_settings.py</c> gives the settings pyarch's rules read, for current Django
/// (since 4.0: <c>SECURE_CROSS_ORIGIN_OPENER_POLICY</c>; since 3.1: <c>SECURE_REFERRER_POLICY</c>; since 3.0:
/// <c>X_FRAME_OPTIONS = 'DENY'</c> and <c>SECURE_CONTENT_TYPE_NOSNIFF = True</c>).
/// </summary>
public static class DjangoDefaults
{
    private static readonly Dictionary<string, Func<SettingValue>> Values = new(StringComparer.Ordinal)
    {
        ["DEBUG"] = () => new SettingValue.Bool(false),
        ["ALLOWED_HOSTS"] = EmptyList,
        ["SECRET_KEY"] = () => new SettingValue.Str(""),
        ["SECRET_KEY_FALLBACKS"] = EmptyList,
        ["INSTALLED_APPS"] = EmptyList,
        ["MIDDLEWARE"] = EmptyList,
        ["SILENCED_SYSTEM_CHECKS"] = EmptyList,
        ["CSRF_TRUSTED_ORIGINS"] = EmptyList,
        ["SECURE_HSTS_SECONDS"] = () => new SettingValue.Int(0),
        ["SECURE_HSTS_INCLUDE_SUBDOMAINS"] = () => new SettingValue.Bool(false),
        ["SECURE_HSTS_PRELOAD"] = () => new SettingValue.Bool(false),
        ["SECURE_SSL_REDIRECT"] = () => new SettingValue.Bool(false),
        ["SECURE_PROXY_SSL_HEADER"] = () => new SettingValue.None(),
        ["SECURE_CONTENT_TYPE_NOSNIFF"] = () => new SettingValue.Bool(true),
        ["X_FRAME_OPTIONS"] = () => new SettingValue.Str("DENY"),
        ["SECURE_REFERRER_POLICY"] = () => new SettingValue.Str("same-origin"),
        ["SECURE_CROSS_ORIGIN_OPENER_POLICY"] = () => new SettingValue.Str("same-origin"),
        ["SESSION_COOKIE_SECURE"] = () => new SettingValue.Bool(false),
        ["SESSION_COOKIE_HTTPONLY"] = () => new SettingValue.Bool(true),
        ["CSRF_COOKIE_SECURE"] = () => new SettingValue.Bool(false),
        ["CSRF_USE_SESSIONS"] = () => new SettingValue.Bool(false),
    };

    /// <summary>Django's default for a setting, with no origin; null for a setting pyarch has no default for.</summary>
    public static SettingValue? For(string setting) => Values.TryGetValue(setting, out var make) ? make() : null;

    private static SettingValue EmptyList() => new SettingValue.Sequence([], "list");
}
