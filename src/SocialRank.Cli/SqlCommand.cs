using System.Text;
using SocialRank.Cli.Input;
using SocialRank.Cli.Method;
using SocialRank.Cli.Output;
using SocialRank.Sql;

namespace SocialRank.Cli;

/// <summary>
/// <c>socialrank sql</c>: writes the method (method.json, or the article's) as one SQL query for a warehouse, with
/// <see cref="SqlRating.ToSql"/>: the pages table's columns are the page fields' keys, plus id, input_order and
/// exclusion_reason, and the optional group column.
/// </summary>
internal static class SqlCommand
{
    internal static async Task<int> RunAsync(SqlCommandOptions options, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (!SqlDialect.TryGet(options.Dialect, out SqlDialect? dialect))
        {
            throw new InputException($"--dialect {options.Dialect}: write one of {string.Join(", ", SqlDialect.All.Select(d => d.Name))}.");
        }

        if (options.Out is { } target && options.Method is { } source && Path.GetFullPath(target) == Path.GetFullPath(source))
        {
            throw new InputException($"--out {target}: that is the method file; write the query elsewhere.");
        }

        LoadedMethod loaded = MethodLoader.Load(options.Method, options.Language);
        Sql.SqlOptions where;
        try
        {
            where = new Sql.SqlOptions { Table = options.Table, GroupColumn = options.GroupBy };
        }
        catch (ArgumentException)
        {
            throw new InputException($"--table '{options.Table}', --group-by '{options.GroupBy}': name a table and a column.");
        }

        string sql;
        try
        {
            sql = SqlRating.ToSql(loaded.Method, dialect, where);
        }
        catch (NotSupportedException e)
        {
            throw new InputException($"{options.Method ?? "default method"}: {e.Message}");
        }

        void Write(TextWriter writer) => writer.Write(sql + ";\n");
        if (options.Out is { } outPath)
        {
            await RateCommand.WriteFilesAsync([(outPath, AtomicFile.Text(new UTF8Encoding(false), Write))], cancellationToken).ConfigureAwait(false);
        }
        else
        {
            Write(stdout);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}

/// <summary>The options of <c>socialrank sql</c>.</summary>
internal sealed record SqlCommandOptions(string? Method, string Dialect, string Table, string? GroupBy, string? Out, string Language);
