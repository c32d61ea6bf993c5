using System.Runtime.CompilerServices;
using System.Text;
using Assign = Pyarch.Python.Ast.Assign;
using Name = Pyarch.Python.Ast.Name;

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
    [InlineData("ab", "Xb", false)]
    [InlineData("x", "x", true)]
    [InlineData("x", "y", false)]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "aXc", false)]
    [InlineData("abc", "abX", false)]
    public void Should_tell_names_of_one_length_apart_by_every_character(string spelling, string known, bool same) =>
        Assert.Equal(same, NameTable.SameCharacters(spelling, known));

    [Theory]
    [InlineData("match", NameTable.MatchId)]
    [InlineData("case", NameTable.CaseId)]
    [InlineData("type", NameTable.TypeId)]
    public void Should_number_the_soft_keywords_alike_in_every_table_as_names(string word, int id)
    {
        var table = NameTable.ForFile();
        table.Intern("spam");
        table.Forget();

        Assert.Equal(id, table.Intern(word));
        Assert.Equal(TokenKind.Name, table.Kind(id));
    }

    [Fact]
    public void Should_forget_a_files_names_and_keep_the_keywords()
    {
        var table = NameTable.ForFile();
        int spam = table.Intern("spam");
        Assert.Equal(spam, table.Intern("spam"));

        table.Forget();

        Assert.Equal(TokenKind.While, table.Kind(table.Intern("while")));
        int eggs = table.Intern("eggs");
        Assert.Equal(spam, eggs); // the first number after the keywords is free again
        Assert.Equal("eggs", table.Text(eggs));
        Assert.Equal(TokenKind.Name, table.Kind(table.Intern("spam")));
        Assert.NotEqual(eggs, table.Intern("spam"));
    }

    [Fact]
    public void Should_find_every_name_again_after_a_file_that_made_the_table_grow()
    {
        var table = NameTable.ForFile();
        for (int i = 0; i < 10_000; i++)
        {
            table.Intern($"name_{i}");
        }
        Assert.Equal("name_9999", table.Text(table.Intern("name_9999")));

        table.Forget();

        var ids = Enumerable.Range(0, 3_000).Select(i => table.Intern($"other_{i}")).ToList();
        Assert.Equal(3_000, ids.Distinct().Count());
        Assert.Equal(ids, Enumerable.Range(0, 3_000).Select(i => table.Intern($"other_{i}")));
        Assert.Equal(TokenKind.Import, table.Kind(table.Intern("import")));
        Assert.Equal(TokenKind.Name, table.Kind(table.Intern("name_9999")));
    }

    [Fact]
    public void Should_let_the_names_of_a_parsed_file_go_with_its_tree()
    {
        WeakReference name = ParseAndDropTree("a_name_no_other_test_uses = 1\n");

        GC.Collect();

        Assert.False(name.IsAlive);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ParseAndDropTree(string code)
    {
        ParseResult result = PythonParser.Parse("names.py", Encoding.UTF8.GetBytes(code));
        var assign = Assert.IsType<Assign>(Assert.Single(result.Module!.Body));
        return new WeakReference(Assert.IsType<Name>(Assert.Single(assign.Targets)).Id);
    }
}
