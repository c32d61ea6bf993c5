namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>logging</c> category. The standard library's <c>logging</c> counts on import only.</summary>
public static class Logging
{
    public const string StdLogging = "logging";
    public const string Structlog = "structlog";
    public const string Loguru = "loguru";
    public const string PythonJsonLogger = "python-json-logger";

    private const string C = StackCategory.Logging;

    public static readonly Technology[] All =
    [
        new(StdLogging, C) { Imports = ["logging"], ImportOnly = true },
        new(Structlog, C) { Distributions = ["structlog", "django-structlog"], Imports = ["structlog", "django_structlog"] },
        new(Loguru, C) { Distributions = ["loguru"], Imports = ["loguru"] },
        new(PythonJsonLogger, C) { Distributions = ["python-json-logger"], Imports = ["pythonjsonlogger"] },
    ];
}
