using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pyarch.Project.Formats;

public sealed record YamlReadResult(IReadOnlyList<YamlNode> Documents, Problem? Problem);

/// <summary>Reads every document of a YAML stream into YamlDotNet's representation model (AOT-safe, unlike its serializer).</summary>
public static class YamlReader
{
    public static YamlReadResult Read(string path, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            int line = (int)Math.Max(1, e.Start.Line);
            string message = (e.InnerException?.Message ?? e.Message).Trim();
            return new YamlReadResult([], new Problem(path, line, "invalid YAML: " + StripPosition(message)));
        }
        return new YamlReadResult(stream.Documents.Select(d => d.RootNode).ToList(), null);
    }

    private static string StripPosition(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the problem already has the line.
        int at = message.LastIndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && at > 0 ? message[(at + 3)..] : message;
    }

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public static YamlNode? Get(this YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Scalar(this YamlNode? node) => (node as YamlScalarNode)?.Value;

    public static IEnumerable<YamlNode> Items(this YamlNode? node) =>
        node is YamlSequenceNode seq ? seq.Children : [];

    public static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Pairs(this YamlNode? node) =>
        node is YamlMappingNode map ? map.Children : [];
}
