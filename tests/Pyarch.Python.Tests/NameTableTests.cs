namespace Pyarch.Python.Tests;

public sealed class NameTableTests
{
    [Theory]
    [InlineData("self", "self", true)]
    [InlineData("self", "selF", false)]
    [InlineData("value", "valve", false)]
    [InlineData("abcdefgh", "abcdefgh", true)]
    [InlineData("abcdefgh", "Abcdefgh", false)]
    [InlineData("abcdefgh", "abcdXfgh", false)]
    [InlineData("abcdefgh", "abcdefgX", false)]
    [InlineData("abcdefg", "abcXefg", false)]
    [InlineData("abcdefghi", "abcdXfghi", false)]
    [InlineData("ab", "aX", false)]
    [InlineData("abc", "abc", true)]
    public void Should_tell_names_of_one_length_apart_by_every_character(string spelling, string known, bool same) =>
        Assert.Equal(same, NameTable.SameCharacters(spelling, known));
}
