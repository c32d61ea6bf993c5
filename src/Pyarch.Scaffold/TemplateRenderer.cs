using System.Text;
using System.Text.RegularExpressions;

namespace Pyarch.Scaffold;

/// <summary>
/// The template language, kept small enough to read in one sitting: <c>{{ name }}</c> inserts a value, and
/// a line holding only <c>{% if cond %}</c>, <c>{% elif cond %}</c>, <c>{% else %}</c> or <c>{% endif %}</c>
/// keeps or drops the lines up to the next such line. Directive lines never reach the output. Unknown names
/// and unbalanced blocks throw, so a broken template fails its snapshot test instead of shipping.
/// </summary>
public static partial class TemplateRenderer
{
    private sealed class Block
    {
        public required bool ParentActive { get; init; }

        public bool Taken { get; set; }

        public bool Active { get; set; }

        public bool SeenElse { get; set; }

        public required int Line { get; init; }
    }

    public static string Render(string text, TemplateModel model, string file)
    {
        var output = new StringBuilder(text.Length);
        var blocks = new Stack<Block>();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNumber = i + 1;
            string line = lines[i];
            bool active = blocks.Count == 0 || blocks.Peek().Active;
            var directive = DirectivePattern().Match(line);
            if (directive.Success)
            {
                Apply(directive.Groups[1].Value, directive.Groups[2].Value.Trim(), blocks, active, model, file, lineNumber);
                continue;
            }
            if (!active)
            {
                continue;
            }
            output.Append(Substitute(line, model, file, lineNumber));
            if (i < lines.Length - 1)
            {
                output.Append('\n');
            }
        }
        if (blocks.Count > 0)
        {
            throw new TemplateException(file, blocks.Peek().Line, "'{% if %}' is never closed");
        }
        return output.ToString();
    }

    /// <summary>Replaces the placeholders of a single line, such as a destination path in a manifest.</summary>
    public static string Substitute(string line, TemplateModel model, string file, int lineNumber)
    {
        if (!line.Contains("{{", StringComparison.Ordinal) && !line.Contains("{%", StringComparison.Ordinal))
        {
            return line;
        }
        string result = PlaceholderPattern().Replace(line, match =>
        {
            string name = match.Groups[1].Value;
            return model.TryGetValue(name, out var value)
                ? value
                : throw new TemplateException(file, lineNumber, $"unknown placeholder '{name}'");
        });
        if (result.Contains("{{", StringComparison.Ordinal) || result.Contains("{%", StringComparison.Ordinal))
        {
            throw new TemplateException(file, lineNumber, "malformed placeholder or directive inside a line");
        }
        return result;
    }

    private static void Apply(string keyword, string condition, Stack<Block> blocks, bool active,
        TemplateModel model, string file, int line)
    {
        switch (keyword)
        {
            case "if":
                bool value = active && TemplateCondition.Evaluate(condition, model, file, line);
                blocks.Push(new Block { ParentActive = active, Taken = value, Active = value, Line = line });
                return;
            case "elif":
            case "else":
                var block = blocks.Count > 0 ? blocks.Peek() : throw new TemplateException(file, line, $"'{keyword}' without 'if'");
                if (block.SeenElse)
                {
                    throw new TemplateException(file, line, $"'{keyword}' after 'else'");
                }
                bool branch = keyword == "else"
                    || (block.ParentActive && !block.Taken && TemplateCondition.Evaluate(condition, model, file, line));
                block.SeenElse = keyword == "else";
                block.Active = block.ParentActive && !block.Taken && branch;
                block.Taken |= block.Active;
                return;
            case "endif":
                if (blocks.Count == 0)
                {
                    throw new TemplateException(file, line, "'endif' without 'if'");
                }
                blocks.Pop();
                return;
            default:
                throw new TemplateException(file, line, $"unknown directive '{keyword}'");
        }
    }

    [GeneratedRegex(@"^\s*\{%\s*(\w+)\b(.*?)%\}\s*$")]
    private static partial Regex DirectivePattern();

    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex PlaceholderPattern();
}
