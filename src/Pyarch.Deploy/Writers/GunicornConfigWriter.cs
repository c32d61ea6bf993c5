using System.Text;

namespace Pyarch.Deploy.Writers;

/// <summary>
/// <c>gunicorn.conf.py</c>: the app, workers from <c>WEB_CONCURRENCY</c>, uvicorn's worker class for ASGI,
/// timeouts, access log on stdout, bound to <c>$PORT</c>. <c>gunicorn --config gunicorn.conf.py</c> runs it.
/// </summary>
internal static class GunicornConfigWriter
{
    public static GeneratedFile Write(DeployFacts facts)
    {
        var text = new StringBuilder(FileHeader.For(facts)).AppendLine("import os").AppendLine();
        text.AppendLine($"wsgi_app = {Shell.DoubleQuoted(facts.Entry.Target)}")
            .AppendLine($"bind = \"0.0.0.0:\" + os.environ.get(\"PORT\", \"{WebServer.ContainerPort}\")")
            .AppendLine($"workers = int(os.environ.get(\"WEB_CONCURRENCY\", \"{WebServer.DefaultWorkers}\"))");
        if (facts.Entry.Kind == "asgi")
        {
            text.AppendLine("# An ASGI app needs uvicorn's worker class; gunicorn's sync worker cannot serve it.")
                .AppendLine("worker_class = \"uvicorn.workers.UvicornWorker\"");
        }
        text.AppendLine("timeout = 30").AppendLine("graceful_timeout = 30").AppendLine("keepalive = 5")
            .AppendLine("accesslog = \"-\"").AppendLine("errorlog = \"-\"");
        int chdir = facts.Server.Template.ToList().IndexOf("--chdir");
        if (chdir >= 0)
        {
            text.AppendLine($"chdir = {Shell.DoubleQuoted(facts.Server.Template[chdir + 1])}");
        }
        if (facts.Fixed.Any())
        {
            text.AppendLine($"raw_env = [{string.Join(", ", facts.Fixed.Select(s => Shell.DoubleQuoted($"{s.Name}={s.Value}")))}]");
        }
        return new GeneratedFile("gunicorn.conf.py", text.ToString());
    }
}
