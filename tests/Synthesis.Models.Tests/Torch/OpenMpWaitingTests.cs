using Synthesis.Models.Torch;

namespace Synthesis.Models.Tests.Torch;

public class OpenMpWaitingTests
{
    [Fact]
    public void Idle_OpenMP_threads_are_told_to_sleep_unless_the_user_chose_otherwise()
    {
        var before = OpenMpWaiting.Current();

        Assert.True(OpenMpWaiting.Passive());

        Assert.Equal(before ?? "PASSIVE", OpenMpWaiting.Current());
    }
}
