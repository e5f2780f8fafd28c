namespace LeakSpec.Splitting;

/// <summary>The dataset's own split (KonIQ-10k: training/validation/test = 7,058/1,000/2,015), read from each item's label.</summary>
public sealed record OfficialSplit
{
    public static IReadOnlyList<string> TrainLabels { get; } = ["training", "train"];

    public static IReadOnlyList<string> ValLabels { get; } = ["validation", "val", "valid"];

    public static IReadOnlyList<string> TestLabels { get; } = ["test", "testing"];

    /// <param name="labels">Each item's official label; null or an unknown label is an error naming the item.</param>
    /// <param name="ids">The item ids, only used in error messages.</param>
    public ThreeWaySplit Split(IReadOnlyList<string?> labels, IReadOnlyList<string> ids)
    {
        var label = new int[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            label[i] = LabelOf(labels[i]) ?? throw new ArgumentException(
                $"Item '{ids[i]}' has official split label '{labels[i] ?? "(none)"}'; expected one of " +
                string.Join(", ", TrainLabels.Concat(ValLabels).Concat(TestLabels)) + ".",
                nameof(labels));
        }

        return SplitMath.FromLabels(label);
    }

    /// <summary>0 train, 1 validation, 2 test, null when the label is none of the usual spellings.</summary>
    public static int? LabelOf(string? label)
    {
        var l = label?.Trim().ToLowerInvariant();
        return l is null ? null
            : TrainLabels.Contains(l) ? 0
            : ValLabels.Contains(l) ? 1
            : TestLabels.Contains(l) ? 2
            : null;
    }
}
