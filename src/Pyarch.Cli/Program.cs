using System.CommandLine;
using Pyarch.Cli.Commands;

var root = new RootCommand("pyarch: recognize, check, draw, create and deploy Python projects");
root.Subcommands.Add(DetectCommand.Create());
return root.Parse(args).Invoke();
