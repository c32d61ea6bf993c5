namespace Pyarch.Deploy.Tests;

/// <summary>The deployable fixtures and the <c>--entry</c> each needs.</summary>
public static class Fixtures
{
    public static TheoryData<string, string[]> Deployable() => new()
    {
        { "flask-module", [] },
        { "flask-factory", [] },
        { "flask-celery", [] },
        { "flask-undeclared", [] },
        { "django-split", ["mysite.settings.prod"] },
        { "django-channels", [] },
        { "fastapi-src", [] },
        { "fastapi-api-object", [] },
        { "two-apps", ["public:app"] },
    };
}
