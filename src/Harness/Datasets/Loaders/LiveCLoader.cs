using LeakSpec.Datasets.Mat;

namespace LeakSpec.Datasets.Loaders;

/// <summary>
/// LIVE-in-the-Wild: Data/AllImages_release.mat and Data/AllMOS_release.mat (MATLAB v5), images in Images/.
/// The first seven entries are the training images t1.bmp … t7.bmp, which the release excludes from evaluation.
/// </summary>
internal static class LiveCLoader
{
    public const string NamesFile = "Data/AllImages_release.mat";
    public const string MosFile = "Data/AllMOS_release.mat";
    public const string StdFile = "Data/AllStdDev_release.mat";
    public const string ImageFolder = "Images";
    public const int TrainingImages = 7;

    public static Dataset Load(LoadContext ctx)
    {
        var namesFile = ctx.RequireFile(NamesFile);
        var mosFile = ctx.RequireFile(MosFile);
        var names = MatFile.Read(namesFile).Get("AllImages_release").AsStrings();
        var mos = MatFile.Read(mosFile).Get("AllMOS_release").AsDoubles();
        if (mos.Count != names.Count)
        {
            throw new MatFormatException(mosFile, "AllMOS_release", $"has {mos.Count} values, expected one per name in {NamesFile} ({names.Count})");
        }

        if (ctx.OptionalFile(StdFile) is { } stdFile)
        {
            var std = MatFile.Read(stdFile).Get("AllStdDev_release").AsDoubles();
            if (std.Count != names.Count)
            {
                throw new MatFormatException(stdFile, "AllStdDev_release", $"has {std.Count} values, expected one per name in {NamesFile} ({names.Count})");
            }
        }

        for (var i = 0; i < Math.Min(TrainingImages, names.Count); i++)
        {
            if (!string.Equals(names[i], $"t{i + 1}.bmp", StringComparison.OrdinalIgnoreCase))
            {
                throw new MatFormatException(namesFile, "AllImages_release", $"element {i + 1}: expected the training image 't{i + 1}.bmp' (the first {TrainingImages} are excluded), found '{names[i]}'");
            }
        }

        for (var i = TrainingImages; i < names.Count; i++)
        {
            var where = $"AllImages_release({i + 1})";
            var score = ctx.CheckScore(mos[i], mosFile, null, "value", $"AllMOS_release({i + 1})");
            var path = ctx.Resolve(ImageFolder, names[i], namesFile, null, where);
            ctx.VerifyImage(path);
            ctx.Add(ctx.Item(names[i], path, score, names[i]), namesFile, null, where);
        }

        return ctx.Finish(namesFile);
    }
}
