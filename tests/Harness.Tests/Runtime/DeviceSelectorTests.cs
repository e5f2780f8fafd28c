using LeakSpec.Runtime;

namespace LeakSpec.Harness.Tests.Runtime;

[Trait("Category", "Fast")]
public sealed class DeviceSelectorTests
{
    [Theory]
    [InlineData("auto", false, "cpu")]
    [InlineData("auto", true, "cuda")]
    [InlineData("cpu", true, "cpu")]
    [InlineData("CUDA", true, "cuda")]
    public void Decide_PicksTheDeviceAndSaysWhy(string requested, bool cuda, string expected)
    {
        var choice = DeviceSelector.Decide(requested, cuda, "TorchSharp.dll");

        choice.Device.Should().Be(expected);
        choice.Reason.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Decide_CudaRequestedWithoutCuda_ExplainsHowToGetIt()
    {
        var act = () => DeviceSelector.Decide("cuda", cudaAvailable: false, "TorchSharp.dll");
        act.Should().Throw<NativeLibraryException>().WithMessage("*LeakSpecTorchBackend=cuda*");
    }

    [Fact]
    public void Decide_UnknownDevice_IsRejected()
    {
        var act = () => DeviceSelector.Decide("tpu", cudaAvailable: false, "TorchSharp.dll");
        act.Should().Throw<ArgumentException>().WithMessage("*tpu*auto, cpu or cuda*");
    }

    [Fact]
    public void Select_OnThisMachine_IsCpu()
    {
        DeviceSelector.Select("auto").Device.Should().Be("cpu", "the development and CI machines have no accelerator");
    }
}
