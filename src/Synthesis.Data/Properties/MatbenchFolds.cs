namespace Synthesis.Data.Properties;

/// <summary>
/// Matbench's cross-validation folds: scikit-learn's KFold(n_splits = 5, shuffle = True, random_state = 18012019)
/// over the rows in file order (Dunn et al., npj Comput. Mater. 6, 138 (2020); matbench's KFOLD_DEFAULT_KWARGS).
/// KFold shuffles np.arange(n) with numpy's legacy RandomState(18012019), whose Mersenne Twister and Fisher–Yates
/// shuffle are reproduced here bit for bit, then cuts the order into contiguous folds, the first n mod k one longer.
/// </summary>
public static class MatbenchFolds
{
    public const int Folds = 5;
    public const uint Seed = 18012019;

    /// <summary>The row indices of each fold's test set; the other folds are its training rows.</summary>
    public static int[][] TestIndices(int rows, int folds = Folds, uint seed = Seed)
    {
        var order = ShuffledIndices(rows, seed);
        var result = new int[folds][];
        var start = 0;
        for (var k = 0; k < folds; k++)
        {
            var size = rows / folds + (k < rows % folds ? 1 : 0);
            result[k] = order[start..(start + size)];
            start += size;
        }
        return result;
    }

    /// <summary>np.random.RandomState(seed).shuffle(np.arange(rows)): i from n − 1 down to 1 swaps with j uniform in [0, i].</summary>
    public static int[] ShuffledIndices(int rows, uint seed)
    {
        var order = Enumerable.Range(0, rows).ToArray();
        var twister = new MersenneTwister(seed);
        for (var i = rows - 1; i > 0; i--)
        {
            var j = (int)twister.Interval((uint)i);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }

    /// <summary>MT19937 as numpy's legacy RandomState seeds it from an integer (init_genrand), with its bounded draw.</summary>
    private sealed class MersenneTwister
    {
        private const int N = 624, M = 397;
        private readonly uint[] _state = new uint[N];
        private int _position = N;

        public MersenneTwister(uint seed)
        {
            _state[0] = seed;
            for (var i = 1; i < N; i++) _state[i] = 1812433253u * (_state[i - 1] ^ (_state[i - 1] >> 30)) + (uint)i;
        }

        /// <summary>Uniform in [0, max]: the draw masked to max's bit length, redrawn until it is ≤ max (rk_interval).</summary>
        public uint Interval(uint max)
        {
            var mask = max;
            for (var shift = 1; shift <= 16; shift <<= 1) mask |= mask >> shift;
            uint value;
            while ((value = Next() & mask) > max) { }
            return value;
        }

        private uint Next()
        {
            if (_position >= N) Twist();
            var y = _state[_position++];
            y ^= y >> 11;
            y ^= (y << 7) & 0x9d2c5680u;
            y ^= (y << 15) & 0xefc60000u;
            return y ^ (y >> 18);
        }

        private void Twist()
        {
            for (var i = 0; i < N; i++)
            {
                var y = (_state[i] & 0x80000000u) | (_state[(i + 1) % N] & 0x7fffffffu);
                _state[i] = _state[(i + M) % N] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfu : 0u);
            }
            _position = 0;
        }
    }
}
