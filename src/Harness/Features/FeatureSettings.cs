using System.Globalization;
using LeakSpec.Training;

namespace LeakSpec.Features;

/// <summary>How features are extracted; <see cref="Describe"/> is part of the cache key, so every field that changes a value is in it.</summary>
/// <param name="Input">Resize and crop size; with <paramref name="RandomCrops"/> ≤ 1 the evaluation view (centre crop) is used.</param>
/// <param name="RandomCrops">Average the features of this many random crops per image (DeepBIQ: 30), placed by <paramref name="Seed"/> and the item id.</param>
public sealed record FeatureSettings(FeatureMode Mode, InputConfig Input, int RandomCrops = 1, int Seed = 0, int BatchSize = 32)
{
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"mode={Mode};{Input.Describe(training: false)};randomCrops={RandomCrops};seed={(RandomCrops > 1 ? Seed : 0)}");

    public void Validate()
    {
        Input.Validate();
        if (RandomCrops < 1 || BatchSize < 1 || (RandomCrops > 1 && Input.CropSize is not > 0))
        {
            throw new ArgumentException($"FeatureSettings: expected RandomCrops ≥ 1, BatchSize ≥ 1 and a crop size for random crops; got {this}.");
        }
    }
}
