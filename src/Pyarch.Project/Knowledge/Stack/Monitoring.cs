namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>monitoring</c> category.</summary>
public static class Monitoring
{
    public const string Sentry = "sentry";
    public const string Prometheus = "prometheus";
    public const string Newrelic = "newrelic";
    public const string Datadog = "datadog";
    public const string OpenTelemetry = "opentelemetry";
    public const string DjangoDebugToolbar = "django-debug-toolbar";

    private const string C = StackCategory.Monitoring;

    public static readonly Technology[] All =
    [
        new(Sentry, C) { Distributions = ["sentry-sdk", "raven"], Imports = ["sentry_sdk", "raven"] },
        new(Prometheus, C)
        {
            Distributions = ["prometheus-client", "django-prometheus", "prometheus-flask-exporter", "prometheus-fastapi-instrumentator", "starlette-exporter"],
            Imports = ["prometheus_client", "django_prometheus", "prometheus_flask_exporter", "prometheus_fastapi_instrumentator", "starlette_exporter"],
            Settings = ["django_prometheus"], Files = ["prometheus.yml"],
        },
        new(Newrelic, C) { Distributions = ["newrelic"], Imports = ["newrelic"], Files = ["newrelic.ini"], Executables = ["newrelic-admin"] },
        new(Datadog, C) { Distributions = ["ddtrace", "datadog"], Imports = ["ddtrace", "datadog"], Executables = ["ddtrace-run"], Settings = ["ddtrace.contrib.django"] },
        new(OpenTelemetry, C) { Distributions = ["opentelemetry-*"], Imports = ["opentelemetry"], Executables = ["opentelemetry-instrument"] },
        new(DjangoDebugToolbar, C) { Distributions = ["django-debug-toolbar"], Imports = ["debug_toolbar"], Settings = ["debug_toolbar"] },
    ];
}
