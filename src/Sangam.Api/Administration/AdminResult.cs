namespace Sangam.Api.Administration;

public enum AdminProblem
{
    None,
    Invalid,
    NotFound,
    Conflict,
}

/// <summary>The outcome of an administration command: a value, or what went wrong in words an operator can act on.</summary>
public readonly record struct AdminResult<T>(T? Value, AdminProblem Problem, string? Message)
{
    public bool Succeeded => Problem == AdminProblem.None;

    public static implicit operator AdminResult<T>(T value) => new(value, AdminProblem.None, null);

    public static AdminResult<T> Invalid(string message) => new(default, AdminProblem.Invalid, message);

    public static AdminResult<T> NotFound(string message) => new(default, AdminProblem.NotFound, message);

    public static AdminResult<T> Conflict(string message) => new(default, AdminProblem.Conflict, message);
}
