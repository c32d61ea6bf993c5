namespace Pyarch.Deploy;

/// <summary>
/// The production server command for the web entry point. <see cref="Template"/> holds <c>{host}</c>,
/// <c>{port}</c> and <c>{workers}</c> so that every target renders the same command: the container binds
/// <c>0.0.0.0:8000</c>, a Procfile binds <c>$PORT</c> with <c>WEB_CONCURRENCY</c> workers.
/// </summary>
public sealed record WebServer(string Name, IReadOnlyList<string> Template, string Reason)
{
    public const int ContainerPort = 8000;
    public const int DefaultWorkers = 4;

    public IReadOnlyList<string> Command(string host, string port, string workers) =>
        Template.Select(w => w.Replace("{host}", host, StringComparison.Ordinal).Replace("{port}", port, StringComparison.Ordinal)
            .Replace("{workers}", workers, StringComparison.Ordinal)).ToList();

    public IReadOnlyList<string> ContainerCommand =>
        Command("0.0.0.0", ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture), DefaultWorkers.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public IReadOnlyList<string> PlatformCommand => Command("0.0.0.0", "$PORT", "${WEB_CONCURRENCY:-" + DefaultWorkers + "}");
}
