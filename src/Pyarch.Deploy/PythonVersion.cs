using Pyarch.Project;

namespace Pyarch.Deploy;

/// <summary>The Python the image runs (<c>3.11</c> or <c>3.11.9</c>) and the pin it comes from.</summary>
public sealed record PythonVersion(string Version, Evidence Evidence)
{
    public string Image => $"python:{Version}-slim";

    /// <summary>The minor version as a number pair, for checks such as "has tomllib" (3.11+).</summary>
    public (int Major, int Minor) Minor
    {
        get
        {
            var parts = Version.Split('.');
            return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
