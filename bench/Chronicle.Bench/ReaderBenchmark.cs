using System.Diagnostics;
using System.Text;
using Chronicle.Articles;
using Chronicle.Inputs;

namespace Chronicle.Bench;

/// <summary>Times the article reader against SmartReader (a port of Readability) on the same pages, one thread each, then checks that memory stays flat over many pages.</summary>
internal static class ReaderBenchmark
{
    // The memory report reads the heap this often, so growth per page would show as a rising series.
    private const int MemoryInterval = 1000;

    // Untimed passes first, for either reader: the JIT recompiles hot code in the background for several passes,
    // and that work would otherwise count against whichever reader is timed first.
    private const int WarmUpPasses = 3;

    public static int Run(string folder, int repeats, int memoryPages)
    {
        var inputs = new InputCollector().Collect([folder]).Where(i => i.Input is { Format: InputFormat.Html }).Select(i => i.Input!).ToList();
        if (inputs.Count == 0)
        {
            Console.Error.WriteLine($"no HTML pages in {folder}");
            return 1;
        }

        // SmartReader takes text; give it pages decoded the same way ours are, and time only the extraction.
        var texts = inputs.Select(i => Encoding.UTF8.GetString(i.Bytes!)).ToList();
        long bytes = inputs.Sum(i => (long)i.Bytes!.Length);
        var reader = new ArticleReader();
        Console.WriteLine($"pages: {inputs.Count}, {bytes / 1e6:F1} MB of HTML; {repeats} timed passes after {WarmUpPasses} warm-up passes, one thread");

        var (ours, oursCpu) = Rate(inputs.Count, repeats, () =>
        {
            foreach (var input in inputs)
            {
                _ = reader.Read(input);
            }
        });
        Console.WriteLine($"chronicle reader (decode + metadata + body): {ours,8:F1} pages/s wall  {oursCpu,8:F1} pages/s of CPU time  {bytes / 1e6 * ours / inputs.Count,6:F2} MB/s");

        var (peer, peerCpu) = Rate(texts.Count, repeats, () =>
        {
            for (int i = 0; i < texts.Count; i++)
            {
                _ = new SmartReader.Reader(inputs[i].Url ?? "https://example.invalid/", texts[i]).GetArticle().TextContent;
            }
        });
        Console.WriteLine($"SmartReader 0.11.1 (body, text content):     {peer,8:F1} pages/s wall  {peerCpu,8:F1} pages/s of CPU time  {bytes / 1e6 * peer / texts.Count,6:F2} MB/s");
        Console.WriteLine($"ratio: {ours / peer:F2}x wall, {oursCpu / peerCpu:F2}x CPU time");

        Memory(reader, inputs, memoryPages);
        return 0;
    }

    /// <summary>Pages per second of wall-clock time and of the process's CPU time; on a machine shared with other work the second is the steadier figure.</summary>
    private static (double Wall, double Cpu) Rate(int pages, int repeats, Action pass)
    {
        for (int w = 0; w < WarmUpPasses; w++)
        {
            pass();
        }

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (int r = 0; r < repeats; r++)
        {
            pass();
        }

        clock.Stop();
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        return (pages * repeats / clock.Elapsed.TotalSeconds, pages * repeats / cpuSeconds);
    }

    /// <summary>Reads the pages round-robin and reports the live heap (after a full collection) and working set at intervals.</summary>
    private static void Memory(ArticleReader reader, List<RawInput> inputs, int pages)
    {
        Console.WriteLine($"memory over {pages:N0} pages (heap after a full collection; working set):");
        for (int n = 1; n <= pages; n++)
        {
            _ = reader.Read(inputs[(n - 1) % inputs.Count]);
            if (n % MemoryInterval == 0)
            {
                long heap = GC.GetTotalMemory(forceFullCollection: true);
                Console.WriteLine($"  {n,7:N0} pages  heap {heap / 1e6,7:F1} MB  working set {Environment.WorkingSet / 1e6,7:F1} MB");
            }
        }
    }
}
