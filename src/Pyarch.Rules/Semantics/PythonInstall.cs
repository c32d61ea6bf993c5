using System.Text.RegularExpressions;
using Pyarch.Project.Deployment;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// A package installation found in a shell command: <c>pip install</c>, <c>pip3.12 install</c>,
/// <c>python -m pip install</c> or <c>uv pip install</c>, with the words after <c>install</c>. The pip wrappers
/// <c>pipx</c> and <c>pipenv</c> are other programs and are not pip.
/// </summary>
public sealed partial record PythonInstall(ShellCommand Command, string Tool, IReadOnlyList<string> Options, IReadOnlyList<string> Arguments)
{
    /// <summary>pip's <c>install</c> options that take a value as the next word.</summary>
    private static readonly HashSet<string> OptionsWithValue =
    [
        "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-f",
        "--find-links", "-t", "--target", "--prefix", "--root", "--src", "--platform", "--python-version", "--implementation",
        "--abi", "--no-binary", "--only-binary", "--upgrade-strategy", "--progress-bar", "--proxy", "--trusted-host",
        "--cache-dir", "--log", "--timeout", "--retries", "--exists-action", "--report", "-C", "--config-settings",
        "--global-option", "--python", "-p", "--build-constraint", "--index-strategy", "--keyring-provider",
    ];

    /// <summary>The <c>pip install</c> (or <c>uv pip install</c>) in a command, or null.</summary>
    public static PythonInstall? PipInstall(ShellCommand command)
    {
        var words = command.Words;
        string program = command.Program;
        int at;
        string tool;
        if (PipProgram().IsMatch(program))
        {
            (tool, at) = ("pip", 1);
        }
        else if (PythonProgram().IsMatch(program) && IndexOfPair(words, "-m", "pip") is int m and >= 0)
        {
            (tool, at) = ("pip", m + 2);
        }
        else if (program == "uv" && words.Count > 1 && words[1] == "pip")
        {
            (tool, at) = ("uv", 2);
        }
        else
        {
            return null;
        }
        var globals = words.Skip(at).TakeWhile(w => w.StartsWith('-')).ToList();
        int sub = at + globals.Count;
        if (sub >= words.Count || words[sub] != "install")
        {
            return null;
        }
        return new PythonInstall(command, tool, globals, words.Skip(sub + 1).ToList());
    }

    /// <summary>
    /// A command that resolves and installs a project's dependencies: a pip or uv pip install, <c>uv sync</c>,
    /// <c>poetry install</c>, <c>pipenv install</c>/<c>sync</c>, <c>pdm install</c>/<c>sync</c>, <c>pip-sync</c>.
    /// A <c>pip install --no-deps</c> installs no dependencies and is not one.
    /// </summary>
    public static bool IsDependencyInstall(ShellCommand command)
    {
        if (PipInstall(command) is { } pip)
        {
            return !pip.Has("--no-deps");
        }
        var w = command.Words;
        string sub = w.Count > 1 ? w[1] : "";
        return command.Program switch
        {
            "uv" => sub is "sync",
            "poetry" => sub is "install",
            "pipenv" => sub is "install" or "sync",
            "pdm" => sub is "install" or "sync",
            "pip-sync" => true,
            _ => false,
        };
    }

    /// <summary>An option given before or after <c>install</c>, alone or as <c>--name=value</c>.</summary>
    public bool Has(params string[] names) =>
        Options.Concat(Arguments).Any(w => names.Any(n => w == n || w.StartsWith(n + "=", StringComparison.Ordinal)));

    /// <summary>The values of an option that takes one (<c>-r file</c>, <c>--requirement=file</c>, <c>-rfile</c>).</summary>
    public IEnumerable<string> Values(params string[] names)
    {
        for (int i = 0; i < Arguments.Count; i++)
        {
            string word = Arguments[i];
            foreach (string name in names)
            {
                if (word == name && i + 1 < Arguments.Count)
                {
                    yield return Arguments[i + 1];
                }
                else if (word.StartsWith(name + "=", StringComparison.Ordinal))
                {
                    yield return word[(name.Length + 1)..];
                }
                else if (name.Length == 2 && word.Length > 2 && word.StartsWith(name, StringComparison.Ordinal) && !word.StartsWith("--", StringComparison.Ordinal))
                {
                    yield return word[2..];
                }
            }
        }
    }

    /// <summary>The requirement words: every argument that is neither an option nor an option's value.</summary>
    public IEnumerable<string> Packages()
    {
        for (int i = 0; i < Arguments.Count; i++)
        {
            string word = Arguments[i];
            if (word.StartsWith('-'))
            {
                if (OptionsWithValue.Contains(word))
                {
                    i++;
                }
                continue;
            }
            yield return word;
        }
    }

    private static int IndexOfPair(IReadOnlyList<string> words, string first, string second)
    {
        for (int i = 1; i + 1 < words.Count; i++)
        {
            if (words[i] == first && words[i + 1] == second)
            {
                return i;
            }
        }
        return -1;
    }

    [GeneratedRegex(@"^pip(\d+(\.\d+)?)?$")]
    private static partial Regex PipProgram();

    [GeneratedRegex(@"^python(\d+(\.\d+)?)?$")]
    private static partial Regex PythonProgram();
}
