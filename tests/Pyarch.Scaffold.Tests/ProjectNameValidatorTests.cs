using Pyarch.Scaffold;

namespace Pyarch.Scaffold.Tests;

public sealed class ProjectNameValidatorTests
{
    [Theory]
    [InlineData("shop_api", "shop_api")]
    [InlineData("shop-api", "shop_api")]
    [InlineData("blog2", "blog2")]
    public void Should_DerivePackageName_When_NameIsValid(string name, string package)
    {
        Assert.Equal(package, ProjectNameValidator.ToPackage(name));
    }

    [Theory]
    [InlineData("", "a project name is required")]
    [InlineData("2fast", "not a valid project name")]
    [InlineData("Shop", "not a valid project name")]
    [InlineData("my shop", "not a valid project name")]
    [InlineData("class", "Python keyword")]
    [InlineData("logging", "standard-library module 'logging'")]
    [InlineData("email", "standard-library module 'email'")]
    [InlineData("django", "shadow the 'django' package")]
    [InlineData("flask", "shadow the 'flask' package")]
    [InlineData("sentry-sdk", "shadow the 'sentry_sdk' package")]
    [InlineData("app", "collides with the 'app' folder")]
    public void Should_RefuseWithReason_When_NameCannotWork(string name, string reason)
    {
        // Given / When
        var error = Assert.Throws<ScaffoldError>(() => ProjectNameValidator.ToPackage(name));

        // Then
        Assert.Contains(reason, error.Message);
    }
}
