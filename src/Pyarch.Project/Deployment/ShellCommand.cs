namespace Pyarch.Project.Deployment;

/// <summary>
/// One simple command of a shell script, quotes removed and nothing expanded: the <c>NAME=value</c> assignments
/// written before it, then its words.
/// </summary>
public sealed record ShellCommand(IReadOnlyList<string> Assignments, IReadOnlyList<string> Words)
{
    /// <summary>The program's file name (<c>/usr/local/bin/pip3</c> is <c>pip3</c>); "" for a bare assignment.</summary>
    public string Program => Words.Count == 0 ? "" : Words[0][(Words[0].LastIndexOf('/') + 1)..];

    /// <summary>The words after the program.</summary>
    public IReadOnlyList<string> Arguments => Words.Count == 0 ? [] : Words.Skip(1).ToList();
}
