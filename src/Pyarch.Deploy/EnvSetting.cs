using Pyarch.Project;

namespace Pyarch.Deploy;

/// <summary>
/// An environment variable the running app needs: read by the code (<see cref="Value"/> null: the platform sets
/// it) or fixed by pyarch from evidence (<c>DJANGO_SETTINGS_MODULE</c>). Secrets never get a value in any file.
/// <see cref="Required"/> is false when every read has a default: platforms then pass it only when it is set, as an
/// empty value would override the code's default.
/// </summary>
public sealed record EnvSetting(string Name, bool Secret, Evidence Evidence, string? Value = null, bool Required = true);
