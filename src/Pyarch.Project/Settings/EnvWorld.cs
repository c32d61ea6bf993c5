namespace Pyarch.Project.Settings;

/// <summary>
/// The two environments pyarch evaluates settings in, since project code is never run: every variable the settings
/// read left unset (their defaults apply, a read without one raises), or every one set to a value the code did not
/// anticipate (an unknown non-empty string, unless the code converts it).
/// </summary>
public enum EnvWorld
{
    Unset,
    Set,
}
