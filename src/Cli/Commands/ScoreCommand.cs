using System.CommandLine;
using LeakSpec.Metrics.Scoring;

namespace LeakSpec.Cli.Commands;

/// <summary>`leakspec score`: a method's test predictions scored the way the paper does, per split and mean ± std.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var predictions = new Option<string>("--predictions") { Description = "CSV/TSV with columns item, prediction, score and optionally split (one row per test item).", Required = true };
        var manifest = new Option<string[]>("--manifest") { Description = "Split file(s) whose regressor.test the predictions must be exactly: one per split, in split order.", AllowMultipleArgumentsPerToken = true };
        var kind = new Option<string?>("--kind") { Description = "Dataset kind of --manifest files that do not name it (JSON lists, CSV)." };

        var command = new Command("score", "PLCC (raw and after the 5-parameter logistic), SROCC, KROCC and RMSE per split, then mean ± std; exit 1 when the predictions are not exactly the manifests' test items, 2 on bad input.");
        foreach (var o in new Option[] { predictions, manifest, kind })
        {
            command.Options.Add(o);
        }

        command.SetAction(parseResult =>
        {
            try
            {
                return ScoreRunner.Run(
                    parseResult.GetValue(predictions)!,
                    parseResult.GetValue(manifest) ?? [],
                    SplitCommand.ParseKind(parseResult.GetValue(kind)),
                    Console.Out,
                    Console.Error);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return ScoreRunner.BadInput;
            }
        });
        return command;
    }
}
