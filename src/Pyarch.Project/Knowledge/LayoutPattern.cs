namespace Pyarch.Project.Knowledge;

/// <summary>Where a layout item is looked for.</summary>
public enum LayoutAnchor
{
    /// <summary>The folder the project runs from: <c>manage.py</c>'s folder for Django, else the root.</summary>
    Base,

    /// <summary>The main package: Django's config package, the Flask factory's package, the FastAPI app's package.</summary>
    Package,

    /// <summary>Any Django app (a folder with <c>apps.py</c> or <c>models.py</c> other than the config package).</summary>
    App,
}

/// <summary>
/// One thing a layout pattern expects. It is present when any alternative exists under the anchor: a file,
/// a folder (trailing <c>/</c>) or a fact the detector established (leading <c>@</c>, e.g. <c>@flask-factory</c>).
/// </summary>
public sealed record LayoutItem(string Display, LayoutAnchor Anchor, params string[] Alternatives);

/// <summary>
/// A layout pattern of the guide as data. It applies when the project uses one of <see cref="Frameworks"/>
/// (any project when empty; only projects without a web framework when <see cref="WithoutWebFramework"/>).
/// A <see cref="Fallback"/> pattern is chosen only when no other pattern fits at least half.
/// </summary>
public sealed record LayoutPattern(string Id, string Summary, string[] Frameworks, LayoutItem[] Items)
{
    public bool WithoutWebFramework { get; init; }

    public bool Fallback { get; init; }
}
