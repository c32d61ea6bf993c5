namespace Pyarch.Deploy;

/// <summary>What happened, or would happen, to one generated file.</summary>
public enum FileAction
{
    Create,
    Replace,
    Unchanged,

    /// <summary>The file exists with other content and <c>--force</c> was not given.</summary>
    Refuse,
}
