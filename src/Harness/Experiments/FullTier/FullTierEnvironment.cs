using LeakSpec.Datasets;

namespace LeakSpec.Experiments;

/// <summary>
/// Where the Full tier finds the real datasets and the paper's weights: environment variables (exported in a shell,
/// or set by runsettings/full.runsettings where the user uncomments them). LEAKSPEC_&lt;DATASET&gt; names one root;
/// else LEAKSPEC_DATA names one folder holding all five under their usual names (tid2013/, kadid10k/, …). A value
/// still holding the settings file's placeholder ("/path/to/…") counts as unset, and the message says so.
/// </summary>
public static class FullTierEnvironment
{
    public const string WeightsVariable = "LEAKSPEC_WEIGHTS";
    public const string ResultsVariable = "LEAKSPEC_RESULTS";
    public const string DataVariable = DatasetLocator.DataVariable;

    /// <summary>The prefix of every placeholder path in runsettings/full.runsettings.</summary>
    public const string PlaceholderPrefix = "/path/to/";

    /// <summary>The variable that names <paramref name="kind"/>'s root folder.</summary>
    public static string DatasetVariable(DatasetKind kind) => DatasetLocator.VariableFor(kind);

    public static bool IsPlaceholder(string value) => value.Trim().StartsWith(PlaceholderPrefix, StringComparison.Ordinal);

    /// <summary>The configured weights folder, or null when unset, empty or a placeholder.</summary>
    public static string? WeightsRoot() => Value(WeightsVariable, Environment.GetEnvironmentVariable, out _);

    public static bool PathExists(string path) => File.Exists(path) || Directory.Exists(path);

    /// <summary>
    /// The root of <paramref name="kind"/> if one is configured and holds the dataset's marker file; else why not (the
    /// variables looked at, their values, and how to obtain the data). Pure: the environment and file system are passed in.
    /// </summary>
    public static (string? Root, string? Problem) ResolveDataset(DatasetKind kind, Func<string, string?> env, Func<string, bool> exists)
    {
        var spec = DatasetCatalog.Get(kind);
        var marker = DatasetLoader.MarkerFile(kind);
        var variable = DatasetVariable(kind);
        var own = Value(variable, env, out var ownNote);
        if (own is not null)
        {
            return Check(own, $"{variable}={own}");
        }

        var all = Value(DataVariable, env, out var allNote);
        if (all is not null)
        {
            return Check(Path.Combine(all, DatasetLocator.FolderName(kind)), $"{variable} is {ownNote} and {DataVariable}={all}");
        }

        return (null, $"{spec.DisplayName} is not configured: {variable} is {ownNote} and {DataVariable} is {allNote} "
            + $"(export {variable}=<root> or {DataVariable}=<folder holding {DatasetLocator.FolderName(kind)}/>). {spec.HowToObtain}");

        (string?, string?) Check(string root, string source)
        {
            var full = Path.GetFullPath(root);
            if (!exists(full))
            {
                return (null, $"{spec.DisplayName} not found: {source}, and {full} does not exist. {spec.HowToObtain}");
            }

            return exists(Path.Combine(full, marker))
                ? (full, null)
                : (null, $"{spec.DisplayName} not found: {source}, and {full} has no {marker}. {spec.HowToObtain}");
        }
    }

    /// <summary>The path of a weight file under LEAKSPEC_WEIGHTS if it exists; else why not, with <paramref name="howToObtain"/>.</summary>
    public static (string? Path, string? Problem) ResolveWeights(string fileName, string howToObtain, Func<string, string?> env, Func<string, bool> exists)
    {
        var folder = Value(WeightsVariable, env, out var note);
        if (folder is null)
        {
            return (null, $"Backbone weights are not configured: {WeightsVariable} is {note} (a folder holding {fileName}). {howToObtain}");
        }

        var path = Path.Combine(Path.GetFullPath(folder), fileName);
        return exists(path)
            ? (path, null)
            : (null, $"Backbone weights not found: {path} does not exist ({WeightsVariable}={folder}). {howToObtain}");
    }

    // The value of a variable, or null with a note saying why: unset, empty, or runsettings' unedited placeholder.
    private static string? Value(string variable, Func<string, string?> env, out string note)
    {
        var value = env(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            note = "unset";
            return null;
        }

        if (IsPlaceholder(value))
        {
            note = $"the unedited placeholder '{value.Trim()}' of runsettings/full.runsettings (counted as unset: edit it there, or delete the line so an exported value is used)";
            return null;
        }

        note = "set";
        return value.Trim();
    }
}
