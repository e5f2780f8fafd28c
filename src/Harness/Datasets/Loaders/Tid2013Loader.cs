using System.Text.RegularExpressions;

namespace LeakSpec.Datasets.Loaders;

/// <summary>TID2013: mos_with_names.txt ("&lt;mos&gt; &lt;name&gt;"), optional mos_std.txt, distorted_images/.</summary>
internal static partial class Tid2013Loader
{
    public const string MosFile = "mos_with_names.txt";
    public const string StdFile = "mos_std.txt";
    public const string ImageFolder = "distorted_images";

    public static Dataset Load(LoadContext ctx)
    {
        var file = ctx.RequireFile(MosFile);
        var lines = File.ReadAllLines(file);
        var dataLines = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = i + 1;
            var tokens = lines[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0)
            {
                continue;
            }

            dataLines++;
            if (tokens.Length != 2)
            {
                throw new DatasetFormatException(file, line, $"expected '<mos> <name>' (e.g. '5.51429 I01_01_1.bmp'), found '{lines[i].Trim()}'");
            }

            var score = ctx.ParseScore(tokens[0], file, line, "MOS");
            var name = tokens[1];
            var match = NamePattern().Match(name);
            if (!match.Success)
            {
                throw new DatasetFormatException(file, line, $"expected a name iRR_DD_L.bmp (e.g. I01_01_1.bmp, any case), found '{name}'");
            }

            var path = ctx.Resolve(ImageFolder, name, file, line);
            ctx.VerifyImage(path);
            // The release mixes I01_ and i01_ for the same reference: the group is the upper-cased "I01".
            ctx.Add(ctx.Item(name, path, score, "I" + match.Groups[1].Value), file, line);
        }

        CheckStd(ctx, file, dataLines);
        return ctx.Finish(file);
    }

    // mos_std.txt is optional; when present it must line up with mos_with_names.txt one to one.
    private static void CheckStd(LoadContext ctx, string mosFile, int expected)
    {
        if (ctx.OptionalFile(StdFile) is not { } std)
        {
            return;
        }

        var lines = File.ReadAllLines(std);
        var count = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            count++;
            var value = LoadContext.ParseNumber(lines[i], std, i + 1, "standard deviation");
            if (value < 0)
            {
                throw new DatasetFormatException(std, i + 1, $"standard deviation: expected a number >= 0, found {lines[i].Trim()}");
            }
        }

        if (count != expected)
        {
            throw new DatasetFormatException(std, null, $"has {count} values, expected one per line of {Path.GetFileName(mosFile)} ({expected})");
        }
    }

    [GeneratedRegex(@"^i(\d{2})_(\d{2})_(\d)\.bmp$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
