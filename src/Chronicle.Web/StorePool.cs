using System.Collections.Concurrent;
using Chronicle.Storage;

namespace Chronicle.Web;

/// <summary>
/// Open stores that requests take turns on: a store is one connection and serves one request at a time, and opening one
/// per request would cost a connection and a schema check each time.
/// </summary>
internal sealed class StorePool(StoreTarget target) : IDisposable
{
    // More idle connections than this are closed, so a burst of requests does not leave them all open.
    private const int MaxIdle = 32;

    private readonly ConcurrentBag<EventStore> _idle = [];

    public StoreTarget Target => target;

    public T Use<T>(Func<EventStore, T> work)
    {
        var store = _idle.TryTake(out var idle) ? idle : EventStore.Open(target);
        T result;
        try
        {
            result = work(store);
        }
        catch
        {
            // The connection may be left in a broken state; a new one is opened next time.
            store.Dispose();
            throw;
        }

        if (_idle.Count < MaxIdle)
        {
            _idle.Add(store);
        }
        else
        {
            store.Dispose();
        }

        return result;
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }
    }
}
