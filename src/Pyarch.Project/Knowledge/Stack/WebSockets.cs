namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>websockets</c> category. FastAPI websocket routes count as <c>fastapi-websockets</c> (see the detector).</summary>
public static class WebSockets
{
    public const string Channels = "channels";
    public const string FlaskSocketio = "flask-socketio";
    public const string PythonSocketio = "python-socketio";
    public const string FastApiWebSockets = "fastapi-websockets";
    public const string Websockets = "websockets";

    private const string C = StackCategory.WebSockets;

    public static readonly Technology[] All =
    [
        new(Channels, C) { Distributions = ["channels", "channels-redis"], Imports = ["channels", "channels_redis"], Settings = ["channels"] },
        new(FlaskSocketio, C) { Distributions = ["flask-socketio"], Imports = ["flask_socketio"] },
        new(PythonSocketio, C) { Distributions = ["python-socketio"], Imports = ["socketio"] },
        new(FastApiWebSockets, C),
        new(Websockets, C) { Distributions = ["websockets"], Imports = ["websockets"] },
    ];
}
