namespace Pyarch.Deploy.Tests;

/// <summary>Nothing existing is replaced without --force, and a dry run shows a diff.</summary>
public sealed class DeployFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pyarch-deploy-files-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Should_WriteNothing_When_AnExistingFileDiffersAndForceIsNotGiven()
    {
        // Given: the user's own Procfile.
        File.WriteAllText(Path.Combine(_root, "Procfile"), "web: flask run\n");
        GeneratedFile[] files = [new("Procfile", "web: gunicorn app:app\n"), new("Dockerfile", "FROM python:3.12-slim\n")];

        // When
        var actions = DeployFiles.Write(_root, files, force: false);

        // Then: refused, and not even the new Dockerfile was written.
        Assert.Equal([FileAction.Refuse, FileAction.Create], actions.Select(a => a.Action));
        Assert.Equal("web: flask run\n", File.ReadAllText(Path.Combine(_root, "Procfile")));
        Assert.False(File.Exists(Path.Combine(_root, "Dockerfile")));
    }

    [Fact]
    public void Should_ReplaceAndCreateFolders_When_ForceIsGiven()
    {
        File.WriteAllText(Path.Combine(_root, "Procfile"), "web: flask run\n");
        GeneratedFile[] files = [new("Procfile", "web: gunicorn app:app\n"), new("deploy/kubernetes/app.yaml", "kind: Service\n")];

        var actions = DeployFiles.Write(_root, files, force: true);

        Assert.Equal([FileAction.Replace, FileAction.Create], actions.Select(a => a.Action));
        Assert.Equal("web: gunicorn app:app\n", File.ReadAllText(Path.Combine(_root, "Procfile")));
        Assert.True(File.Exists(Path.Combine(_root, "deploy", "kubernetes", "app.yaml")));
        Assert.Equal([FileAction.Unchanged, FileAction.Unchanged], DeployFiles.Write(_root, files, force: false).Select(a => a.Action));
    }

    [Fact]
    public void Should_ShowAUnifiedDiff_When_AFileWouldChange()
    {
        string before = "# old\nweb: flask run\nrelease: migrate\n";
        string after = "# old\nweb: gunicorn app:app\nrelease: migrate\n";

        string diff = UnifiedDiff.Render("Procfile", before, after);

        Assert.Equal("--- a/Procfile\n+++ b/Procfile\n@@ -1,3 +1,3 @@\n # old\n-web: flask run\n+web: gunicorn app:app\n release: migrate\n", diff);
    }
}
