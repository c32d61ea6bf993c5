namespace Pyarch.Deploy.Tests;

/// <summary>When there is more than one thing to serve, pyarch lists the candidates and asks; --entry chooses.</summary>
public sealed class EntrySelectionTests
{
    [Fact]
    public void Should_ListBothAppsAndRefuse_When_TwoFlaskAppsExist()
    {
        // Given: two module-level Flask apps.
        // When
        var error = Assert.Throws<DeployException>(() => DeployFixture.Plan("two-apps"));

        // Then: both candidates are named with their file and line.
        Assert.StartsWith("the entry point is ambiguous: 2 candidates; choose one with --entry", error.Message, StringComparison.Ordinal);
        Assert.Contains("admin:app   wsgi  admin.py:3", error.Message, StringComparison.Ordinal);
        Assert.Contains("public:app  wsgi  public.py:3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ServeTheChosenApp_When_EntryNamesOne()
    {
        // Given / When
        var plan = DeployFixture.Plan("two-apps", ["procfile"], "admin:app");

        // Then
        Assert.EndsWith(" admin:app", plan.Line("Procfile", "web: "), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_AskForTheSettingsModule_When_DevAndProdBothBuildOnBase()
    {
        // Given: manage.py and wsgi.py both default to settings.dev, and settings.prod exists beside it.
        // When
        var error = Assert.Throws<DeployException>(() => DeployFixture.Plan("django-split"));

        // Then
        Assert.Contains("the Django settings module is ambiguous", error.Message, StringComparison.Ordinal);
        Assert.Contains("mysite.settings.dev ", error.Message, StringComparison.Ordinal);
        Assert.Contains("mysite.settings.prod", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("mysite.settings.base", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_SetTheChosenSettingsEverywhere_When_EntryNamesASettingsModule()
    {
        // Given / When
        var plan = DeployFixture.Plan("django-split", null, "mysite.settings.prod");

        // Then: the image, the Procfile processes and Kubernetes all run with the production settings.
        Assert.Contains("DJANGO_SETTINGS_MODULE=mysite.settings.prod", plan.Text("Dockerfile"), StringComparison.Ordinal);
        Assert.StartsWith("web: DJANGO_SETTINGS_MODULE=mysite.settings.prod gunicorn ", plan.Line("Procfile", "web: "), StringComparison.Ordinal);
        Assert.StartsWith("release: DJANGO_SETTINGS_MODULE=mysite.settings.prod ", plan.Line("Procfile", "release: "), StringComparison.Ordinal);
        Assert.Contains("DJANGO_SETTINGS_MODULE: \"mysite.settings.prod\"", plan.Text("deploy/kubernetes/app.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_RefuseAnEntryThatNamesNothing()
    {
        var error = Assert.Throws<DeployException>(() => DeployFixture.Plan("flask-module", null, "main:app"));

        Assert.StartsWith("--entry main:app names no entry point or settings module", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ServeDjangoChannelsWithDaphne_When_ChannelsAndDaphneAreDeclared()
    {
        // Given: Django with channels in INSTALLED_APPS, ASGI_APPLICATION, and both wsgi.py and asgi.py.
        // When
        var plan = DeployFixture.Plan("django-channels", ["procfile"]);

        // Then: the ASGI application, not the WSGI one, under daphne.
        Assert.EndsWith("daphne --bind 0.0.0.0 --port $PORT --proxy-headers config.asgi:application", plan.Line("Procfile", "web: "), StringComparison.Ordinal);
    }
}
