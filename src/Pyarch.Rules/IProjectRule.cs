namespace Pyarch.Rules;

/// <summary>A rule that reads the project as a whole: the model of <c>detect</c>, settings, Dockerfiles, deployment files.</summary>
public interface IProjectRule
{
    void Check(ProjectContext context);
}
