namespace LeakSpec.Synthetic;

/// <summary>
/// One "in-the-wild" photo (KonIQ-10k, LIVE-in-the-Wild): its own scene, one authentic-looking distortion at a
/// random level, and its own content term (each image is its own group, so memorising it needs that very image).
/// </summary>
internal sealed record WildPhoto(RgbImage Image, SyntheticDistortion Type, int Level, double Content)
{
    /// <summary>JPEG quality of the saved files: high, so saving adds little beyond the simulated distortion.</summary>
    public const int SaveQuality = 92;

    public static WildPhoto Make(SynthContext ctx, int index)
    {
        var rng = ctx.Rng(Streams.Item, index);
        var type = DistortionCatalog.Wild[rng.Next(DistortionCatalog.Wild.Length)];
        var level = 1 + rng.Next(SizePlan.Levels);
        var style = ContentStyle.Draw(ctx.Rng(Streams.Style, index));
        var scene = DeadLeaves.Render(style, ctx.Plan.Width, ctx.Plan.Height, ctx.Rng(Streams.Layout, index));
        var content = ctx.Model.DrawContentTerm(ctx.Rng(Streams.Content, index));
        return new WildPhoto(Distorter.Apply(scene, type, level, rng), type, level, content);
    }
}
