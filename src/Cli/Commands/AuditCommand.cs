using System.CommandLine;
using LeakSpec.Splitting;

namespace LeakSpec.Cli.Commands;

internal static class AuditCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Manifests (leakspec split), JSON lists of names ({\"train\": [...], ...}) or CSVs with a split column.", Arity = ArgumentArity.OneOrMore };
        var kind = new Option<string?>("--kind") { Description = "Dataset kind of files that do not name it (JSON lists, CSV); default: inferred from the ids' naming." };
        var root = new Option<string?>("--root") { Description = "Also check each file against the dataset here: kind, fingerprint, every id." };
        var subset = new Option<bool>("--allow-subset") { Description = "With --root: accept fewer items than the release has." };
        var first = new Option<int>("--first") { Description = "How many example items and groups each finding lists.", DefaultValueFactory = _ => 5 };

        var command = new Command("audit", "Find leakage in split files: exit 0 when clean, 1 when leaky (each case, stages, counts, first items), 2 on bad input.");
        command.Arguments.Add(files);
        foreach (var o in new Option[] { kind, root, subset, first })
        {
            command.Options.Add(o);
        }

        command.SetAction(parseResult =>
        {
            try
            {
                return SplitRunner.Audit(
                    parseResult.GetValue(files) ?? [],
                    SplitCommand.ParseKind(parseResult.GetValue(kind)),
                    parseResult.GetValue(root),
                    parseResult.GetValue(subset),
                    parseResult.GetValue(first),
                    Console.Out,
                    Console.Error);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return SplitRunner.BadInput;
            }
        });
        return command;
    }
}
