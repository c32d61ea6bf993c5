using Pyarch.Project.Formats;
using YamlDotNet.RepresentationModel;

namespace Pyarch.Project.Deployment;

/// <summary>Reads a command written in YAML either as a string or as a list of words.</summary>
internal static class YamlCommands
{
    public static ServiceCommand? From(string path, YamlNode? node, string origin)
    {
        string? text = node switch
        {
            YamlScalarNode s => s.Value,
            YamlSequenceNode seq => string.Join(' ', seq.Children.Select(c => c.Scalar() ?? "")),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) || node is null ? null : new ServiceCommand(path, YamlReader.LineOf(node), text.Trim(), origin);
    }
}
