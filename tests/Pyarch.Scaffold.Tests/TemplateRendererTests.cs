using Pyarch.Scaffold;

namespace Pyarch.Scaffold.Tests;

public sealed class TemplateRendererTests
{
    private static TemplateModel Model() => new TemplateModel()
        .Set("name", "shop")
        .Flag("celery", true)
        .Flag("rq", false);

    [Fact]
    public void Should_ReplacePlaceholders_When_ValuesAreKnown()
    {
        // Given / When
        string text = TemplateRenderer.Render("app = {{ name }}\nother = {{name}}\n", Model(), "t");

        // Then
        Assert.Equal("app = shop\nother = shop\n", text);
    }

    [Fact]
    public void Should_KeepOnlyTheTakenBranch_When_IfElifElse()
    {
        // Given
        string template = "a\n{% if rq %}\nrq\n{% elif celery and not rq %}\ncelery\n{% else %}\nnone\n{% endif %}\nz\n";

        // When
        string text = TemplateRenderer.Render(template, Model(), "t");

        // Then
        Assert.Equal("a\ncelery\nz\n", text);
    }

    [Fact]
    public void Should_EvaluateOr_When_FirstAlternativeIsFalse()
    {
        // Given / When
        string text = TemplateRenderer.Render("{% if rq or celery %}\nyes\n{% endif %}\n", Model(), "t");

        // Then
        Assert.Equal("yes\n", text);
    }

    [Fact]
    public void Should_SkipNestedBlocks_When_OuterIsFalse()
    {
        // Given / When
        string text = TemplateRenderer.Render("{% if rq %}\n{% if celery %}\nx\n{% endif %}\n{% else %}\ny\n{% endif %}\n", Model(), "t");

        // Then
        Assert.Equal("y\n", text);
    }

    [Theory]
    [InlineData("{{ missing }}", "unknown placeholder 'missing'")]
    [InlineData("{% if nope %}\nx\n{% endif %}", "unknown flag 'nope'")]
    [InlineData("{% if celery %}\nx", "never closed")]
    [InlineData("{% endif %}", "'endif' without 'if'")]
    [InlineData("x {% if celery %} y", "malformed")]
    [InlineData("{% if celery and %}\nx\n{% endif %}", "ends with an operator")]
    public void Should_FailWithFileAndLine_When_TemplateIsBroken(string template, string message)
    {
        // Given / When
        var error = Assert.Throws<TemplateException>(() => TemplateRenderer.Render(template, Model(), "broken.py"));

        // Then
        Assert.Contains(message, error.Message);
        Assert.StartsWith("broken.py:", error.Message);
    }
}
