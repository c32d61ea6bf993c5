namespace Pyarch.Project.Tests;

public sealed class FixtureDetectionTests
{
    private const string BrokenInputs = "broken-inputs";

    public static TheoryData<string> Fixtures() => new(FixtureProjects.Names());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Should_detect_each_fixture_as_its_expected_json(string fixture)
    {
        // Given a fixture project (the broken one with a symlink loop added)
        string folder = fixture == BrokenInputs ? FixtureProjects.CopyWithSymlinkLoop(fixture) : FixtureProjects.PathOf(fixture);

        // When pyarch detects it
        string actual;
        try
        {
            actual = FixtureProjects.DetectJson(folder);
        }
        finally
        {
            if (fixture == BrokenInputs)
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        // Then the JSON is exactly what the reviewer accepted
        if (Environment.GetEnvironmentVariable("PYARCH_ACCEPT") == "1")
        {
            File.WriteAllText(Path.Combine(FixtureProjects.PathOf(fixture), "expected.json"), actual);
        }
        Assert.Equal(FixtureProjects.Expected(fixture), actual);
    }
}
