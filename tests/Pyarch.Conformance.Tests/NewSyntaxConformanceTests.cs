using System.Text.Json.Nodes;
using Pyarch.Tests;

namespace Pyarch.Conformance.Tests;

/// <summary>
/// Python 3.12 and 3.13 syntax that the 3.11 oracle cannot check: hand-written files under Corpus/py313, each
/// with the encoding CPython 3.13 gave (<c>*.expected.jsonl</c>, made by <c>tools/gen-py313-expected.sh</c>).
/// </summary>
public sealed class NewSyntaxConformanceTests
{
    /// <summary>Node classes that gained <c>type_params</c> in 3.12; pyarch writes it only when not empty, as the 3.11 encoding has none.</summary>
    private static readonly HashSet<string> GainedTypeParams = ["FunctionDef", "AsyncFunctionDef", "ClassDef"];

    [Fact]
    public void Should_parse_python_3_12_and_3_13_syntax_as_cpython_3_13_does()
    {
        // Given: the fixtures and CPython 3.13's encoding of them
        using var work = new ScratchFolder();
        string folder = Path.Combine(RepoPaths.Root, "tests", "Pyarch.Conformance.Tests", "Corpus", "py313");
        var files = Directory.GetFiles(folder, "*.py").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        string reference = work.File("reference.jsonl");
        File.WriteAllLines(reference, files.Select(file => NormalizedExpectation(file)));

        // When/Then
        OracleDiff.AssertAgrees(work, files, reference, "Python 3.12/3.13 fixtures");
    }

    private static string NormalizedExpectation(string file)
    {
        string expected = Path.ChangeExtension(file, ".expected.jsonl");
        var record = JsonNode.Parse(File.ReadAllText(expected))!.AsObject();
        record["file"] = file;
        if (record["ast"] is JsonNode tree)
        {
            DropEmptyTypeParams(tree);
        }
        return record.ToJsonString();
    }

    private static void DropEmptyTypeParams(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["_type"]?.GetValue<string>() is { } type && GainedTypeParams.Contains(type)
                    && obj["type_params"] is JsonArray { Count: 0 })
                {
                    obj.Remove("type_params");
                }
                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        DropEmptyTypeParams(child);
                    }
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        DropEmptyTypeParams(child);
                    }
                }
                break;
        }
    }
}
