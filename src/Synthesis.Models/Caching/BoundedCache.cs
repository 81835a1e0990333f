namespace Synthesis.Models.Caching;

/// <summary>
/// A thread-safe cache of at most <see cref="Capacity"/> entries that evicts the least recently used one when full.
/// One lock guards the map and the recency list: the work cached (a forward pass, a featurisation) costs far more than
/// the lock. A capacity of 0 caches nothing.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _entries = new();
    private readonly LinkedList<(TKey Key, TValue Value)> _recency = new();
    private readonly Lock _gate = new();

    public int Capacity { get; } = capacity >= 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), "a cache holds 0 or more entries");

    public int Count
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    /// <summary>Stores (or replaces) an entry as the most recently used, evicting the least recently used beyond the capacity.</summary>
    public void Set(TKey key, TValue value)
    {
        if (Capacity == 0) return;
        lock (_gate)
        {
            if (_entries.Remove(key, out var old)) _recency.Remove(old);
            _entries[key] = _recency.AddFirst((key, value));
            while (_entries.Count > Capacity)
            {
                _entries.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }
        }
    }

    /// <summary>
    /// A batch's lookups: what is found goes to <paramref name="values"/> at the key's position; each missing key comes
    /// back once, with every position that wants it, so that the batch computes each miss once (then <see cref="Fill"/>).
    /// </summary>
    public Dictionary<TKey, List<int>> Lookup(IReadOnlyList<TKey> keys, TValue[] values)
    {
        var missing = new Dictionary<TKey, List<int>>();
        for (var i = 0; i < keys.Count; i++)
            if (!TryGet(keys[i], out values[i]))
                (missing.TryGetValue(keys[i], out var at) ? at : missing[keys[i]] = []).Add(i);
        return missing;
    }

    /// <summary>Stores a missed key's computed value and puts it at every position that wanted it (<see cref="Lookup"/>).</summary>
    public void Fill(TKey key, TValue value, IEnumerable<int> positions, TValue[] values)
    {
        Set(key, value);
        foreach (var i in positions) values[i] = value;
    }

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        if (TryGet(key, out var value)) return value;
        value = create(key);
        Set(key, value);
        return value;
    }
}
