namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// A substitution of the demo profile, never of the paper's: the backbone's convolutional trunk keeps its pretrained
/// weights, its pooled features are computed once per image or frame (one centre view, cached, shared by every split
/// and variant), and fine-tuning trains an fc7-role layer (FC <see cref="Fc7Width"/> + ReLU) and the new head over
/// them. The regressor reads that layer's activations — the role CaffeNet's fine-tuned fc7 plays in DeepBIQ — so an
/// item the fine-tuning saw is memorised where the regressor looks, as in the paper. On two CPU cores this trains in
/// seconds what whole-network fine-tuning of ResNet18 cannot train far enough to memorise anything within the demo's
/// 15 minutes.
/// </summary>
/// <param name="Fc7Width">Width of the trained layer under the head (CaffeNet's fc7 has 4,096; ResNet18's pooled feature 512).</param>
public sealed record FrozenTrunk(int Fc7Width = 512);
