using static TorchSharp.torch;

namespace LeakSpec.Training;

/// <summary>
/// An in-memory copy of modules' state dicts (parameters and buffers such as batch-norm statistics): the best
/// checkpoint. Its tensors deliberately outlive the batch that made them and are freed by <see cref="Dispose"/>.
/// </summary>
public sealed class StateSnapshot : IDisposable
{
    private readonly List<Dictionary<string, Tensor>> copies;

    private StateSnapshot(List<Dictionary<string, Tensor>> copies) => this.copies = copies;

    public static StateSnapshot Capture(params nn.Module[] modules)
    {
        using var _ = no_grad();
        using var scope = NewDisposeScope();
        var copies = modules.Select(m => m.state_dict().ToDictionary(kv => kv.Key, kv =>
        {
            // The detached view is scoped and freed below; only the clone survives.
            var c = kv.Value.detach().clone();
            scope.Detach(c);
            return c;
        })).ToList();
        return new StateSnapshot(copies);
    }

    /// <summary>Copies the snapshot back into the same modules, in the same order as captured.</summary>
    public void Restore(params nn.Module[] modules)
    {
        if (modules.Length != copies.Count)
        {
            throw new ArgumentException($"Snapshot holds {copies.Count} modules, {modules.Length} given.");
        }

        using var _ = no_grad();
        for (var i = 0; i < modules.Length; i++)
        {
            foreach (var (name, live) in modules[i].state_dict())
            {
                live.copy_(copies[i][name]);
            }
        }
    }

    public void Dispose()
    {
        foreach (var t in copies.SelectMany(d => d.Values))
        {
            t.Dispose();
        }

        copies.Clear();
    }
}
