using System.Globalization;
using System.Text;
using Sangam.Api.Http.Csv;
using Sangam.Api.Http.Errors;
using Sangam.Api.Http.Input;
using Sangam.Api.Vehicles.Readiness;
using Sangam.India;
using Sangam.India.Vehicles;

namespace Sangam.Api.Vehicles.Bulk;

/// <summary>
/// Reads an uploaded CSV into the rows of a job. A row that cannot be checked (a malformed vehicle number, a licence
/// without its date of birth) becomes an invalid row with the same message the single check's 400 gives, so one bad
/// row never stops the others. The file is refused as a whole (400) only when it has more rows than allowed, no rows,
/// a header without a vehicle column, or not one row that can be checked.
/// </summary>
internal static class BulkReadinessUpload
{
    public const string FileField = "file";

    /// <summary>Invalid rows quoted in the 400 for a file none of whose rows can be checked.</summary>
    private const int ErrorsQuoted = 5;

    public static async Task<(List<BulkReadinessRow>? Rows, ApiError? Error)> ReadAsync(
        HttpRequest request, int maxRows, DateOnly today, CancellationToken cancellationToken)
    {
        var (csv, refused) = await OpenAsync(request, cancellationToken);
        if (csv is null)
        {
            return (null, refused);
        }

        await using (csv)
        {
            using var text = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
            return await ParseAsync(new CsvRecordReader(text), maxRows, today, cancellationToken);
        }
    }

    /// <summary>The CSV: the form's <c>file</c> (or its only file), or the body itself.</summary>
    private static async Task<(Stream? Csv, ApiError? Error)> OpenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.GetFile(FileField) ?? (form.Files.Count == 1 ? form.Files[0] : null);
            return file is null
                ? (null, ApiError.BadRequest($"Send the CSV as the form's \"{FileField}\" field, or as a text/csv body."))
                : (file.OpenReadStream(), null);
        }

        var type = request.GetTypedHeaders().ContentType?.MediaType.Value;
        return type is null || type.Equals("text/csv", StringComparison.OrdinalIgnoreCase) || type.Equals("text/plain", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            ? (request.Body, null)
            : (null, ApiError.UnsupportedMediaType($"Send the CSV as a text/csv body or as the \"{FileField}\" field of multipart/form-data, not {type}."));
    }

    private static async Task<(List<BulkReadinessRow>? Rows, ApiError? Error)> ParseAsync(
        CsvRecordReader csv, int maxRows, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = new List<BulkReadinessRow>();
        var fields = new List<string>();
        BulkReadinessColumns? columns = null;
        while (await csv.ReadAsync(fields, cancellationToken))
        {
            if (fields.TrueForAll(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (columns is null)
            {
                columns = BulkReadinessColumns.FromHeader(fields, out var problem);
                if (problem is not null)
                {
                    return (null, ApiError.BadRequest(problem));
                }

                if (columns is not null)
                {
                    continue;
                }

                columns = BulkReadinessColumns.Positional;
            }

            if (rows.Count == maxRows)
            {
                return (null, ApiError.BadRequest(string.Create(CultureInfo.InvariantCulture,
                    $"The file has more than {maxRows} rows (line {csv.RecordLine} is row {maxRows + 1}); split it into files of at most {maxRows} rows.")));
            }

            rows.Add(ReadRow((int)csv.RecordLine, fields, columns, today));
        }

        if (rows.Count == 0)
        {
            return (null, ApiError.BadRequest("The file has no rows: send one vehicle number per line, optionally with the driver's DL number and date of birth."));
        }

        if (rows.TrueForAll(r => r.State == BulkRowState.Invalid))
        {
            var quoted = string.Join("; ", rows.Take(ErrorsQuoted).Select(r => string.Create(CultureInfo.InvariantCulture, $"line {r.Line}: {r.Error}")));
            return (null, ApiError.BadRequest($"No row of the file can be checked. {quoted}"));
        }

        return (rows, null);
    }

    private static BulkReadinessRow ReadRow(int line, List<string> fields, BulkReadinessColumns columns, DateOnly today)
    {
        var (vehicle, licence, dob) = (BulkReadinessColumns.Field(fields, columns.Vehicle), BulkReadinessColumns.Field(fields, columns.Licence),
            BulkReadinessColumns.Field(fields, columns.DateOfBirth));
        // Spreadsheets write dates the Indian way (26/05/1987, 26-05-1987): the check itself takes yyyy-MM-dd.
        var isoDob = GovernmentDate.TryParse(dob, out var day) ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : dob;
        var problem = TextProblem("vehiclenumber", vehicle) ?? TextProblem("dlnumber", licence) ?? TextProblem("dob", dob);
        VehicleNumber number = default;
        DriverToCheck? driver = null;
        if (problem is null && !new ReadinessBody(vehicle, licence, isoDob).TryRead(today, out number, out driver, out var invalid))
        {
            problem = invalid.Message;
        }

        if (problem is null)
        {
            return new BulkReadinessRow
            {
                Line = line,
                VehicleNumber = number.Value,
                DlNumber = driver?.Licence.SarathiForm,
                Dob = driver?.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                State = BulkRowState.Pending,
            };
        }

        return new BulkReadinessRow
        {
            Line = line,
            VehicleNumber = Keepable(vehicle) ?? "",
            DlNumber = Keepable(licence),
            Dob = Keepable(dob),
            State = BulkRowState.Invalid,
            Error = problem,
        };
    }

    private static string? TextProblem(string field, string value) =>
        TextRules.Problem(value, BulkReadinessConfiguration.MaxFieldLength) is { } problem ? ApiError.InvalidField(field, problem).Message : null;

    // An invalid row keeps what was sent so its owner can find it, within the column's length and without control characters.
    private static string? Keepable(string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        var cut = value.Length > BulkReadinessConfiguration.MaxFieldLength ? value[..BulkReadinessConfiguration.MaxFieldLength] : value;
        return TextRules.Problem(cut, BulkReadinessConfiguration.MaxFieldLength) is null ? cut : string.Concat(cut.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c));
    }
}
