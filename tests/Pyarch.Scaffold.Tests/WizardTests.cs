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

    [Fact]
    public void Should_NeverReadInput_When_NotInteractive()
    {
        // Given: input that would answer every question.
        var wizard = new NewProjectWizard(new StringReader("4\nname\n"), new StringWriter());

        // When / Then
        var error = Assert.Throws<ScaffoldError>(() => wizard.Complete(null, null, yes: false, interactive: false));
        Assert.Contains("no terminal to ask on", error.Message);
        Assert.Contains("pyarch new flask NAME", Assert.Throws<ScaffoldError>(() => wizard.Complete("flask", null, false, false)).Message);
    }

    [Fact]
    public void Should_TakeTheDefaults_When_Yes()
    {
        var wizard = new NewProjectWizard(new StringReader(""), new StringWriter());

        Assert.Equal(("fastapi", NewProjectWizard.DefaultName, (string?)null), wizard.Complete(null, null, yes: true, interactive: true));
        Assert.Equal(("flask", NewProjectWizard.DefaultName, (string?)null), wizard.Complete("flask", null, yes: true, interactive: false));
    }

    [Fact]
    public void Should_AskOnlyTheName_When_TemplateIsGiven()
    {
        var output = new StringWriter();
        var wizard = new NewProjectWizard(new StringReader("blog\n"), output);

        Assert.Equal(("django", "blog", (string?)null), wizard.Complete("django", null, yes: false, interactive: true));
        Assert.DoesNotContain("What are you building", output.ToString());
    }
}
