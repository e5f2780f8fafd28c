using System.Text;
using LeakSpec.IO;

namespace LeakSpec.Synthetic;

/// <summary>
/// TID2013 layout: `mos_with_names.txt` (`&lt;mos&gt; &lt;name&gt;`, MOS 0–9), `mos_std.txt` line-aligned,
/// `distorted_images/iRR_DD_L.bmp` with the release's mixed case (`I01_01_1.bmp`, `i01_01_2.bmp`), and
/// `reference_images/I01.BMP` … with the last one lower-case (`i25.bmp` in the release).
/// </summary>
internal static class TidWriter
{
    public static IReadOnlyList<SyntheticTruth> Write(SynthContext ctx)
    {
        var plan = ctx.Plan;
        var types = DistortionCatalog.Tid[..plan.DistortionTypes];
        var (refs, content) = ReferenceScenes.Render(ctx, plan.References, plan.Width, plan.Height);
        Directory.CreateDirectory(ctx.PathOf("reference_images"));
        Directory.CreateDirectory(ctx.PathOf("distorted_images"));
        for (var r = 0; r < refs.Length; r++)
        {
            var name = r == refs.Length - 1 ? $"i{r + 1:00}.bmp" : $"I{r + 1:00}.BMP";
            BulkFile.Write(ctx.PathOf(Path.Combine("reference_images", name)), ImageCodec.Bmp(refs[r]));
        }

        var count = refs.Length * types.Length * SizePlan.Levels;
        var truth = new SyntheticTruth[count];
        var std = new string[count];
        Parallel.For(0, count, SynthContext.Parallelism, i =>
        {
            var (r, t, level) = ReferenceScenes.Unpack(i, types.Length);
            var rng = ctx.Rng(Streams.Item, i);
            var prefix = rng.Next(2) == 0 ? 'I' : 'i';
            var name = $"{prefix}{r + 1:00}_{types[t].Code:00}_{level}.bmp";
            var image = Distorter.Apply(refs[r], types[t].Type, level, rng);
            BulkFile.Write(ctx.PathOf(Path.Combine("distorted_images", name)), ImageCodec.Bmp(image));
            var (item, ratings) = ctx.Rate(
                i, name, $"I{r + 1:00}", types[t].Type, level, content[r], RatingScale.Tid, ctx.Model.RaterCount, m => SynthContext.F(m, "0.00000"));
            truth[i] = item;
            std[i] = SynthContext.F(ratings.Sd, "0.00000");
        });

        var mos = new StringBuilder();
        var sd = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            mos.Append(SynthContext.F(truth[i].Score, "0.00000")).Append(' ').Append(truth[i].Id).Append('\n');
            sd.Append(std[i]).Append('\n');
        }

        AtomicFile.WriteAllText(ctx.PathOf("mos_std.txt"), sd.ToString());
        AtomicFile.WriteAllText(ctx.PathOf("mos_with_names.txt"), mos.ToString());
        return truth;
    }
}
