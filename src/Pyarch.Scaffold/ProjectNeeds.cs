namespace Pyarch.Scaffold;

/// <summary>What the user is building, as answered in the <c>pyarch new</c> questionnaire.</summary>
public enum ProjectKind
{
    Website,
    Api,
    Microservice,
    DataProject,
}

/// <summary>The answers the recommendation is based on.</summary>
public sealed record ProjectNeeds(ProjectKind Kind, bool NeedsAdmin, bool NeedsAsync, int TeamSize);
