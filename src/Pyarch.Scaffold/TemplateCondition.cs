namespace Pyarch.Scaffold;

/// <summary>
/// Evaluates the conditions of <c>{% if %}</c> lines and manifest entries: flags joined by <c>or</c>, each
/// alternative a chain of <c>and</c>, each term optionally negated with <c>not</c>. No parentheses: a
/// condition that needs them belongs in <see cref="TemplateModelFactory"/> as a named flag.
/// </summary>
internal static class TemplateCondition
{
    public static bool Evaluate(string condition, TemplateModel model, string file, int line)
    {
        var words = condition.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            throw new TemplateException(file, line, "empty condition");
        }
        bool any = false;
        bool all = true;
        bool negate = false;
        bool expectTerm = true;
        foreach (var word in words)
        {
            if (expectTerm)
            {
                if (word == "not")
                {
                    negate = !negate;
                    continue;
                }
                bool value = model.FlagValue(word)
                    ?? throw new TemplateException(file, line, $"unknown flag '{word}' in condition '{condition}'");
                all &= negate ? !value : value;
                negate = false;
                expectTerm = false;
            }
            else if (word == "and")
            {
                expectTerm = true;
            }
            else if (word == "or")
            {
                any |= all;
                all = true;
                expectTerm = true;
            }
            else
            {
                throw new TemplateException(file, line, $"expected 'and' or 'or' before '{word}' in '{condition}'");
            }
        }
        if (expectTerm)
        {
            throw new TemplateException(file, line, $"condition '{condition}' ends with an operator");
        }
        return any | all;
    }
}
