using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LeakSpec.IO;

namespace LeakSpec.Experiments;

/// <summary>Reads and writes results.json and the run store's per-split files: indented, LF, camelCase, atomic.</summary>
public static class ResultsJson
{
    /// <summary>Shared options: NaN is allowed because a correlation of a constant prediction is undefined, not an error.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // A file missing a field or holding null where none is allowed is rejected, not read as a default.
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";

    public static void Write(string path, RunResults results) => WriteFile(path, results);

    public static RunResults Read(string path) => ReadFile<RunResults>(path);

    internal static void WriteFile<T>(string path, T value) => AtomicFile.WriteAllText(path, Serialize(value));

    internal static T ReadFile<T>(string path)
        where T : class
    {
        if (!File.Exists(path))
        {
            throw new ResultsFormatException(path, $"file not found; expected a {typeof(T).Name} JSON file written by LeakSpec.");
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(File.ReadAllText(path, Encoding.UTF8), Options);
            return value ?? throw new ResultsFormatException(path, $"the file holds JSON null; expected a {typeof(T).Name} object.");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, {e.Path}" : e.Path ?? "?";
            throw new ResultsFormatException(path, $"not a valid {typeof(T).Name} at {where}: {e.Message}", e);
        }
    }
}
