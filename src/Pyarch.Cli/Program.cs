using System.CommandLine;
using Pyarch.Cli.Commands;

var root = new RootCommand("pyarch: recognize, check, draw, create and deploy Python projects.");

// One line per verb.
root.Subcommands.Add(NewCommand.Create(Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected));

return root.Parse(args).Invoke();
