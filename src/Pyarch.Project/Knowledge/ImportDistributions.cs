namespace Pyarch.Project.Knowledge;

/// <summary>
/// Import names whose distribution is named otherwise. Any import not listed here maps to the distribution of
/// the same name in PEP 503 form (<c>flask_cors</c> to <c>flask-cors</c>), which is right for most packages.
/// </summary>
public static class ImportDistributions
{
    public static readonly IReadOnlyDictionary<string, string> ByImport = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PIL"] = "Pillow",
        ["yaml"] = "PyYAML",
        ["rest_framework"] = "djangorestframework",
        ["cv2"] = "opencv-python",
        ["sklearn"] = "scikit-learn",
        ["skimage"] = "scikit-image",
        ["bs4"] = "beautifulsoup4",
        ["dateutil"] = "python-dateutil",
        ["dotenv"] = "python-dotenv",
        ["jwt"] = "PyJWT",
        ["jose"] = "python-jose",
        ["MySQLdb"] = "mysqlclient",
        ["attr"] = "attrs",
        ["magic"] = "python-magic",
        ["slugify"] = "python-slugify",
        ["socketio"] = "python-socketio",
        ["engineio"] = "python-engineio",
        ["corsheaders"] = "django-cors-headers",
        ["debug_toolbar"] = "django-debug-toolbar",
        ["environ"] = "django-environ",
        ["decouple"] = "python-decouple",
        ["pythonjsonlogger"] = "python-json-logger",
        ["allauth"] = "django-allauth",
        ["ninja"] = "django-ninja",
        ["tortoise"] = "tortoise-orm",
        ["strawberry"] = "strawberry-graphql",
        ["factory"] = "factory-boy",
        ["crispy_forms"] = "django-crispy-forms",
        ["storages"] = "django-storages",
        ["django_filters"] = "django-filter",
        ["torch"] = "torch",
        ["Crypto"] = "pycryptodome",
        ["OpenSSL"] = "pyOpenSSL",
        ["git"] = "GitPython",
        ["serial"] = "pyserial",
        ["zmq"] = "pyzmq",
        ["multipart"] = "python-multipart",
        ["kafka"] = "kafka-python",
        ["telegram"] = "python-telegram-bot",
        ["docx"] = "python-docx",
        ["pptx"] = "python-pptx",
        ["gi"] = "PyGObject",
        ["wx"] = "wxPython",
        ["dns"] = "dnspython",
        ["nacl"] = "PyNaCl",
        ["google.protobuf"] = "protobuf",
        ["google.cloud.storage"] = "google-cloud-storage",
        ["googleapiclient"] = "google-api-python-client",
        ["azure.functions"] = "azure-functions",
        ["sentry_sdk"] = "sentry-sdk",
        ["memcache"] = "python-memcached",
        ["playhouse"] = "peewee",
        ["psycopg2"] = "psycopg2-binary",
        ["raven"] = "raven",
        ["markdown"] = "Markdown",
        ["jinja2"] = "Jinja2",
        ["usb"] = "pyusb",
        ["ldap"] = "python-ldap",
        ["Levenshtein"] = "python-Levenshtein",
        ["fitz"] = "PyMuPDF",
        ["win32api"] = "pywin32",
        ["pkg_resources"] = "setuptools",
        ["huey_consumer"] = "huey",
    };

    /// <summary>The distribution an import most likely comes from: the longest listed dotted prefix, else the top-level name.</summary>
    public static string For(string module)
    {
        string candidate = module;
        while (true)
        {
            if (ByImport.TryGetValue(candidate, out var distribution))
            {
                return distribution;
            }
            int dot = candidate.LastIndexOf('.');
            if (dot < 0)
            {
                return candidate.Replace('_', '-');
            }
            candidate = candidate[..dot];
        }
    }
}
