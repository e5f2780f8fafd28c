using System.CommandLine;
using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Cli.Commands;

internal static class SplitCommand
{
    public static Command Create()
    {
        var kind = new Option<string?>("--kind") { Description = "tid2013, kadid10k, koniq10k, livec or konvid1k (default: detected from the layout under --root)." };
        var root = new Option<string?>("--root") { Description = "The dataset's folder in its official layout." };
        var policy = new Option<string>("--policy") { Description = "random, by-reference, by-video, by-frame (Case II), official, or authors (the paper's authors' splits of KADID-10k and KoNViD-1k, seeds 42, 69, 322, 1337, 9000).", Required = true };
        var leak = new Option<string>("--leak") { Description = "Leaks to build in, comma-separated: none, case1, case2, case3, case4.", DefaultValueFactory = _ => "none" };
        var splits = new Option<int>("--splits") { Description = "How many splits (files split-1.json …).", DefaultValueFactory = _ => 5 };
        var seed = new Option<int?>("--seed") { Description = "Seed of the first split (split i uses seed + i); default: the paper's seeds 42, 69, 322, 1337, 9000." };
        var output = new Option<string>("--out") { Description = "Folder for the manifests.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace manifests that already exist there." };
        var names = new Option<bool>("--names") { Description = "TID2013/KADID-10k: derive the item list from the naming scheme instead of reading --root." };
        var subset = new Option<bool>("--allow-subset") { Description = "Accept fewer items than the release has (a subset; LeakSpec's own synthetic datasets are recognised without it)." };
        var frames = new Option<int?>("--frames-per-video") { Description = "KoNViD-1k: frames per video for frame ids (default 240)." };

        var command = new Command("split", "Write the split manifests (canonical JSON, one per split) of a dataset and policy.");
        foreach (var o in new Option[] { kind, root, policy, leak, splits, seed, output, force, names, subset, frames })
        {
            command.Options.Add(o);
        }

        command.SetAction(parseResult =>
        {
            try
            {
                var request = new SplitRequest(
                    ParseKind(parseResult.GetValue(kind)),
                    parseResult.GetValue(root),
                    ManifestBuilder.ParsePolicy(parseResult.GetValue(policy)!),
                    ParseLeak(parseResult.GetValue(leak)!),
                    parseResult.GetValue(splits),
                    parseResult.GetValue(seed),
                    parseResult.GetValue(output)!,
                    parseResult.GetValue(force),
                    parseResult.GetValue(names),
                    parseResult.GetValue(subset),
                    parseResult.GetValue(frames));
                return SplitRunner.Split(request, Console.Out, Console.Error);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return SplitRunner.BadInput;
            }
        });
        return command;
    }

    internal static DatasetKind? ParseKind(string? name) =>
        name is null ? null
        : Enum.GetValues<DatasetKind>().Cast<DatasetKind?>().FirstOrDefault(k => k!.Value.ToString().Equals(name.Trim(), StringComparison.OrdinalIgnoreCase))
          ?? throw new ArgumentException($"unknown --kind '{name}'; expected tid2013, kadid10k, koniq10k, livec or konvid1k.");

    internal static Leak ParseLeak(string text)
    {
        var leak = Leak.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            leak |= part.ToLowerInvariant() switch
            {
                "none" => Leak.None,
                "case1" or "i" or "casei" => Leak.CaseI,
                "case2" or "ii" or "caseii" => Leak.CaseII,
                "case3" or "iii" or "caseiii" => Leak.CaseIII,
                "case4" or "iv" or "caseiv" => Leak.CaseIV,
                _ => throw new ArgumentException($"unknown --leak '{part}'; expected none, case1, case2, case3 or case4 (comma-separated)."),
            };
        }

        return leak;
    }
}
