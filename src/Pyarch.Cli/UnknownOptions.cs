using System.CommandLine;

namespace Pyarch.Cli;

/// <summary>
/// System.CommandLine hands an unknown <c>--option</c> to a variadic FILE argument as if it were a path; this
/// makes it the usage error it is. A file whose name starts with '-' can still be given as <c>./-name</c>.
/// </summary>
internal static class UnknownOptions
{
    public static Argument<T> RejectingUnknownOptions<T>(this Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"unknown option: {token.Value}");
                }
            }
        });
        return argument;
    }
}
