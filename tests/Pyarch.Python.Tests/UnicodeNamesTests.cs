using Pyarch.Tests;

namespace Pyarch.Python.Tests;

public sealed class UnicodeNamesTests
{
    [Fact]
    public void Should_find_every_name_of_the_table_at_its_code_point()
    {
        // Given: the table as the generator wrote it, a comment line and then NAME;HEX lines
        string[] entries = File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "Pyarch.Python", "Resources", "unicode-names.txt"))[1..];

        // When: each name is looked up, in lower case as a user may write it
        var wrong = entries
            .Select(line => line.Split(';'))
            .Where(entry => !UnicodeNames.TryLookup(entry[0].ToLowerInvariant(), out int codePoint) || codePoint != Convert.ToInt32(entry[1], 16))
            .Select(entry => entry[0])
            .ToList();

        // Then: the first, the last and every name between are found by the binary search
        Assert.True(entries.Length > 30_000, $"only {entries.Length} names");
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AAAA")] // before the first name
    [InlineData("ZZZZ")] // after the last
    [InlineData("ABACUS ")]
    [InlineData("LATIN SMALL LETTER")] // a prefix of many names
    [InlineData("ZWSP;200B")] // a whole line
    public void Should_refuse_a_name_the_table_does_not_hold(string name) =>
        Assert.False(UnicodeNames.TryLookup(name, out _));

    [Theory]
    [InlineData("CJK UNIFIED IDEOGRAPH-4E00", 0x4E00)]
    [InlineData("hangul syllable gag", 0xAC01)]
    public void Should_derive_the_names_the_table_leaves_out(string name, int expected)
    {
        Assert.True(UnicodeNames.TryLookup(name, out int codePoint));
        Assert.Equal(expected, codePoint);
    }
}
