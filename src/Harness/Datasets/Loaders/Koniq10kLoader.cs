namespace LeakSpec.Datasets.Loaders;

/// <summary>
/// KonIQ-10k: koniq10k_distributions_sets.csv (required; MOS 0–100 and the official set), the optional
/// koniq10k_scores_and_distributions.csv (cross-checked), images in 1024x768/ or 512x384/.
/// </summary>
internal static class Koniq10kLoader
{
    public const string SetsFile = "koniq10k_distributions_sets.csv";
    public const string ScoresFile = "koniq10k_scores_and_distributions.csv";
    public static readonly string[] ImageFolders = ["1024x768", "512x384"];
    private static readonly string[] SetsHeader = ["image_name", "c1", "c2", "c3", "c4", "c5", "c_total", "MOS", "SD", "set"];
    private static readonly string[] ScoresHeader = ["image_name", "c1", "c2", "c3", "c4", "c5", "c_total", "MOS", "SD", "MOS_zscore"];
    private static readonly Dictionary<string, int> OfficialSetSizes = new() { ["training"] = 7058, ["validation"] = 1000, ["test"] = 2015 };

    public static Dataset Load(LoadContext ctx)
    {
        var file = ctx.RequireFile(SetsFile);
        var folder = ImageFolder(ctx);
        var csv = CsvTable.Read(file);
        var col = csv.RequireColumns(SetsHeader, exact: false);
        foreach (var row in csv.Rows)
        {
            var name = csv.Field(row, col[0]).Trim();
            var votes = new double[5];
            for (var k = 0; k < 5; k++)
            {
                votes[k] = LoadContext.ParseNumber(csv.Field(row, col[1 + k]), file, row.Line, SetsHeader[1 + k]);
                if (votes[k] < 0)
                {
                    throw new DatasetFormatException(file, row.Line, $"{SetsHeader[1 + k]}: expected a vote count >= 0, found {votes[k]}");
                }
            }

            var score = ctx.ParseScore(csv.Field(row, col[7]), file, row.Line, "MOS");
            var set = csv.Field(row, col[9]).Trim();
            if (!OfficialSetSizes.ContainsKey(set))
            {
                throw new DatasetFormatException(file, row.Line, $"set: expected training, validation or test, found '{set}'");
            }

            var path = ctx.Resolve(folder, name, file, row.Line);
            ctx.VerifyImage(path);
            ctx.Add(ctx.Item(name, path, score, name, set) with { Distribution = votes }, file, row.Line);
        }

        CheckOfficialSizes(ctx, file);
        CrossCheckScores(ctx, file);
        return ctx.Finish(file);
    }

    private static string ImageFolder(LoadContext ctx)
    {
        if (ctx.Options.KoniqImageFolder is { } chosen)
        {
            if (ctx.Options.VerifyFiles && !Directory.Exists(Path.Combine(ctx.Root, chosen)))
            {
                throw new DatasetLayoutException($"LoadOptions.KoniqImageFolder names '{chosen}', which is not a folder of the dataset root", Path.Combine(ctx.Root, chosen));
            }

            return chosen;
        }

        var found = ImageFolders.FirstOrDefault(f => Directory.Exists(Path.Combine(ctx.Root, f)));
        if (found is null && ctx.Options.VerifyFiles)
        {
            throw new DatasetLayoutException($"the KonIQ-10k layout needs an image folder '1024x768' or '512x384' in the dataset root; neither exists. {ctx.Spec.HowToObtain}", ctx.Root);
        }

        return found ?? ImageFolders[0];
    }

    private static void CheckOfficialSizes(LoadContext ctx, string file)
    {
        if (ctx.Options.AllowSubset || ctx.IsSynthetic)
        {
            return;
        }

        foreach (var (set, size) in OfficialSetSizes)
        {
            var n = ctx.Items.Count(i => i.OfficialSplit == set);
            if (n != size && ctx.Items.Count == ctx.Spec.ExpectedCount)
            {
                throw new DatasetIntegrityException(file, null, $"set '{set}' has {n} images, the release has {size} (training/validation/test = 7058/1000/2015)");
            }
        }
    }

    // The 1–5 scores file is optional; when present it must list exactly the same images.
    private static void CrossCheckScores(LoadContext ctx, string setsFile)
    {
        if (ctx.OptionalFile(ScoresFile) is not { } file)
        {
            return;
        }

        var csv = CsvTable.Read(file);
        var col = csv.RequireColumns(ScoresHeader, exact: false);
        var expected = ctx.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in csv.Rows)
        {
            var name = csv.Field(row, col[0]).Trim();
            if (!expected.Contains(name))
            {
                throw new DatasetIntegrityException(file, row.Line, $"lists '{name}', which {Path.GetFileName(setsFile)} does not; expected the same images in both files");
            }

            if (!seen.Add(name))
            {
                throw new DatasetIntegrityException(file, row.Line, $"duplicate image_name '{name}'; expected each image once");
            }
        }

        if (ctx.Items.FirstOrDefault(i => !seen.Contains(i.Id)) is { } missing)
        {
            throw new DatasetIntegrityException(file, null, $"lacks '{missing.Id}', which {Path.GetFileName(setsFile)} lists; expected the same images in both files");
        }
    }
}
