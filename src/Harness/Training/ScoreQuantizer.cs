namespace LeakSpec.Training;

/// <summary>
/// Maps a quality score to one of a few ordered classes, the classification target the paper's methods fine-tune on.
/// A score equal to an edge goes to the lower class unless <see cref="EdgeBelongsAbove"/> (DeepRN's floor(score / 20)).
/// </summary>
public sealed class ScoreQuantizer
{
    private readonly double[] edges;

    public ScoreQuantizer(string name, IReadOnlyList<double> edges, bool edgeBelongsAbove = false)
    {
        if (edges.Count == 0 || edges.Zip(edges.Skip(1)).Any(p => !(p.First < p.Second)) || edges.Any(e => !double.IsFinite(e)))
        {
            throw new ArgumentException($"Quantiser '{name}': edges must be finite and strictly increasing, got [{string.Join(", ", edges)}].", nameof(edges));
        }

        Name = name;
        this.edges = edges.ToArray();
        EdgeBelongsAbove = edgeBelongsAbove;
    }

    public string Name { get; }

    /// <summary>Inner class boundaries, increasing.</summary>
    public IReadOnlyList<double> Edges => edges;

    public bool EdgeBelongsAbove { get; }

    public int Classes => edges.Length + 1;

    /// <summary>
    /// DeepBIQ (paper §"Case I"): "MOS quantised into five equal bins" over the dataset's score range.
    /// </summary>
    public static ScoreQuantizer EqualBins(double min, double max, int bins = 5)
    {
        if (!(max > min) || bins < 2)
        {
            throw new ArgumentException($"EqualBins: expected min < max and at least 2 bins, got min {min}, max {max}, bins {bins}.");
        }

        return new ScoreQuantizer($"equal-bins-{bins}[{min},{max}]", Enumerable.Range(1, bins - 1).Select(k => min + ((max - min) * k / bins)).ToArray());
    }

    /// <summary>CNN-SVR (paper §"Case II"): KoNViD-1k MOS (1–5) classes ≤1.8, ≤2.6, ≤3.4, ≤4.2, else.</summary>
    public static ScoreQuantizer CnnSvr { get; } = new("cnn-svr-konvid", [1.8, 2.6, 3.4, 4.2]);

    /// <summary>DeepRN (paper §"The Case of DeepRN"): KonIQ-10k MOS on 0–100, class = floor(score / 20), 100 in the top class.</summary>
    public static ScoreQuantizer DeepRn { get; } = new("deeprn-score-div-20", [20, 40, 60, 80], edgeBelongsAbove: true);

    public int Quantize(double score)
    {
        if (!double.IsFinite(score))
        {
            throw new ArgumentException($"Quantiser '{Name}': score must be finite, got {score}.", nameof(score));
        }

        var cls = 0;
        while (cls < edges.Length && (EdgeBelongsAbove ? score >= edges[cls] : score > edges[cls]))
        {
            cls++;
        }

        return cls;
    }

    public int[] Quantize(IEnumerable<double> scores) => scores.Select(Quantize).ToArray();

    /// <summary>
    /// Class-balanced loss weights ∝ 1 / class frequency, scaled so a balanced set gets weight 1 everywhere
    /// (w_c = N / (K · n_c), as scikit-learn's "balanced"); a class absent from <paramref name="labels"/> gets 0.
    /// </summary>
    public static double[] BalancedWeights(IReadOnlyList<int> labels, int classes)
    {
        var counts = new int[classes];
        foreach (var l in labels)
        {
            if (l < 0 || l >= classes)
            {
                throw new ArgumentOutOfRangeException(nameof(labels), $"Label {l} outside 0..{classes - 1}.");
            }

            counts[l]++;
        }

        return counts.Select(c => c == 0 ? 0.0 : (double)labels.Count / (classes * c)).ToArray();
    }
}
