using System.Text.Json;
using Chronicle.Serialization;
using Microsoft.AspNetCore.Http;

namespace Chronicle.Web;

/// <summary>A JSON response written straight to the response with the contract's writers, so the API and the CLI's JSON agree.</summary>
internal sealed class JsonBody(Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        using (var json = new Utf8JsonWriter(httpContext.Response.BodyWriter, DocumentJsonWriter.Options(indented: false)))
        {
            write(json);
        }

        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
