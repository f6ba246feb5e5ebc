using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config => config.SetApplicationName("chronicle"));
return await app.RunAsync(args);
