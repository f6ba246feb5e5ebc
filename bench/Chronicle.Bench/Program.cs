using Chronicle.Bench;

// Each benchmark is a verb; every one reports throughput on inputs given on the command line, single-threaded.
return args switch
{
    ["pipeline", var corpus, ..] => PipelineBenchmark.Run(corpus, Repeats(args)),
    ["reader", var pages, ..] => ReaderBenchmark.Run(pages, Repeats(args), args.Length > 3 && int.TryParse(args[3], out int n) ? n : 10_000),
    _ => Usage(),
};

static int Repeats(string[] args) => args.Length > 2 && int.TryParse(args[2], out int n) ? n : 5;

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project bench/Chronicle.Bench -- BENCHMARK ARGS

          pipeline CORPUS.jsonl [REPEATS]   whole extract pipeline and each stage, one thread (articles/s, MB/s)
          reader PAGES-DIR [REPEATS] [N]    article reader vs SmartReader on HTML pages, one thread; memory over N pages
        """);
    return 2;
}
