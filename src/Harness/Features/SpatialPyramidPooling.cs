using LeakSpec.Models;
using LeakSpec.Runtime;
using LeakSpec.Training;
using static TorchSharp.torch;

namespace LeakSpec.Features;

/// <summary>
/// DeepRN's stage-2 input (§"The Case of DeepRN"): the last stage's feature map average-pooled over a pyramid of grids
/// (1×1, 2×2, 4×4 by default) and concatenated, so any input size gives a fixed-width vector.
/// </summary>
public static class SpatialPyramidPooling
{
    public static double[][] Extract(IBackbone backbone, IReadOnlyList<Datasets.RgbImage> images, InputConfig input, DeviceChoice device, IReadOnlyList<int>? levels = null, int batchSize = 32)
    {
        TorchRuntime.EnsureLoaded();
        var grid = levels ?? [1, 2, 4];
        var dev = device.ToTorch();
        backbone.Module.eval();
        var rows = new List<double[]>(images.Count);
        foreach (var chunk in images.Chunk(batchSize))
        {
            using (NewDisposeScope())
            using (no_grad())
            {
                var prepared = chunk.Select(i => InputPipeline.Prepare(i, input, rng: null)).ToArray();
                var map = backbone.StageOutputs(backbone.Preprocess(InputPipeline.ToTensor(prepared, dev)))[^1];
                var pooled = cat([.. grid.Select(g => nn.functional.adaptive_avg_pool2d(map, g).flatten(1))], 1)
                    .to_type(ScalarType.Float64).cpu().contiguous();
                var flat = pooled.data<double>().ToArray();
                var width = (int)pooled.shape[1];
                rows.AddRange(Enumerable.Range(0, chunk.Length).Select(k => flat.AsSpan(k * width, width).ToArray()));
            }
        }

        return [.. rows];
    }
}
