namespace Pyarch.Rules.Tests;

/// <summary>
/// A Django project for the agreement test: a <c>startproject</c>-like settings module changed by <see cref="Edit"/>,
/// or split into <c>settings/base.py</c> and a <c>settings/prod.py</c> that star-imports it when <see cref="Prod"/> is
/// given (<c>manage.py</c> then names <c>mysite.settings.prod</c>).
/// </summary>
internal sealed record DjangoSettingsVariant(string Name, Func<string, string> Edit, string? Prod = null)
{
    /// <summary>Close to what Django 3.2's <c>startproject</c> writes: the deploy check fails W004, W008, W009, W012, W016, W018, W020.</summary>
    public const string Fresh = """
        import os

        SECRET_KEY = "django-insecure-3xk!b#v2q@w8e$r5t^y7u&i9o*p0a(s)d_f+g=h~j1k2l3"
        DEBUG = True
        ALLOWED_HOSTS = []

        INSTALLED_APPS = [
            "django.contrib.admin",
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django.contrib.messages",
            "django.contrib.staticfiles",
        ]

        MIDDLEWARE = [
            "django.middleware.security.SecurityMiddleware",
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "django.contrib.messages.middleware.MessageMiddleware",
            "django.middleware.clickjacking.XFrameOptionsMiddleware",
        ]

        ROOT_URLCONF = "mysite.urls"
        TEMPLATES = [
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "DIRS": [],
                "APP_DIRS": True,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "django.contrib.auth.context_processors.auth",
                        "django.contrib.messages.context_processors.messages",
                    ],
                },
            },
        ]
        DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}
        DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
        STATIC_URL = "/static/"

        """;

    /// <summary>Settings appended to <see cref="Fresh"/> that pass every deploy check.</summary>
    public const string Hardening = """
        SECRET_KEY = "q7#Lm2@vX9!pR4$tZ8&nB1*cW6^yH3%jK5(dF0)gS2-aE7+uJ4=iO9~eT1?hN6;bM"
        DEBUG = False
        ALLOWED_HOSTS = ["shop.example.com"]
        SECURE_HSTS_SECONDS = 31536000
        SECURE_HSTS_INCLUDE_SUBDOMAINS = True
        SECURE_HSTS_PRELOAD = True
        SECURE_SSL_REDIRECT = True
        SESSION_COOKIE_SECURE = True
        CSRF_COOKIE_SECURE = True

        """;

    public const string Hardened = Fresh + Hardening;

    public override string ToString() => Name;

    /// <summary>Writes the project into <paramref name="root"/>.</summary>
    public void Write(string root)
    {
        string package = Path.Combine(root, "mysite");
        Directory.CreateDirectory(package);
        File.WriteAllText(Path.Combine(package, "__init__.py"), "");
        File.WriteAllText(Path.Combine(package, "urls.py"), "urlpatterns = []\n");
        string settingsModule = "mysite.settings";
        if (Prod is null)
        {
            File.WriteAllText(Path.Combine(package, "settings.py"), Edit(Fresh));
        }
        else
        {
            string settings = Path.Combine(package, "settings");
            Directory.CreateDirectory(settings);
            File.WriteAllText(Path.Combine(settings, "__init__.py"), "");
            File.WriteAllText(Path.Combine(settings, "base.py"), Edit(Fresh));
            File.WriteAllText(Path.Combine(settings, "prod.py"), "from .base import *\n\n" + Prod);
            settingsModule += ".prod";
        }
        File.WriteAllText(Path.Combine(root, "manage.py"), $"""
            import os
            import sys

            if __name__ == "__main__":
                os.environ.setdefault("DJANGO_SETTINGS_MODULE", "{settingsModule}")
                from django.core.management import execute_from_command_line

                execute_from_command_line(sys.argv)

            """);
    }
}
