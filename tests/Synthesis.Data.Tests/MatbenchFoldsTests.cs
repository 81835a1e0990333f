using Synthesis.Data.Properties;

namespace Synthesis.Data.Tests;

public sealed class MatbenchFoldsTests
{
    // Expected values from numpy 1.24.2 (Debian python3-numpy), which scikit-learn's KFold(shuffle=True, random_state=18012019) uses:
    //   r = np.random.RandomState(18012019); i = np.arange(1265); r.shuffle(i); [i[k*253:k*253+3] for k in range(5)], i[-3:]
    [Fact]
    public void The_folds_of_1265_rows_are_those_numpy_and_scikit_learn_give()
    {
        var folds = MatbenchFolds.TestIndices(1265);
        Assert.Equal([253, 253, 253, 253, 253], folds.Select(f => f.Length));
        int[][] starts = [[758, 659, 745], [554, 912, 898], [476, 1062, 887], [1005, 294, 1103], [703, 253, 411]];
        for (var k = 0; k < 5; k++) Assert.Equal(starts[k], folds[k][..3]);
        Assert.Equal([0, 1193, 1126], folds[4][^3..]);
        Assert.Equal(Enumerable.Range(0, 1265), folds.SelectMany(f => f).Order());
    }

    [Fact]
    public void A_short_shuffle_matches_numpy_and_uneven_folds_put_the_extra_rows_first()
    {
        // np.random.RandomState(18012019).shuffle(np.arange(10)) → [9, 1, 2, 3, 8, 4, 5, 7, 0, 6]
        Assert.Equal([9, 1, 2, 3, 8, 4, 5, 7, 0, 6], MatbenchFolds.ShuffledIndices(10, MatbenchFolds.Seed));
        Assert.Equal([3, 3, 2, 2], MatbenchFolds.TestIndices(10, folds: 4).Select(f => f.Length));
    }
}
