using LeakSpec.Datasets;

namespace LeakSpec.Synthetic;

/// <summary>What the generator knows about one written item: the ground truth an oracle or a test may use.</summary>
/// <param name="Id">The item id as the dataset's metadata writes it (what the loader reports as <see cref="DatasetItem.Id"/>).</param>
/// <param name="Group">The group key value (reference name upper-cased, video id, or the id itself).</param>
/// <param name="Distortion">The distortion applied.</param>
/// <param name="Level">Its level, 1–5 (0 for none).</param>
/// <param name="DistortionEffect">Its effect on the latent quality (≤ 0), <see cref="ScoreModel.DistortionEffect"/>.</param>
/// <param name="ContentTerm">The idiosyncratic offset of the item's reference, video or image.</param>
/// <param name="NoiseFreeScore">The score without rater noise, on the dataset's scale.</param>
/// <param name="Score">The score as written in the metadata (what a loader reads).</param>
/// <param name="OfficialSplit">The official split label written (KonIQ-10k), else null.</param>
public sealed record SyntheticTruth(
    string Id,
    string Group,
    SyntheticDistortion Distortion,
    int Level,
    double DistortionEffect,
    double ContentTerm,
    double NoiseFreeScore,
    double Score,
    string? OfficialSplit = null);
