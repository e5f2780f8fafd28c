using System.CommandLine;
using LeakSpec.Splitting;

namespace LeakSpec.Cli.Commands;

internal static class AuditCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Manifests (leakspec split), JSON objects of lists ({\"train\": [...], ...}), CSV/TSV files with a split column; with --meta: pyiqa split pickles (*.pkl).", Arity = ArgumentArity.ZeroOrMore };
        var kind = new Option<string?>("--kind") { Description = "Dataset kind of files that do not name it: tid2013, kadid10k, koniq10k, livec or konvid1k; default: inferred from the names." };
        var root = new Option<string?>("--root") { Description = "Also check every name against the dataset here (and a manifest's kind and fingerprint)." };
        var subset = new Option<bool>("--allow-subset") { Description = "With --root: accept fewer items than the release has (LeakSpec's synthetic datasets are recognised without it)." };
        var first = new Option<int>("--first") { Description = "How many example items and groups each finding lists.", DefaultValueFactory = _ => 5 };
        var train = new Option<string?>("--train") { Description = "One file per set: the training set's names (JSON list of names or records, CSV/TSV, or one name a line)." };
        var val = new Option<string?>("--val") { Description = "With --train: the validation set's file." };
        var test = new Option<string?>("--test") { Description = "With --train: the test set's file." };
        var meta = new Option<string?>("--meta") { Description = "pyiqa's meta_info_*.csv, into whose rows the pickles' indices point." };

        var command = new Command("audit", "Find leakage in split files: exit 0 when clean, 1 when leaky (each case, stages, counts, first items), 2 on bad input. Warns when a split has no test set.");
        command.Arguments.Add(files);
        foreach (var o in new Option[] { kind, root, subset, first, train, val, test, meta })
        {
            command.Options.Add(o);
        }

        command.SetAction(parseResult =>
        {
            try
            {
                var request = new AuditRequest(
                    parseResult.GetValue(files) ?? [],
                    SplitCommand.ParseKind(parseResult.GetValue(kind)),
                    parseResult.GetValue(root),
                    parseResult.GetValue(subset),
                    parseResult.GetValue(first))
                {
                    Train = parseResult.GetValue(train),
                    Val = parseResult.GetValue(val),
                    Test = parseResult.GetValue(test),
                    Meta = parseResult.GetValue(meta),
                };
                return SplitRunner.Audit(request, Console.Out, Console.Error);
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
