using LeakSpec.Datasets;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Harness.Tests.Datasets;
using LeakSpec.Training;

namespace LeakSpec.Harness.Tests.Experiments;

/// <summary>
/// A dataset past the memory budget: each video decoded once into the pixel store, frames read from it one at a time,
/// and what a model sees unchanged (the stored resize is the one the input pipeline would have made).
/// </summary>
[Trait("Category", "Fast")]
public sealed class MediaStoreDiskTests
{
    private static readonly string Root = RepoPaths.Fixture("datasets", "konvid1k");

    [Fact]
    public void Each_video_is_decoded_once_however_often_its_frames_are_read()
    {
        // Given the fixture videos, no memory budget and a disk store
        using var dir = new TempDataset();
        var dataset = DatasetLoader.Load(DatasetKind.Konvid1k, Root, new LoadOptions(AllowSubset: true));
        using var disk = new PixelStore(dir.Root);
        var store = new MediaStore(dataset, new FrameOptions(), cacheBudgetBytes: 0, disk: disk);

        // When frame counts are taken (as a manifest does) and then every frame is read three times, in parallel
        var counts = dataset.Items.Select(store.FrameCount).ToArray();
        var decodesBeforeReads = store.Decodes.Count;
        var ids = dataset.Items.SelectMany((v, k) => Enumerable.Range(0, counts[k]).Select(i => $"{v.Id}#{i:D4}")).ToArray();
        Parallel.ForEach(ids.Concat(ids).Concat(ids), new ParallelOptions { MaxDegreeOfParallelism = 4 }, id => store.Frame(id));

        // Then counting decoded nothing, and each video file was decoded exactly once
        decodesBeforeReads.Should().Be(0);
        var videoFiles = dataset.Items.Select(i => VideoFrameReader.SourceFor(dataset, i)).Where(File.Exists).Select(Path.GetFullPath).ToArray();
        store.Decodes.Keys.Should().BeEquivalentTo(videoFiles);
        store.Decodes.Values.Should().OnlyContain(n => n == 1);
    }

    [Fact]
    public void Stored_frames_are_what_the_input_pipeline_makes_of_the_decoded_ones()
    {
        // Given one store in memory and one on disk that keeps frames at a shorter side of 12 lines
        using var dir = new TempDataset();
        var dataset = DatasetLoader.Load(DatasetKind.Konvid1k, Root, new LoadOptions(AllowSubset: true));
        var memory = new MediaStore(dataset, new FrameOptions(Stride: 2));
        using var disk = new PixelStore(dir.Root);
        var onDisk = new MediaStore(dataset, new FrameOptions(Stride: 2), cacheBudgetBytes: 0, disk: disk, storedShorterSide: 12);
        var input = InputConfig.CentreView(12, 10);

        foreach (var video in dataset.Items)
        {
            // When a frame of each video is prepared for the network from either
            var id = $"{video.Id}#0001";
            var fromMemory = InputPipeline.Prepare(memory.Frame(id), input, rng: null);
            var fromDisk = InputPipeline.Prepare(onDisk.Frame(id), input, rng: null);

            // Then the network input is the same, byte for byte, and the stored frame is the smaller one
            fromDisk.Pixels.Should().Equal(fromMemory.Pixels);
            Math.Min(onDisk.Frame(id).Width, onDisk.Frame(id).Height).Should().Be(12);
        }
    }

    [Fact]
    public void Images_past_the_budget_are_decoded_once_into_the_store()
    {
        // Given a copy of the KADID-10k fixture, no memory budget and a disk store
        using var data = new TempDataset("kadid10k");
        using var dir = new TempDataset();
        var dataset = DatasetLoader.Load(DatasetKind.Kadid10k, data.Root, new LoadOptions(AllowSubset: true));
        using var disk = new PixelStore(dir.Root);
        var item = dataset.Items[0];
        var decoded = ImageIo.Read(item.Path);

        // When an image is read once, its source file overwritten with zeros (same length and time, so the store's key
        // still matches; a decode would now fail), and the image read again
        var first = new MediaStore(dataset, cacheBudgetBytes: 0, disk: disk).Image(item.Id);
        var written = File.GetLastWriteTimeUtc(item.Path);
        File.WriteAllBytes(item.Path, new byte[new FileInfo(item.Path).Length]);
        File.SetLastWriteTimeUtc(item.Path, written);
        var second = new MediaStore(dataset, cacheBudgetBytes: 0, disk: disk).Image(item.Id);

        // Then both reads are the decoded image: the second came from the store alone
        first.Pixels.Should().Equal(decoded.Pixels);
        second.Pixels.Should().Equal(decoded.Pixels);
    }

    [Fact]
    public void Images_stored_at_a_shorter_side_give_the_network_the_same_input()
    {
        // Given KADID-10k's fixture in memory and on disk at a shorter side of 9 lines (DeepRN's rule, scaled down)
        using var dir = new TempDataset();
        var dataset = DatasetLoader.Load(DatasetKind.Kadid10k, RepoPaths.Fixture("datasets", "kadid10k"), new LoadOptions(AllowSubset: true));
        using var disk = new PixelStore(dir.Root);
        var memory = new MediaStore(dataset);
        var onDisk = new MediaStore(dataset, cacheBudgetBytes: 0, disk: disk, storedShorterSide: 9);
        var input = InputConfig.CentreView(9, null);

        foreach (var item in dataset.Items.Take(3))
        {
            // Then the prepared input is the same byte for byte, and the stored image is the small one
            InputPipeline.Prepare(onDisk.Image(item.Id), input, rng: null).Pixels
                .Should().Equal(InputPipeline.Prepare(memory.Image(item.Id), input, rng: null).Pixels);
            Math.Min(onDisk.Image(item.Id).Width, onDisk.Image(item.Id).Height).Should().Be(9);
        }
    }

    [Fact]
    public void A_dataset_larger_than_the_budget_is_recognised_without_decoding()
    {
        var dataset = DatasetLoader.Load(DatasetKind.Konvid1k, Root, new LoadOptions(AllowSubset: true));

        // 3 videos x 8 frames x 32x24x3 bytes = 55,296 bytes (from the first video's probe)
        MediaStore.Exceeds(dataset, new FrameOptions(), budgetBytes: 55_295).Should().BeTrue();
        MediaStore.Exceeds(dataset, new FrameOptions(), budgetBytes: 55_296).Should().BeFalse();
        MediaStore.Exceeds(dataset, new FrameOptions(Stride: 2), budgetBytes: 30_000).Should().BeFalse();
    }
}
