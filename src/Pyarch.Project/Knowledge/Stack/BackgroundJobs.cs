namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>background_jobs</c> category.</summary>
public static class BackgroundJobs
{
    public const string Celery = "celery";
    public const string Rq = "rq";
    public const string Dramatiq = "dramatiq";
    public const string Apscheduler = "apscheduler";
    public const string Huey = "huey";
    public const string Arq = "arq";

    private const string C = StackCategory.BackgroundJobs;

    public static readonly Technology[] All =
    [
        new(Celery, C)
        {
            Distributions = ["celery", "django-celery-beat", "django-celery-results", "flower"], Imports = ["celery"],
            Executables = ["celery"], Settings = ["django_celery_beat", "django_celery_results"],
        },
        new(Rq, C) { Distributions = ["rq", "django-rq", "flask-rq2", "rq-scheduler"], Imports = ["rq", "django_rq", "flask_rq2"], Executables = ["rq", "rqworker"], Settings = ["django_rq"] },
        new(Dramatiq, C) { Distributions = ["dramatiq", "django-dramatiq"], Imports = ["dramatiq", "django_dramatiq"], Executables = ["dramatiq"], Settings = ["django_dramatiq"] },
        new(Apscheduler, C) { Distributions = ["apscheduler", "flask-apscheduler", "django-apscheduler"], Imports = ["apscheduler", "flask_apscheduler", "django_apscheduler"], Settings = ["django_apscheduler"] },
        new(Huey, C) { Distributions = ["huey"], Imports = ["huey"], Executables = ["huey_consumer", "huey_consumer.py"], Settings = ["huey.contrib.djhuey"] },
        new(Arq, C) { Distributions = ["arq"], Imports = ["arq"], Executables = ["arq"] },
    ];
}
