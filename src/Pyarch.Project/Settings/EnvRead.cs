namespace Pyarch.Project.Settings;

/// <summary>
/// One read of an environment variable: its name, its default (null when the read raises on an unset variable;
/// <c>os.getenv('X')</c> has the default <c>None</c>), the type the read yields, the form it was written in
/// (<c>os.getenv</c>, <c>env.bool</c>, <c>config</c>, a pydantic field) and where.
/// </summary>
public sealed record EnvRead(string Name, SettingValue? Default, EnvCast Cast, string Form, string File, int Line)
{
    public bool HasDefault => Default is not null;
}
