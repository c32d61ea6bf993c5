using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pyarch.Deploy.Writers;

/// <summary>Builds YAML with YamlDotNet's representation model (no reflection, so Native AOT is fine); the emitter does the quoting.</summary>
internal static class Yaml
{
    public static YamlMappingNode Map(params (string Key, YamlNode? Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            if (value is not null)
            {
                map.Add(key, value);
            }
        }
        return map;
    }

    public static YamlSequenceNode Seq(IEnumerable<YamlNode> items) => new(items);

    public static YamlSequenceNode Words(IEnumerable<string> words) => new(words.Select(Str));

    public static YamlScalarNode Plain(string value) => new(value);

    public static YamlScalarNode Plain(int value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Always a string, even when it reads as a number or boolean (<c>"true"</c>, <c>"8000"</c>).</summary>
    public static YamlScalarNode Str(string value) => new(value) { Style = ScalarStyle.DoubleQuoted };

    /// <summary>The documents as one multi-document file, after a comment header.</summary>
    public static string Documents(string header, IEnumerable<YamlNode> documents)
    {
        var writer = new StringWriter { NewLine = "\n" };
        writer.Write(header);
        foreach (var document in documents)
        {
            writer.WriteLine("---");
            var body = new StringWriter { NewLine = "\n" };
            new YamlStream(new YamlDocument(document)).Save(body, assignAnchors: false);
            string yaml = body.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
            writer.Write(yaml.EndsWith("\n...\n", StringComparison.Ordinal) ? yaml[..^4] : yaml);
        }
        return writer.ToString();
    }
}
