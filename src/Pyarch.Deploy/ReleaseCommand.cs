using Pyarch.Project;
using Pyarch.Project.Detect;
using Pyarch.Project.Frameworks;
using Pyarch.Project.Knowledge;
using Pyarch.Project.Knowledge.Stack;

namespace Pyarch.Deploy;

/// <summary>
/// The migration command, run once per release (Procfile <c>release:</c>, a Kubernetes Job, fly's
/// <c>release_command</c>) and never in the container's <c>CMD</c>, where every replica would run it on every boot.
/// </summary>
internal static class ReleaseCommand
{
    public static ProcessCommand? For(DetectResult detect, DjangoFacts? django, ProjectModel model, string target)
    {
        var migrations = detect.Stack[StackCategory.Migrations];
        Evidence? EvidenceOf(string id) => migrations.FirstOrDefault(m => m.Id == id)?.Evidence.FirstOrDefault();

        if (django is not null && (EvidenceOf(Migrations.DjangoMigrations) ?? django.Settings.DatabaseEngines.Select(e => new Evidence(e.File, e.Line, "DATABASES " + e.Value)).FirstOrDefault()) is { } djangoEvidence)
        {
            return new ProcessCommand("release", ["python", ManagePy(django), "migrate", "--noinput"], djangoEvidence);
        }
        if (EvidenceOf(Migrations.FlaskMigrate) is { } flaskMigrate)
        {
            return new ProcessCommand("release", ["flask", "--app", target, "db", "upgrade"], flaskMigrate);
        }
        if (EvidenceOf(Migrations.Alembic) is { } alembic)
        {
            string? ini = model.Tree.Files.Select(f => f.Path).Where(p => Path.GetFileName(p) == "alembic.ini").OrderBy(p => p.Length).FirstOrDefault();
            return new ProcessCommand("release", ini is null or "alembic.ini" ? ["alembic", "upgrade", "head"] : ["alembic", "-c", ini, "upgrade", "head"], alembic);
        }
        return EvidenceOf(Migrations.Aerich) is { } aerich ? new ProcessCommand("release", ["aerich", "upgrade"], aerich) : null;
    }

    public static string ManagePy(DjangoFacts django) => django.BaseDirectory.Length == 0 ? "manage.py" : django.BaseDirectory + "/manage.py";
}
