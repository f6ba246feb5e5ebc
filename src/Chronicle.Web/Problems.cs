using Microsoft.AspNetCore.Http;

namespace Chronicle.Web;

/// <summary>RFC 7807 problem details for the API's refusals, each saying what to do instead.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be read");

    public static IResult NotFound(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Unauthorized(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "An API key is needed");

    public static IResult Forbidden(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Ingest is turned off");

    public static IResult Unprocessable(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The article could not be processed");
}
