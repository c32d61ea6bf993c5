namespace Pyarch.Cli;

/// <summary>
/// The files a command works on: the FILE arguments and the lines of a <c>--list</c> file, in that order, with
/// directories expanded to their <c>.py</c> files. A path that does not exist is a usage error.
/// </summary>
internal static class InputPaths
{
    private static readonly EnumerationOptions PythonFilesBelow = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
        MatchCasing = MatchCasing.CaseSensitive,
    };

    /// <summary>The paths, or null after writing one line per problem to <paramref name="error"/>.</summary>
    public static IReadOnlyList<string>? Resolve(IEnumerable<string> files, string? listFile, TextWriter error)
    {
        var given = new List<string>(files);
        if (listFile is not null)
        {
            if (!File.Exists(listFile))
            {
                error.WriteLine($"pyarch: the list file does not exist: {listFile}");
                return null;
            }
            // As pyast_json.py reads --list: one path a line, blank lines skipped, nothing else trimmed.
            given.AddRange(File.ReadLines(listFile).Where(line => !string.IsNullOrWhiteSpace(line)));
        }
        if (given.Count == 0)
        {
            error.WriteLine("pyarch: give at least one FILE, or --list FILE");
            return null;
        }

        var paths = new List<string>(given.Count);
        bool missing = false;
        foreach (var path in given)
        {
            if (File.Exists(path))
            {
                paths.Add(path);
            }
            else if (Directory.Exists(path))
            {
                paths.AddRange(Directory.EnumerateFiles(path, "*.py", PythonFilesBelow).Order(StringComparer.Ordinal));
            }
            else
            {
                error.WriteLine($"pyarch: no such file or directory: {path}");
                missing = true;
            }
        }
        return missing ? null : paths;
    }
}
