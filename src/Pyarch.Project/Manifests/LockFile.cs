namespace Pyarch.Project.Manifests;

/// <summary>One package pinned by a lock file.</summary>
public sealed record LockedPackage(string Name, string Version);

/// <summary>A lock file (<c>poetry.lock</c>, <c>uv.lock</c>, <c>pdm.lock</c>, <c>Pipfile.lock</c>) and what it pins.</summary>
public sealed record LockFile(string File, string Tool, IReadOnlyList<LockedPackage> Packages, IReadOnlyList<Problem> Problems);
