namespace LeakSpec.Synthetic;

/// <summary>Renders the reference scenes of a kind and draws each one's content term, in parallel and seeded per scene.</summary>
internal static class ReferenceScenes
{
    public static (RgbImage[] Images, double[] Content) Render(SynthContext ctx, int count, int width, int height)
    {
        var images = new RgbImage[count];
        var content = new double[count];
        Parallel.For(0, count, SynthContext.Parallelism, r =>
        {
            var style = ContentStyle.Draw(ctx.Rng(Streams.Style, r));
            images[r] = DeadLeaves.Render(style, width, height, ctx.Rng(Streams.Layout, r));
            content[r] = ctx.Model.DrawContentTerm(ctx.Rng(Streams.Content, r));
        });
        return (images, content);
    }

    /// <summary>The level-and-type grid of reference datasets: item index = (reference × types + type) × 5 + level − 1.</summary>
    public static (int Reference, int Type, int Level) Unpack(int index, int types) =>
        (index / (types * SizePlan.Levels), index / SizePlan.Levels % types, (index % SizePlan.Levels) + 1);
}
