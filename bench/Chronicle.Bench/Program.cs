using Chronicle.Bench;

// Each benchmark is a verb; every one reports throughput on inputs given on the command line, single-threaded.
return args switch
{
    ["pipeline", var corpus, ..] => PipelineBenchmark.Run(corpus, Repeats(args)),
    ["time", var corpus, ..] => TimeBenchmark.Run(corpus, Repeats(args)),
    ["store-ingest" or "store-query" or "serve-load", ..] => StoreBenchmarks.Run(args),
    ["entities", var corpus, ..] => EntitiesBenchmark.Run(corpus, Repeats(args)),
    ["reader", var pages, ..] => ReaderBenchmark.Run(pages, Repeats(args), args.Length > 3 && int.TryParse(args[3], out int n) ? n : 10_000),
    _ => Usage(),
};

static int Repeats(string[] args) => args.Length > 2 && int.TryParse(args[2], out int n) ? n : 5;

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project bench/Chronicle.Bench -- BENCHMARK ARGS

          pipeline CORPUS.jsonl [REPEATS]   whole extract pipeline and each stage, one thread (articles/s, MB/s); with -p:PipelinePeer=true beside all-MiniLM-L6-v2
          time CORPUS.jsonl [REPEATS]       the time layer alone, one thread; with -p:TimePeer=true beside Microsoft.Recognizers.Text
          entities CORPUS.jsonl [REPEATS]   entity recognition and place resolution, one thread (MB/s)
          reader PAGES-DIR [REPEATS] [N]    article reader vs SmartReader on HTML pages, one thread; memory over N pages
          store-ingest CORPUS.jsonl [REPEATS]                 ingest into SQLite beside the pipeline writing JSONL
          store-query DB.sqlite [EVENTS]                      queries by type and 30 days over EVENTS synthetic events
          serve-load DB.sqlite [EVENTS CLIENTS SECONDS]       the HTTP API under load beside the same queries in-process
          (run a store verb without arguments for its details)
        """);
    return 2;
}
