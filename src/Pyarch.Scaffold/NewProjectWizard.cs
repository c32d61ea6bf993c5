namespace Pyarch.Scaffold;

/// <summary>
/// The questionnaire of a bare <c>pyarch new</c> on a terminal: what is being built, then a recommended
/// template with its reasons, then the name. Reads and writes through the given streams so tests can drive it.
/// </summary>
public sealed class NewProjectWizard(TextReader input, TextWriter output)
{
    public const string DefaultName = "my_project";

    /// <summary>The answers <c>--yes</c> assumes: a small team's synchronous API.</summary>
    public static ProjectNeeds DefaultNeeds { get; } = new(ProjectKind.Api, NeedsAdmin: false, NeedsAsync: false, TeamSize: 1);

    /// <summary>
    /// Fills in a missing template or name: <paramref name="yes"/> takes the defaults, a terminal gets the
    /// questions, and without a terminal nothing waits for input: the user gets a usage error instead.
    /// </summary>
    public (string Template, string Name, string? Framework) Complete(string? template, string? name, bool yes, bool interactive)
    {
        if (template is not null && name is not null)
        {
            return (template, name, null);
        }
        if (yes)
        {
            var defaults = TemplateAdvisor.Recommend(DefaultNeeds);
            return template is null ? (defaults.Template, DefaultName, defaults.Framework) : (template, DefaultName, null);
        }
        if (!interactive)
        {
            throw new ScaffoldError(template is null
                ? "no terminal to ask on: pass TEMPLATE and NAME (e.g. pyarch new fastapi shop_api), or --yes for the defaults"
                : $"a project name is required: pyarch new {template} NAME");
        }
        if (template is not null)
        {
            return (template, Ask($"Project name [{DefaultName}]", DefaultName), null);
        }
        var (choice, chosenName) = Run();
        return (choice.Template, chosenName, choice.Framework);
    }

    /// <summary>Asks the questions; returns the chosen template, framework and name.</summary>
    public (Recommendation Choice, string Name) Run()
    {
        var kind = Choose("What are you building?",
            ["a full-stack website", "an API", "a microservice", "a data / ML project"]) switch
        {
            0 => ProjectKind.Website,
            1 => ProjectKind.Api,
            2 => ProjectKind.Microservice,
            _ => ProjectKind.DataProject,
        };
        bool admin = kind == ProjectKind.Website && YesNo("Do you need an admin interface?", true);
        bool needsAsync = kind is ProjectKind.Api or ProjectKind.Microservice
            && YesNo("Do you need async (WebSockets, many concurrent outbound calls)?", false);
        int team = kind == ProjectKind.DataProject ? 1 : AskTeamSize();
        var recommendation = TemplateAdvisor.Recommend(new ProjectNeeds(kind, admin, needsAsync, team));
        output.WriteLine();
        output.WriteLine($"Recommended: {recommendation.Template}" +
            (recommendation.Framework is null ? "" : $" (--framework {recommendation.Framework})"));
        foreach (var reason in recommendation.Reasons)
        {
            output.WriteLine($"  - {reason}");
        }
        string template = Ask($"Template [{recommendation.Template}]", recommendation.Template);
        if (template != recommendation.Template)
        {
            recommendation = new Recommendation(template, null, []);
        }
        string name = Ask($"Project name [{DefaultName}]", DefaultName);
        return (recommendation, name);
    }

    private int AskTeamSize()
    {
        string answer = Ask("How many developers will work on it? [1]", "1");
        return int.TryParse(answer, out int size) && size > 0
            ? size
            : throw new ScaffoldError($"'{answer}' is not a team size; answer with a number such as 3");
    }

    private int Choose(string question, IReadOnlyList<string> choices)
    {
        output.WriteLine(question);
        for (int i = 0; i < choices.Count; i++)
        {
            output.WriteLine($"  {i + 1}) {choices[i]}");
        }
        string answer = Ask("Choose [2]", "2");
        return int.TryParse(answer, out int index) && index >= 1 && index <= choices.Count
            ? index - 1
            : throw new ScaffoldError($"'{answer}' is not one of 1-{choices.Count}");
    }

    private bool YesNo(string question, bool defaultValue)
    {
        string answer = Ask($"{question} [{(defaultValue ? "Y/n" : "y/N")}]", defaultValue ? "y" : "n").ToLowerInvariant();
        return answer switch
        {
            "y" or "yes" => true,
            "n" or "no" => false,
            _ => throw new ScaffoldError($"'{answer}' is not yes or no"),
        };
    }

    private string Ask(string prompt, string defaultValue)
    {
        output.Write(prompt + ": ");
        output.Flush();
        string? line = input.ReadLine()
            ?? throw new ScaffoldError("input ended before the questions were answered; pass TEMPLATE and NAME instead");
        line = line.Trim();
        return line.Length == 0 ? defaultValue : line;
    }
}
