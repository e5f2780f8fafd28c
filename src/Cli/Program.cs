using System.CommandLine;
using LeakSpec.Cli.Commands;

var root = new RootCommand("LeakSpec: the leakage claims of Götz-Hahn, Hosu & Saupe (PLOS ONE 2022) as executable tests, and a harness to split, audit and evaluate without leakage.");
root.Subcommands.Add(DoctorCommand.Create());
root.Subcommands.Add(SynthCommand.Create());
root.Subcommands.Add(SplitCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(ScoreCommand.Create());
root.Subcommands.Add(ReplicateCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(CacheCommand.Create());
return root.Parse(args).Invoke();
