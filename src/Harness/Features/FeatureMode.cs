namespace LeakSpec.Features;

public enum FeatureMode
{
    /// <summary>The backbone's last pooling layer (the fc7 / avg_pool role): <c>IBackbone.Features</c>.</summary>
    LastPooling,

    /// <summary>Every stage output globally average-pooled and concatenated (MultiGAP, paper §"Case IV").</summary>
    MultiGap,
}
