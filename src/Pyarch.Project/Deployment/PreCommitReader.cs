using Pyarch.Project.Formats;

namespace Pyarch.Project.Deployment;

/// <summary>One hook of <c>.pre-commit-config.yaml</c>: its id and the repository it comes from.</summary>
public sealed record PreCommitHook(string Id, string Repository, string File, int Line);

/// <summary>Reads <c>.pre-commit-config.yaml</c>: every <c>repos[].hooks[].id</c>.</summary>
public static class PreCommitReader
{
    public static (IReadOnlyList<PreCommitHook> Hooks, Problem? Problem) Read(string path, string text)
    {
        var yaml = YamlReader.Read(path, text);
        var hooks = new List<PreCommitHook>();
        foreach (var repo in yaml.Documents.FirstOrDefault().Get("repos").Items())
        {
            string url = repo.Get("repo").Scalar() ?? "";
            foreach (var hook in repo.Get("hooks").Items())
            {
                if (hook.Get("id").Scalar() is { } id)
                {
                    hooks.Add(new PreCommitHook(id, url, path, YamlReader.LineOf(hook)));
                }
            }
        }
        return (hooks, yaml.Problem);
    }
}
