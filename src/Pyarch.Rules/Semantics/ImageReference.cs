namespace Pyarch.Rules.Semantics;

/// <summary>
/// An image reference as written in <c>FROM</c>, split the way Docker reads it: <c>[registry/]repository[:tag][@digest]</c>.
/// The tag is the part after the last <c>:</c> that follows the last <c>/</c>, so a registry port is not a tag.
/// </summary>
public sealed record ImageReference(string Repository, string? Tag, string? Digest)
{
    public static ImageReference Parse(string reference)
    {
        string? digest = null;
        int at = reference.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = reference[(at + 1)..];
            reference = reference[..at];
        }
        int colon = reference.LastIndexOf(':');
        return colon > reference.LastIndexOf('/')
            ? new ImageReference(reference[..colon], reference[(colon + 1)..], digest)
            : new ImageReference(reference, null, digest);
    }

    /// <summary>The repository's last path part: <c>python</c> for <c>docker.io/library/python</c>.</summary>
    public string ShortName => Repository[(Repository.LastIndexOf('/') + 1)..];

    /// <summary>Docker Hub's official <c>python</c> image, however its name is spelled.</summary>
    public bool IsOfficialPython => Repository.ToLowerInvariant() is "python" or "library/python" or "docker.io/library/python" or "index.docker.io/library/python";
}
