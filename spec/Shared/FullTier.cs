using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.IO;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// What a Full-tier test needs from the machine: dataset roots and weight files named by environment variables
/// (runsettings/full.runsettings sets them). Anything missing skips the test with the variable, the path it looked at
/// and how to obtain the data; a Full test never passes without having trained.
/// </summary>
public static class FullTier
{
    public const string WeightsVariable = Runtime.FullTierEnvironment.WeightsVariable;
    public const string ResultsVariable = Runtime.FullTierEnvironment.ResultsVariable;

    /// <summary>LEAKSPEC_TID2013, LEAKSPEC_KADID10K, LEAKSPEC_KONIQ10K, LEAKSPEC_LIVEC, LEAKSPEC_KONVID1K.</summary>
    public static string VariableFor(DatasetKind kind) => Runtime.FullTierEnvironment.DatasetVariable(kind);

    /// <summary>The dataset's root, or a skip naming what is missing.</summary>
    public static string RequireDataset(DatasetKind kind)
    {
        var spec = DatasetCatalog.Get(kind);
        var variable = VariableFor(kind);
        var root = Lookup(variable);
        if (root is null)
        {
            Assert.Skip($"{spec.DisplayName} is not configured: {variable} is unset (set it in runsettings/full.runsettings or the environment). {spec.HowToObtain}");
        }

        var marker = Path.Combine(root, DatasetRoots.MarkerFile(kind));
        if (!Directory.Exists(root))
        {
            Assert.Skip($"{spec.DisplayName} not found: {variable}={root} does not exist. {spec.HowToObtain}");
        }

        if (!File.Exists(marker))
        {
            Assert.Skip($"{spec.DisplayName} not found: {variable}={root} has no {DatasetRoots.MarkerFile(kind)} ({marker} is missing). {spec.HowToObtain}");
        }

        return root;
    }

    /// <summary>The full path of a weight file under LEAKSPEC_WEIGHTS, or a skip naming what is missing.</summary>
    public static string RequireWeights(string fileName, string howToObtain)
    {
        var folder = Lookup(WeightsVariable);
        if (folder is null)
        {
            Assert.Skip($"Backbone weights are not configured: {WeightsVariable} is unset (a folder holding {fileName}). {howToObtain}");
        }

        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            Assert.Skip($"Backbone weights not found: {path} does not exist ({WeightsVariable}={folder}). {howToObtain}");
        }

        return path;
    }

    public static string RequireWeights(WeightFile weights) => RequireWeights(weights.FileName, weights.HowToObtain);

    /// <summary>
    /// Attaches text to the test result and, when LEAKSPEC_RESULTS is set, also writes it (atomically) to
    /// LEAKSPEC_RESULTS/&lt;test class&gt;/&lt;test method&gt;/&lt;name&gt;, so evidence outlives the test log.
    /// Returns the file written, or null.
    /// </summary>
    public static string? Attach(string name, string contents)
    {
        TestContext.Current.AddAttachment(name, contents, replaceExistingValue: true);
        var results = Lookup(ResultsVariable);
        if (results is null)
        {
            return null;
        }

        // Creating the results folder is fine; creating a whole tree from an unedited placeholder is not.
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(results));
        if (!Directory.Exists(results) && (parent is null || !Directory.Exists(parent)))
        {
            throw new DirectoryNotFoundException(
                $"{ResultsVariable}={results}: neither it nor its parent folder exists; point it at a writable folder in runsettings/full.runsettings.");
        }

        var cls = TestContext.Current.TestClass?.TestClassName ?? "unknown-class";
        var method = TestContext.Current.TestMethod?.MethodName ?? "unknown-test";
        var path = Path.Combine(results, Safe(cls), Safe(method), Safe(name));
        AtomicFile.WriteAllText(path, contents);
        return path;
    }

    private static string? Lookup(string variable)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(value) ? null : Path.GetFullPath(value.Trim());
    }

    private static string Safe(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')).Trim('.');
}
