using Pyarch.Scaffold;

namespace Pyarch.Scaffold.Tests;

public sealed class WizardTests
{
    private static (Recommendation Choice, string Name, string Transcript) Run(string answers)
    {
        var output = new StringWriter();
        var (choice, name) = new NewProjectWizard(new StringReader(answers), output).Run();
        return (choice, name, output.ToString());
    }

    [Fact]
    public void Should_RecommendDjangoWithReasons_When_SmallTeamBuildsASiteWithAdmin()
    {
        // Given / When
        var (choice, name, transcript) = Run("1\ny\n2\n\nblog\n");

        // Then
        Assert.Equal("django", choice.Template);
        Assert.Equal("blog", name);
        Assert.Contains("Recommended: django", transcript);
        Assert.Contains("admin interface out of the box", transcript);
    }

    [Theory]
    [InlineData("1\ny\n8\n", "django-monolith", null)]
    [InlineData("1\nn\n2\n", "flask", null)]
    [InlineData("2\ny\n1\n", "api", "fastapi")]
    [InlineData("2\nn\n1\n", "fastapi", null)]
    [InlineData("3\nn\n1\n", "fastapi", null)]
    [InlineData("4\n", "data-science", null)]
    public void Should_RecommendTheGuidesTemplate_For_EachKindOfProject(string answers, string template, string? framework)
    {
        // Given / When: accept the recommendation and the default name.
        var (choice, name, _) = Run(answers + "\n\n");

        // Then
        Assert.Equal(template, choice.Template);
        Assert.Equal(framework, choice.Framework);
        Assert.Equal(NewProjectWizard.DefaultName, name);
    }

    [Fact]
    public void Should_UseTheUsersTemplate_When_TheyOverrideTheRecommendation()
    {
        var (choice, _, _) = Run("4\nflask\nsite\n");

        Assert.Equal("flask", choice.Template);
    }

    [Theory]
    [InlineData("", "input ended")]
    [InlineData("9\n", "not one of 1-4")]
    [InlineData("1\nmaybe\n", "not yes or no")]
    [InlineData("2\nn\nmany\n", "not a team size")]
    public void Should_StopWithAClearMessage_When_AnswersAreMissingOrInvalid(string answers, string message)
    {
        var error = Assert.Throws<ScaffoldError>(() => Run(answers));

        Assert.Contains(message, error.Message);
    }
}
