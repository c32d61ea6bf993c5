using Pyarch.Project;

namespace Pyarch.Deploy;

/// <summary>
/// An environment variable the running app needs: read by the code (<see cref="Value"/> null: the platform sets
/// it) or fixed by pyarch from evidence (<c>DJANGO_SETTINGS_MODULE</c>). Secrets never get a value in any file.
/// </summary>
public sealed record EnvSetting(string Name, bool Secret, Evidence Evidence, string? Value = null);
