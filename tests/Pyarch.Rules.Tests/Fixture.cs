using System.Text.RegularExpressions;

using Pyarch.Tests;

namespace Pyarch.Rules.Tests;

/// <summary>
/// A fixture folder under <c>Fixtures/</c>: a small project whose folder name starts with the code of the rule it
/// exercises (<c>PA311</c>, <c>PA311-factory</c>), with its expectations read from <c># expect:</c> comments in every
/// file and from <c>expected.txt</c>. A comment alone on its line applies to the next line.
/// </summary>
internal sealed partial class Fixture
{
    private Fixture(string directory)
    {
        Directory = directory;
        Name = Path.GetFileName(directory);
        Code = Name.Split('-')[0];
    }

    public string Directory { get; }

    public string Name { get; }

    public string Code { get; }

    public static string Root => Path.Combine(RepoPaths.Root, "tests", "Pyarch.Rules.Tests", "Fixtures");

    public static IEnumerable<Fixture> All =>
        System.IO.Directory.GetDirectories(Root).Order(StringComparer.Ordinal).Select(d => new Fixture(d));

    public static Fixture Named(string name) => new(Path.Combine(Root, name));

    public List<Expectation> Expectations()
    {
        var expectations = new List<Expectation>();
        foreach (string path in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(Directory, path).Replace('\\', '/');
            if (relative == "expected.txt")
            {
                expectations.AddRange(ProjectLevel(File.ReadAllLines(path)));
                continue;
            }
            var lines = File.ReadAllLines(path);
            for (int i = 0; i < lines.Length; i++)
            {
                var match = ExpectComment().Match(lines[i]);
                if (match.Success)
                {
                    bool alone = lines[i][..match.Index].Trim().Length == 0;
                    expectations.AddRange(Expectation.Parse(match.Groups["marks"].Value, relative, alone ? i + 2 : i + 1));
                }
            }
        }
        return expectations;
    }

    /// <summary>Lines of <c>expected.txt</c>: <c>path:line MARKS</c>, or <c>- MARKS</c> for a finding with no file.</summary>
    private static IEnumerable<Expectation> ProjectLevel(string[] lines)
    {
        foreach (string raw in lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            int space = raw.IndexOf(' ', StringComparison.Ordinal);
            string where = raw[..space];
            string marks = raw[(space + 1)..];
            if (where == "-")
            {
                foreach (var e in Expectation.Parse(marks, null, 1))
                {
                    yield return e;
                }
                continue;
            }
            int colon = where.LastIndexOf(':');
            foreach (var e in Expectation.Parse(marks, where[..colon], int.Parse(where[(colon + 1)..])))
            {
                yield return e;
            }
        }
    }

    public override string ToString() => Name;

    [GeneratedRegex(@"#\s*expect:\s*(?<marks>.+?)\s*$")]
    private static partial Regex ExpectComment();
}
