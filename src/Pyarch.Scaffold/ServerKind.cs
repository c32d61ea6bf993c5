namespace Pyarch.Scaffold;

/// <summary>How a generated project is served in production.</summary>
public enum ServerKind
{
    /// <summary>No web server: a batch or notebook project.</summary>
    None,

    /// <summary>A WSGI application behind gunicorn.</summary>
    Wsgi,

    /// <summary>An ASGI application behind uvicorn.</summary>
    Asgi,
}
