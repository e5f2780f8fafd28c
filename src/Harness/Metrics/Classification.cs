namespace LeakSpec.Metrics;

/// <summary>Accuracy of class predictions, and the baseline a classifier must beat to have learnt anything.</summary>
public static class Classification
{
    public static double Accuracy<T>(IReadOnlyList<T> predicted, IReadOnlyList<T> actual)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(actual);
        if (predicted.Count != actual.Count || actual.Count == 0)
        {
            throw new MetricException(FormattableString.Invariant(
                $"accuracy needs equal, non-zero lengths; got predicted {predicted.Count}, actual {actual.Count}."));
        }

        var comparer = EqualityComparer<T>.Default;
        var hits = 0;
        for (var i = 0; i < actual.Count; i++)
        {
            if (comparer.Equals(predicted[i], actual[i]))
            {
                hits++;
            }
        }

        return (double)hits / actual.Count;
    }

    /// <summary>
    /// Accuracy on <paramref name="actual"/> of always predicting the most frequent class — of
    /// <paramref name="training"/> when given (an honest baseline: the class is chosen without seeing the test
    /// labels), else of <paramref name="actual"/> itself. Ties go to the class seen first.
    /// </summary>
    public static double DominantClassBaseline<T>(IReadOnlyList<T> actual, IReadOnlyList<T>? training = null)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(actual);
        var source = training ?? actual;
        if (actual.Count == 0 || source.Count == 0)
        {
            throw new MetricException("the dominant-class baseline needs at least one label in each set.");
        }

        var counts = new Dictionary<T, int>();
        var order = new List<T>();
        foreach (var label in source)
        {
            if (!counts.TryAdd(label, 1))
            {
                counts[label]++;
            }
            else
            {
                order.Add(label);
            }
        }

        var dominant = order.MaxBy(l => counts[l])!;
        return Accuracy(actual.Select(_ => dominant).ToArray(), actual);
    }

    /// <summary>The share (fraction) of <paramref name="labels"/> in each class 0..<paramref name="classes"/> − 1.</summary>
    public static double[] ClassShares(IReadOnlyList<int> labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count == 0)
        {
            throw new MetricException("class shares need at least one label.");
        }

        var counts = new double[classes];
        foreach (var l in labels)
        {
            if (l < 0 || l >= classes)
            {
                throw new MetricException(FormattableString.Invariant($"label {l} outside the classes 0..{classes - 1}."));
            }

            counts[l]++;
        }

        return [.. counts.Select(c => c / labels.Count)];
    }
}
