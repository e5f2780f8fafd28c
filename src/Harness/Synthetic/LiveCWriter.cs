using LeakSpec.IO;

namespace LeakSpec.Synthetic;

/// <summary>
/// LIVE-in-the-Wild layout: `Data/AllImages_release.mat` (1×N cell of names), `Data/AllMOS_release.mat` (1×N
/// double, 0–100), `Data/AllStdDev_release.mat`, images in `Images/`. The first 7 entries are `t1.bmp` … `t7.bmp`
/// in `Images/trainingImages/` (the release's rater-training images, which loaders exclude). As in the release,
/// most names are `.bmp` and some `.JPG`.
/// </summary>
internal static class LiveCWriter
{
    public const int TrainingImages = 7;

    public static IReadOnlyList<SyntheticTruth> Write(SynthContext ctx)
    {
        var n = ctx.Plan.Images;
        var total = n + TrainingImages;
        var names = new string[total];
        var mos = new double[total];
        var std = new double[total];
        var truth = new SyntheticTruth[n];
        Directory.CreateDirectory(ctx.PathOf(Path.Combine("Images", "trainingImages")));
        Parallel.For(0, total, SynthContext.Parallelism, k =>
        {
            var training = k < TrainingImages;
            var name = training ? $"t{k + 1}.bmp" : k % 10 == 3 ? $"{k + 1}.JPG" : $"{k + 1}.bmp";
            var photo = WildPhoto.Make(ctx, k);
            var bytes = name.EndsWith(".JPG", StringComparison.Ordinal)
                ? ImageCodec.Jpeg(photo.Image, WildPhoto.SaveQuality)
                : ImageCodec.Bmp(photo.Image);
            var relative = training ? Path.Combine("Images", "trainingImages", name) : Path.Combine("Images", name);
            BulkFile.Write(ctx.PathOf(relative), bytes);

            // The MAT file stores the double itself: the score read back is the mean exactly.
            var (item, ratings) = ctx.Rate(
                k, name, name, photo.Type, photo.Level, photo.Content, RatingScale.Live, ctx.Model.RaterCount, m => SynthContext.F(m, "R"));
            names[k] = name;
            mos[k] = ratings.Mean;
            std[k] = ratings.Sd;
            if (!training)
            {
                truth[k - TrainingImages] = item;
            }
        });

        Directory.CreateDirectory(ctx.PathOf("Data"));
        AtomicFile.WriteAllBytes(ctx.PathOf(Path.Combine("Data", "AllStdDev_release.mat")), MatV5Writer.DoubleRow("AllStdDev_release", std));
        AtomicFile.WriteAllBytes(ctx.PathOf(Path.Combine("Data", "AllMOS_release.mat")), MatV5Writer.DoubleRow("AllMOS_release", mos));
        AtomicFile.WriteAllBytes(ctx.PathOf(Path.Combine("Data", "AllImages_release.mat")), MatV5Writer.CellRowOfStrings("AllImages_release", names));
        return truth;
    }
}
