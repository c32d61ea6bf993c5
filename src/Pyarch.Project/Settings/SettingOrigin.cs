using Pyarch.Text;

namespace Pyarch.Project.Settings;

/// <summary>Where a value was produced: the file, the 1-based line and the source range of the expression or assignment.</summary>
public sealed record SettingOrigin(string File, int Line, TextRange Range);
