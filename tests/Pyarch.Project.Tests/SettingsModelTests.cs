using Pyarch.Project.Settings;
using Pyarch.Tests;

namespace Pyarch.Project.Tests;

public sealed class SettingsModelTests
{
    private static ProjectModel Load(string name) =>
        ProjectLoader.Load(System.IO.Path.Combine(RepoPaths.Root, "tests", "Pyarch.Project.Tests", "SettingsFixtures", name));

    /// <summary>Each read as a reviewer checks it: where, which variable, its type and its default.</summary>
    private static List<string> ReadLines(ProjectModel project) =>
        project.Modules.EnvReads().Select(r => $"{r.File}:{r.Line} {r.Name} {r.Cast} {r.Default?.Describe() ?? "raises"}").ToList();

    [Fact]
    public void Should_evaluate_the_production_settings_the_dockerfile_names_through_the_base_chain()
    {
        // Given split settings: manage.py runs dev, the Dockerfile's ENV runs prod, which star-imports base
        var project = Load("django-split-env");

        // When the settings model is built
        var settings = DjangoSettingsModel.Load(project)!;

        // Then prod is chosen because of the Dockerfile, and prod's assignments win over base's
        Assert.Equal("mysite.settings.prod", settings.Module.Value);
        Assert.Equal(("Dockerfile", 4), (settings.Module.File, settings.Module.Line));
        var secret = settings.Get("SECRET_KEY", EnvWorld.Unset)!;
        Assert.Equal("'change-me'", secret.Describe());
        Assert.Equal("DJANGO_SECRET_KEY", secret.Env!.Name);
        Assert.Equal(("mysite/settings/prod.py", 7), (secret.Origin!.File, secret.Origin.Line));
        Assert.IsType<SettingValue.FromEnv>(settings.Get("SECRET_KEY", EnvWorld.Set));
    }

    [Fact]
    public void Should_follow_insert_and_augmented_tuple_concatenation_into_the_middleware_list()
    {
        var settings = DjangoSettingsModel.Load(Load("django-split-env"))!;

        var middleware = settings.Get("MIDDLEWARE", EnvWorld.Unset)!.Elements!.Select(m => m.Describe());

        Assert.Equal(
            [
                "'django.middleware.security.SecurityMiddleware'", "'django.contrib.sessions.middleware.SessionMiddleware'",
                "'django.middleware.csrf.CsrfViewMiddleware'", "'django.middleware.clickjacking.XFrameOptionsMiddleware'",
            ],
            middleware);
        Assert.True(settings.Contains("MIDDLEWARE", DjangoSettingsModel.XFrameOptionsMiddleware, EnvWorld.Set));
    }

    [Fact]
    public void Should_tell_truthiness_from_identity_for_env_strings_and_conversions()
    {
        var settings = DjangoSettingsModel.Load(Load("django-split-env"))!;
        SettingValue Unset(string name) => settings.Get(name, EnvWorld.Unset)!;
        SettingValue Set(string name) => settings.Get(name, EnvWorld.Set)!;

        // os.getenv("SECURE_SSL_REDIRECT", "True") is a str: truthy in both worlds, never `is True`
        Assert.Equal((true, false), (Unset("SECURE_SSL_REDIRECT").Truthy, Unset("SECURE_SSL_REDIRECT").IsTrue));
        Assert.Equal((true, false), (Set("SECURE_SSL_REDIRECT").Truthy, Set("SECURE_SSL_REDIRECT").IsTrue));
        // .lower() in (...) converts: False by default, an unknown bool once set
        Assert.Equal(false, Unset("SESSION_COOKIE_SECURE").IsTrue);
        Assert.Equal("COOKIE_SECURE", Unset("SESSION_COOKIE_SECURE").Env!.Name);
        Assert.Null(Set("SESSION_COOKIE_SECURE").IsTrue);
        // decouple converts its default: "yes" with cast=bool is True
        Assert.Equal(true, Unset("CSRF_COOKIE_SECURE").IsTrue);
        // strtobool returns 1, which is truthy but not True
        Assert.Equal((true, false), (Unset("SECURE_HSTS_PRELOAD").Truthy, Unset("SECURE_HSTS_PRELOAD").IsTrue));
        Assert.Equal("3600", Unset("SECURE_HSTS_SECONDS").Describe());
        Assert.Equal("['example.com']", Unset("ALLOWED_HOSTS").Describe());
        // An unassigned setting takes Django's default
        Assert.Equal("'DENY'", Unset("X_FRAME_OPTIONS").Describe());
        // Repetition and unpacking of literals, inherited from base
        Assert.Equal("['kkk', 'old']", Unset("SECRET_KEY_FALLBACKS").Describe());
        Assert.False(settings.IsAssigned("X_FRAME_OPTIONS"));
    }

    [Fact]
    public void Should_take_the_if_debug_branch_the_env_scheme_default_selects_and_give_up_once_debug_is_set()
    {
        var settings = DjangoSettingsModel.Load(Load("django-split-env"))!;

        // Env(DEBUG=(bool, False)) makes DEBUG False while unset: the else branch runs
        Assert.Equal(false, settings.Get("DEBUG", EnvWorld.Unset)!.Truthy);
        Assert.Equal(true, settings.Contains("INSTALLED_APPS", "django.contrib.staticfiles", EnvWorld.Unset));
        Assert.Equal(false, settings.Contains("INSTALLED_APPS", "debug_toolbar", EnvWorld.Unset));
        // Once DEBUG is set its value is unknown, so is the branch
        Assert.Null(settings.Get("DEBUG", EnvWorld.Set)!.Truthy);
        Assert.IsType<SettingValue.Unknown>(settings.Get("INSTALLED_APPS", EnvWorld.Set));
    }

    [Fact]
    public void Should_collect_every_env_read_of_the_project_with_its_default_and_type()
    {
        var project = Load("django-split-env");

        var reads = ReadLines(project);

        Assert.Equal(
            [
                "mysite/settings/base.py:8 DEBUG Bool False",
                "mysite/settings/prod.py:7 DJANGO_SECRET_KEY Str 'change-me'",
                "mysite/settings/prod.py:8 ALLOWED_HOSTS List ['example.com']",
                "mysite/settings/prod.py:11 SECURE_SSL_REDIRECT Str 'True'",
                "mysite/settings/prod.py:12 COOKIE_SECURE Str 'false'",
                "mysite/settings/prod.py:13 CSRF_COOKIE_SECURE Bool True",
                "mysite/settings/prod.py:14 HSTS_PRELOAD Str 'true'",
                "mysite/settings/prod.py:15 HSTS_SECONDS Str '3600'",
            ],
            reads);
    }

    [Fact]
    public void Should_read_flask_config_classes_from_object_and_item_assignments()
    {
        var project = Load("flask-config-classes");

        var config = Assert.Single(FlaskConfigModel.Load(project.Modules));

        Assert.Equal("shop/__init__.py", config.Module.Path);
        // DEBUG = os.getenv("FLASK_DEBUG", False): False while unset, a truthy string once set
        Assert.Equal(false, config.Get("DEBUG", EnvWorld.Unset)!.Truthy);
        Assert.Equal(true, config.Get("DEBUG", EnvWorld.Set)!.Truthy);
        Assert.Equal("FLASK_DEBUG", config.Get("DEBUG", EnvWorld.Set)!.Env!.Name);
        // ProductionConfig overrides TESTING with a comparison: a bool
        Assert.Equal("False", config.Get("TESTING", EnvWorld.Unset)!.Describe());
        Assert.Equal(("shop/config.py", 11), (config.Get("TESTING", EnvWorld.Unset)!.Origin!.File, config.Get("TESTING", EnvWorld.Unset)!.Origin!.Line));
        Assert.Equal("'dev'", config.Get("SECRET_KEY", EnvWorld.Unset)!.Describe());
        Assert.Equal(true, config.Get("SESSION_COOKIE_SECURE", EnvWorld.Unset)!.IsTrue);
        Assert.Equal(true, config.Get("SESSION_COOKIE_HTTPONLY", EnvWorld.Unset)!.IsTrue);
    }

    [Fact]
    public void Should_name_pydantic_fields_with_their_prefix_or_alias_and_required_reads()
    {
        var project = Load("fastapi-pydantic");

        var reads = ReadLines(project);

        Assert.Equal(
            [
                "app/main.py:5 APP_DEBUG Str raises",
                "app/main.py:9 LOG_LEVEL Str None",
                "app/settings.py:8 SHOP_DEBUG Bool False",
                "app/settings.py:9 SHOP_DATABASE_URL Str raises",
                "app/settings.py:10 SHOP_WORKERS Int 4",
                "app/settings.py:11 PAYMENTS_API_KEY Str ''",
            ],
            reads);
    }
}
