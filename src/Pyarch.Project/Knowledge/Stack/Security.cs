namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>security</c> category. FastAPI's CORSMiddleware counts as <c>fastapi-cors</c> (see the detector).</summary>
public static class Security
{
    public const string DjangoCorsHeaders = "django-cors-headers";
    public const string FlaskCors = "flask-cors";
    public const string FastApiCors = "fastapi-cors";
    public const string FlaskLimiter = "flask-limiter";
    public const string Slowapi = "slowapi";
    public const string DjangoRatelimit = "django-ratelimit";
    public const string FlaskJwtExtended = "flask-jwt-extended";
    public const string Pyjwt = "pyjwt";
    public const string PythonJose = "python-jose";
    public const string FlaskSecurity = "flask-security";
    public const string FlaskLogin = "flask-login";
    public const string DjangoAllauth = "django-allauth";
    public const string Passlib = "passlib";
    public const string Bcrypt = "bcrypt";

    private const string C = StackCategory.Security;

    public static readonly Technology[] All =
    [
        new(DjangoCorsHeaders, C) { Distributions = ["django-cors-headers"], Imports = ["corsheaders"], Settings = ["corsheaders"] },
        new(FlaskCors, C) { Distributions = ["flask-cors"], Imports = ["flask_cors"] },
        new(FastApiCors, C),
        new(FlaskLimiter, C) { Distributions = ["flask-limiter"], Imports = ["flask_limiter"] },
        new(Slowapi, C) { Distributions = ["slowapi"], Imports = ["slowapi"] },
        new(DjangoRatelimit, C) { Distributions = ["django-ratelimit"], Imports = ["django_ratelimit"], Settings = ["django_ratelimit"] },
        new(FlaskJwtExtended, C) { Distributions = ["flask-jwt-extended"], Imports = ["flask_jwt_extended"] },
        new(Pyjwt, C) { Distributions = ["pyjwt"], Imports = ["jwt"] },
        new(PythonJose, C) { Distributions = ["python-jose"], Imports = ["jose"] },
        new(FlaskSecurity, C) { Distributions = ["flask-security", "flask-security-too"], Imports = ["flask_security"] },
        new(FlaskLogin, C) { Distributions = ["flask-login"], Imports = ["flask_login"] },
        new(DjangoAllauth, C) { Distributions = ["django-allauth"], Imports = ["allauth"], Settings = ["allauth"] },
        new(Passlib, C) { Distributions = ["passlib"], Imports = ["passlib"] },
        new(Bcrypt, C) { Distributions = ["bcrypt", "flask-bcrypt"], Imports = ["bcrypt", "flask_bcrypt"], Settings = ["django.contrib.auth.hashers.BCryptSHA256PasswordHasher", "django.contrib.auth.hashers.BCryptPasswordHasher"] },
    ];
}
