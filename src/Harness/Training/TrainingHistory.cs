using System.Globalization;
using System.Text;
using System.Text.Json;
using LeakSpec.IO;

namespace LeakSpec.Training;

/// <summary>A run's training curve (the paper's Fig 4), as data and as CSV/JSON for the report.</summary>
public sealed record TrainingHistory(IReadOnlyList<TrainingPoint> Points)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Header step,epoch,train_loss,train_acc,val_loss,val_acc,lr; empty fields for absent values; invariant culture, round-trip doubles, LF.</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder("step,epoch,train_loss,train_acc,val_loss,val_acc,lr\n");
        foreach (var p in Points)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{p.Step},{p.Epoch},{F(p.TrainLoss)},{F(p.TrainAccuracy)},{F(p.ValLoss)},{F(p.ValAccuracy)},{F(p.LearningRate)}\n");
        }

        return sb.ToString();
    }

    public string ToJson() => JsonSerializer.Serialize(Points, Json) + "\n";

    public void WriteCsv(string path) => AtomicFile.WriteAllText(path, ToCsv());

    public void WriteJson(string path) => AtomicFile.WriteAllText(path, ToJson());

    private static string F(double? v) => v is { } d ? d.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
