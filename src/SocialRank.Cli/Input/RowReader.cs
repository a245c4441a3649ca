using System.Globalization;
using SocialRank.Pages;

namespace SocialRank.Cli.Input;

/// <summary>Reads the cells of one row, adding problems to the error list and notes to the warnings.</summary>
internal readonly ref struct RowReader(ITable table, RawRow row, ErrorList errors, ICollection<string> warnings)
{
    public CellLocation At(ColumnMap map, Column column)
        => new(table.File, row.Line, table.Headers[map.IndexOf(column)], table.IsSheet);

    /// <summary>Returns the trimmed text of a cell, or <see langword="null"/> when the column is absent or the cell empty.</summary>
    public string? Text(ColumnMap map, Column column)
    {
        int i = map.IndexOf(column);
        if (i < 0)
        {
            return null;
        }

        string raw = CellText(i);
        string text = raw.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        // '@', '+' and '-' begin ordinary text (an Instagram handle, an id like -1); outputs are defused against formula
        // injection whatever a cell holds. A cell that begins with '=' is kept as text too, with a note.
        if (text[0] == '=' || raw[0] == '=')
        {
            warnings.Add(InputErrors.FormulaKept(At(map, column), text));
        }

        return text;
    }

    /// <summary>Returns a page field's value, or <see langword="null"/> when missing; reports text, negative numbers, fractions of a count and a population of 0.</summary>
    public double? Count(ColumnMap map, Column column)
    {
        int i = map.IndexOf(column);
        if (i < 0)
        {
            return null;
        }

        // A number that arrived as a number (a sheet's, a Parquet file's, a plain CSV number) gets its text only for a message.
        string text = row.Cells[i].Trim();
        double value;
        if (row.Numbers?[i] is not null)
        {
            value = row.Numbers![i]!.Value;
        }
        else if (text.Length == 0)
        {
            return null;
        }
        else if (!NumberParser.TryParse(text, isCount: column.Field?.IsCount ?? false, out value))
        {
            errors.Add(InputErrors.NotANumber(At(map, column), text));
            return null;
        }

        if (value < 0)
        {
            errors.Add(InputErrors.Negative(At(map, column), Shown(i, text)));
            return null;
        }

        // A fraction of a follower or a post is a typing or export error, and it would change the ranking.
        if (column.Field is { IsCount: true } && value != Math.Floor(value))
        {
            errors.Add(InputErrors.NotWhole(At(map, column), Shown(i, text)));
            return null;
        }

        // A population of 0 would make every share of it missing: the page would drop out of those indicators.
        if (column.Field == PageFields.Population && value == 0)
        {
            errors.Add(InputErrors.NotPositive(At(map, column), Shown(i, text)));
            return null;
        }

        return value + 0.0;
    }

    /// <summary>The text a message about cell <paramref name="i"/> quotes: <paramref name="text"/>, or for a number that arrived without text, its own.</summary>
    private string Shown(int i, string text) => text.Length == 0 ? CellText(i).Trim() : text;

    /// <summary>
    /// Returns a cell's text as read; for a number a Parquet file holds, whose text the reader leaves empty (formatting
    /// every number of a large file would cost more than reading it), the number's shortest round-trip text.
    /// </summary>
    private string CellText(int i)
    {
        string text = row.Cells[i];
        return text.Length == 0 && row.Numbers?[i] is double number ? number.ToString("R", CultureInfo.InvariantCulture) : text;
    }

    /// <summary>Returns a yes/no cell, or <see langword="null"/> when missing.</summary>
    public bool? Boolean(ColumnMap map, Column column)
    {
        int i = map.IndexOf(column);
        if (i < 0)
        {
            return null;
        }

        string text = CellText(i).Trim();
        switch (text.ToLowerInvariant())
        {
            case "":
                return null;
            case "true" or "yes" or "y" or "1" or "да" or "истина":
                return true;
            case "false" or "no" or "n" or "0" or "нет" or "ложь":
                return false;
            default:
                errors.Add(InputErrors.NotABoolean(At(map, column), text));
                return null;
        }
    }
}
