using LeakSpec.Datasets;
using LeakSpec.Synthetic;

namespace LeakSpec.Harness.Tests.Synthetic;

/// <summary>The generative score model makes a leak pay: content carries much of the score, and distortions the rest.</summary>
[Trait("Category", "Fast")]
[Collection(TinyDatasetsCollection.Name)]
public sealed class ScoreModelTests(TinyDatasetsFixture data)
{
    public static TheoryData<DatasetKind> Kinds => [.. Enum.GetValues<DatasetKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Oracle_knowing_the_model_ranks_the_written_scores_almost_perfectly(DatasetKind kind)
    {
        // Given the written dataset and its truth
        var items = data.Results[kind].Items;

        // When the noise-free score (distortion effect + content term) predicts the written score
        var srocc = SyntheticTestHelpers.Srocc(items.Select(i => i.NoiseFreeScore), items.Select(i => i.Score));

        // Then only rater noise is left over
        srocc.Should().BeGreaterThanOrEqualTo(0.95, $"{kind}: the written scores are the model plus rater noise");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Content_blind_predictor_is_clearly_below_the_oracle_but_well_above_chance(DatasetKind kind)
    {
        // Given the written dataset and its truth
        var items = data.Results[kind].Items;
        var scores = items.Select(i => i.Score).ToArray();

        // When a predictor knows only distortion type and level (the mean written score of each cell, fitted in-sample)
        var cellMean = items.GroupBy(i => (i.Distortion, i.Level)).ToDictionary(g => g.Key, g => g.Average(i => i.Score));
        var blind = SyntheticTestHelpers.Srocc(items.Select(i => cellMean[(i.Distortion, i.Level)]), scores);
        var oracle = SyntheticTestHelpers.Srocc(items.Select(i => i.NoiseFreeScore), scores);

        // And a predictor that knows the model's distortion effect exactly, but not the content
        var model = data.Results[kind].Model;
        var effectOnly = SyntheticTestHelpers.Srocc(items.Select(i => model.UnitQuality(i.DistortionEffect, 0)), scores);

        // Then the gap is the content term that memorising content (a leak) can buy, and the pixels still matter
        (oracle - blind).Should().BeGreaterThanOrEqualTo(0.08, $"{kind}: oracle {oracle:0.000}, content-blind {blind:0.000}");
        (oracle - effectOnly).Should().BeGreaterThanOrEqualTo(0.1, $"{kind}: oracle {oracle:0.000}, model effect only {effectOnly:0.000}");
        blind.Should().BeInRange(0.5, 0.92, $"{kind}: the distortion must explain much, not all, of the score");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Truth_is_consistent_with_the_model_and_the_scale(DatasetKind kind)
    {
        // Given the truth and the model that made it
        var result = data.Results[kind];
        var spec = DatasetCatalog.Get(kind);

        // Then every item's effect is its distortion's, and every score lies on the dataset's scale
        foreach (var item in result.Items)
        {
            item.DistortionEffect.Should().Be(result.Model.DistortionEffect(item.Distortion, item.Level));
            item.Level.Should().BeInRange(1, 5);
            item.Score.Should().BeInRange(spec.ScoreMin, spec.ScoreMax);
            item.NoiseFreeScore.Should().BeInRange(spec.ScoreMin, spec.ScoreMax);
        }

        // And the content term is shared within a group and varies between groups
        var perGroup = result.Items.GroupBy(i => i.Group).Select(g => g.Select(i => i.ContentTerm).Distinct().Count());
        perGroup.Should().OnlyContain(n => n == 1);
        result.Items.Select(i => i.ContentTerm).Distinct().Count().Should().Be(result.Items.Select(i => i.Group).Distinct().Count());
    }

    [Fact]
    public void Distortion_effect_grows_with_level_and_vanishes_without_distortion()
    {
        // Given the default model
        var model = ScoreModel.Default;

        // Then effects are zero for none and strictly more negative with each level
        model.DistortionEffect(SyntheticDistortion.None, 0).Should().Be(0);
        foreach (var type in Enum.GetValues<SyntheticDistortion>().Where(t => t != SyntheticDistortion.None))
        {
            var effects = Enumerable.Range(1, 5).Select(l => model.DistortionEffect(type, l)).ToArray();
            effects.Should().BeInDescendingOrder().And.OnlyHaveUniqueItems();
            effects[0].Should().BeNegative();
        }
    }

    [Fact]
    public void Degenerate_knobs_are_refused_before_anything_is_written()
    {
        // Given a model with a single rater (no standard deviation possible)
        var model = ScoreModel.Default with { RaterCount = 1 };
        var dir = Path.Combine(Path.GetTempPath(), $"leakspec-synth-knob-{Environment.ProcessId}");

        // When a dataset is written with it
        var act = () => SyntheticGenerator.Write(DatasetKind.Tid2013, SyntheticSize.Tiny, 1, dir, model);

        // Then the knob is named and no directory was created
        act.Should().Throw<ArgumentException>().WithMessage("*RaterCount*1*");
        Directory.Exists(dir).Should().BeFalse();
    }
}
