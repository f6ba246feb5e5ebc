using System.ComponentModel;
using Chronicle.Cli.Console;
using Chronicle.Storage;
using Chronicle.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chronicle.Cli.Commands.Serve;

/// <summary>`chronicle serve`: the HTTP API and the web app over a store, on loopback unless told otherwise.</summary>
internal sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    /// <summary>The variable that holds the API key when --api-key is not given.</summary>
    public const string ApiKeyVariable = "CHRONICLE_API_KEY";

    /// <summary>The options of `chronicle serve`.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--db <DATABASE>")]
        [Description("A SQLite file (default chronicle.db; created empty if missing) or postgres://user:password@host:port/database.")]
        public string? Database { get; init; }

        [CommandOption("--urls <URLS>")]
        [Description("Where to listen, http:// addresses separated by ';' (default http://127.0.0.1:5080; port 0 takes a free port). Addresses other than loopback expose the store to the network: give them only on purpose.")]
        public string? Urls { get; init; }

        [CommandOption("--api-key <KEY>")]
        [Description("The key POST /api/articles requires (X-Api-Key header or Authorization: Bearer); default: the CHRONICLE_API_KEY variable; without either, ingest over HTTP is off.")]
        public string? ApiKey { get; init; }

        [CommandOption("--data <DIR>")]
        [Description("Chronicle's data directory (gazetteer, word lists) for ingest and article pages; by default the one installed beside the program.")]
        public string? DataDirectory { get; init; }

        public IReadOnlyList<string> Addresses =>
            Urls is null ? [ServerOptions.DefaultUrl] : Urls.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        public override ValidationResult Validate()
        {
            foreach (var url in Addresses)
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "http" || uri.AbsolutePath != "/")
                {
                    return ValidationResult.Error($"--urls takes http://HOST:PORT addresses like {ServerOptions.DefaultUrl}, not '{url}'.");
                }
            }

            return Addresses.Count == 0 ? ValidationResult.Error("--urls needs at least one address.") : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new ServerOptions
        {
            Store = StoreTarget.Parse(settings.Database),
            Urls = settings.Addresses,
            ApiKey = settings.ApiKey ?? (Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key ? key : null),
            DataDirectory = settings.DataDirectory,
        };
        foreach (var url in options.Urls.Where(u => !ServerOptions.IsLoopback(u)))
        {
            System.Console.Error.WriteLine($"chronicle: {url} is not a loopback address: anyone who can reach this machine can read the store");
        }

        ChronicleServer server;
        try
        {
            server = await ChronicleServer.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            System.Console.Error.WriteLine($"chronicle: cannot listen on {string.Join(", ", options.Urls)}: {e.Message}");
            return ExitCodes.NothingRead;
        }

        await using (server.ConfigureAwait(false))
        {
            System.Console.Error.WriteLine(
                $"chronicle: serving {options.Store}; ingest over HTTP is {(options.ApiKey is null ? "off (no API key)" : "on")}; Ctrl-C stops");
            foreach (var address in server.Addresses)
            {
                System.Console.Out.WriteLine(address);
            }

            System.Console.Out.Flush();
            await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }

        System.Console.Error.WriteLine("chronicle: stopped");
        return ExitCodes.Success;
    }
}
