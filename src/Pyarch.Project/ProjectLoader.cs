using System.Text;
using Pyarch.Project.Deployment;
using Pyarch.Project.Manifests;
using Pyarch.Project.Modules;
using Pyarch.Project.Workspace;
using Pyarch.Python;
using Pyarch.Python.Ast;

namespace Pyarch.Project;

/// <summary>
/// The only class that touches the disk: walks the project, hands each file's text to the reader for its format,
/// parses the Python files in parallel, and gathers everything with every problem into a <see cref="ProjectModel"/>.
/// Never throws on bad input: a file it cannot read becomes one <see cref="Problem"/> naming that file.
/// </summary>
public sealed partial class ProjectLoader
{
    private const long MaxConfigBytes = 2 * 1024 * 1024;
    private const long MaxPythonBytes = 8 * 1024 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private readonly string _root;
    private readonly List<Problem> _problems = [];
    private readonly object _problemsLock = new();
    private readonly Action<PythonModule, Module>? _onParsed;
    private readonly bool _environmentReads;

    private ProjectLoader(string root, Action<PythonModule, Module>? onParsed, bool environmentReads)
    {
        _root = Path.GetFullPath(root);
        _onParsed = onParsed;
        _environmentReads = environmentReads;
    }

    /// <summary>
    /// Loads the project at <paramref name="root"/>. <paramref name="onParsed"/>, when given, sees every Python module
    /// that parsed, with its whole tree and text, on the parsing thread and before the tree is dropped: the rule
    /// engine checks each module there, so a large project is parsed once and never held in memory whole.
    /// <paramref name="environmentReads"/> false leaves <see cref="PythonModule.EnvironmentReads"/> and
    /// <see cref="PythonModule.EnvReads"/> empty: <c>detect</c> does not use them, and finding them walks every tree.
    /// </summary>
    public static ProjectModel Load(string root, Action<PythonModule, Module>? onParsed = null, bool environmentReads = true)
    {
        var loader = new ProjectLoader(root, onParsed, environmentReads);
        return loader.LoadModel();
    }

    private void Report(string file, int line, string message)
    {
        lock (_problemsLock)
        {
            _problems.Add(new Problem(file, line, message));
        }
    }

    private ProjectModel LoadModel()
    {
        var tree = WorkspaceWalk.Walk(_root, p => Report(p.File, p.Line, p.Message));
        var byKind = tree.Files.GroupBy(f => FileKinds.Classify(f.Path)).ToDictionary(g => g.Key, g => g.ToList());
        List<WorkspaceFile> Of(FileKind kind) => byKind.GetValueOrDefault(kind) ?? [];

        var naming = ModuleNaming.For(tree.Files.Select(f => f.Path).ToList(), tree.Directories);
        var python = LoadPython(Of(FileKind.Python), naming);
        var manifests = new List<Manifest>();
        manifests.AddRange(ReadAll(Of(FileKind.Pyproject), PyprojectReader.Read));
        manifests.AddRange(ReadAll(Of(FileKind.Pipfile), PipfileReader.Read));
        manifests.AddRange(ReadAll(Of(FileKind.SetupCfg).Concat(Of(FileKind.ToxIni)).Concat(Of(FileKind.IniToolConfig)), SetupCfgReader.Read));
        manifests.AddRange(ReadAll(Of(FileKind.CondaEnvironment), CondaEnvironmentReader.Read));
        manifests.AddRange(python.SetupPy);
        var yamlFiles = ReadTexts(Of(FileKind.Yaml));
        manifests.AddRange(OtherCondaEnvironments(yamlFiles));

        var dockerfiles = ReadAll(Of(FileKind.Dockerfile), DockerfileReader.Read);
        var deployment = ReadAll(Of(FileKind.Compose), ComposeReader.Read)
            .Concat(ReadAll(Of(FileKind.Procfile), ProcfileReader.Read))
            .Concat(ReadAll(Of(FileKind.PlatformFile), PlatformFileReader.Read))
            .Concat(yamlFiles.Where(y => LooksLikeManifest(y.Text)).Select(y => KubernetesReader.Read(y.File, y.Text)))
            .ToList();
        var model = new ProjectModel
        {
            Root = _root,
            Tree = tree,
            RequirementsFiles = ReadAll(Of(FileKind.Requirements).Concat(Of(FileKind.PipToolsInput)), RequirementsReader.Read),
            Manifests = manifests,
            LockFiles = ReadAll(Of(FileKind.Lock), LockFileReader.Read),
            Dockerfiles = dockerfiles,
            DockerIgnores = ReadAll(Of(FileKind.DockerIgnore), DockerIgnore.Read),
            DeploymentFiles = deployment,
            EnvVariables = ReadEnvFiles(Of(FileKind.Env)),
            PreCommitHooks = ReadPreCommit(Of(FileKind.PreCommit)),
            CiFiles = ReadTexts(Of(FileKind.CiPipeline)).Select(t => new CiFile(t.File, t.Text)).ToList(),
            PythonVersionPins = ReadTexts(Of(FileKind.PythonVersion)).Select(PythonPin).OfType<Evidenced<string>>().ToList(),
            Modules = new ModuleIndex(python.Modules),
            Naming = naming,
        };
        var scripts = ReadScripts(model, Of(FileKind.ShellScript));
        CollectReaderProblems(model);
        return model with { ScriptCommands = scripts, Problems = Deduplicated() };
    }

    private List<Problem> Deduplicated() =>
        _problems.Distinct().OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Message, StringComparer.Ordinal).ToList();

    private void CollectReaderProblems(ProjectModel model)
    {
        var all = model.RequirementsFiles.SelectMany(r => r.Problems)
            .Concat(model.Manifests.SelectMany(m => m.Problems))
            .Concat(model.LockFiles.SelectMany(l => l.Problems))
            .Concat(model.Dockerfiles.SelectMany(d => d.Problems))
            .Concat(model.DeploymentFiles.SelectMany(d => d.Problems));
        foreach (var problem in all)
        {
            Report(problem.File, problem.Line, problem.Message);
        }
    }

    private static Evidenced<string>? PythonPin((string File, string Text) file)
    {
        string version = file.Text.Trim().Split('\n')[0].Trim();
        if (version.StartsWith("python-", StringComparison.Ordinal))
        {
            version = version[7..];
        }
        return version.Length == 0 ? null : new Evidenced<string>(version, file.File, 1);
    }

    private static bool LooksLikeManifest(string text) =>
        text.Contains("apiVersion:", StringComparison.Ordinal) && text.Contains("kind:", StringComparison.Ordinal);

    private IEnumerable<Manifest> OtherCondaEnvironments(List<(string File, string Text)> yamlFiles)
    {
        foreach (var (file, text) in yamlFiles)
        {
            if (!text.Contains("dependencies:", StringComparison.Ordinal) || !text.Contains("channels:", StringComparison.Ordinal))
            {
                continue;
            }
            var yaml = Formats.YamlReader.Read(file, text);
            if (yaml.Documents.Count > 0 && CondaEnvironmentReader.Looks(yaml.Documents[0]))
            {
                yield return CondaEnvironmentReader.Read(file, text);
            }
        }
    }

    private List<T> ReadAll<T>(IEnumerable<WorkspaceFile> files, Func<string, string, T> reader) =>
        ReadTexts(files).Select(t => reader(t.File, t.Text)).ToList();

    private List<(string File, string Text)> ReadTexts(IEnumerable<WorkspaceFile> files)
    {
        var texts = new List<(string, string)>();
        foreach (var file in files)
        {
            if (ReadText(file, MaxConfigBytes) is { } text)
            {
                texts.Add((file.Path, text));
            }
        }
        return texts;
    }

    /// <summary>
    /// Reads a file's bytes into a rented buffer (dispose it), refusing huge, unreadable and binary files with one
    /// problem each.
    /// </summary>
    private RentedBytes? ReadBytes(WorkspaceFile file, long limit)
    {
        void TooLarge(long size) => Report(file.Path, 0, $"skipped: {size / 1024 / 1024} MiB is more than the {limit / 1024 / 1024} MiB pyarch reads");
        if (file.Size == 0)
        {
            // Not opened: a named pipe or a device under a project file's name measures 0 bytes too, and opening it
            // waits for a writer forever.
            return RentedBytes.Empty;
        }
        if (file.Size > limit)
        {
            TooLarge(file.Size);
            return null;
        }
        RentedBytes? read;
        long length;
        try
        {
            read = RentedBytes.Read(Path.Combine(_root, file.Path), limit, out length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(file.Path, 0, "cannot read: " + e.Message);
            return null;
        }
        if (read is not { } bytes)
        {
            TooLarge(length); // it grew after the walk measured it
            return null;
        }
        if (bytes.Span[..Math.Min(bytes.Length, 8000)].Contains((byte)0))
        {
            bytes.Dispose();
            Report(file.Path, 0, "skipped: binary file (it contains NUL bytes)");
            return null;
        }
        return bytes;
    }

    private string? ReadText(WorkspaceFile file, long limit)
    {
        if (ReadBytes(file, limit) is not { } bytes)
        {
            return null;
        }
        using (bytes)
        {
            var span = bytes.Span;
            try
            {
                return StrictUtf8.GetString(span.StartsWith("\xEF\xBB\xBF"u8) ? span[3..] : span);
            }
            catch (DecoderFallbackException e)
            {
                int line = span[..Math.Max(0, e.Index)].Count((byte)'\n') + 1;
                Report(file.Path, e.Index >= 0 ? line : 0, "skipped: not valid UTF-8");
                return null;
            }
        }
    }

    private List<EnvVariable> ReadEnvFiles(IEnumerable<WorkspaceFile> files)
    {
        var variables = new List<EnvVariable>();
        foreach (var (file, text) in ReadTexts(files))
        {
            var (read, problems) = EnvFileReader.Read(file, text);
            variables.AddRange(read);
            foreach (var problem in problems)
            {
                Report(problem.File, problem.Line, problem.Message);
            }
        }
        return variables;
    }

    private List<PreCommitHook> ReadPreCommit(IEnumerable<WorkspaceFile> files)
    {
        var hooks = new List<PreCommitHook>();
        foreach (var (file, text) in ReadTexts(files))
        {
            var (read, problem) = PreCommitReader.Read(file, text);
            hooks.AddRange(read);
            if (problem is not null)
            {
                Report(problem.File, problem.Line, problem.Message);
            }
        }
        return hooks;
    }
}
