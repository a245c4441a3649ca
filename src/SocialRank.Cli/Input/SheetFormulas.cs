using System.IO.Compression;
using System.Xml;

namespace SocialRank.Cli.Input;

/// <summary>
/// Finds the formula cells of a sheet that hold no saved result. A workbook keeps, beside each formula, the value the
/// program that saved it computed; programs that write workbooks without computing them (scripts, some exports) leave
/// it out, and every reader, MiniExcel included, then sees an empty cell: a page's figure would silently be missing.
/// MiniExcel does not tell the two apart, so the sheet's part is scanned here, forward only, for <c>&lt;c&gt;</c>
/// cells with an <c>&lt;f&gt;</c> (formula) and no <c>&lt;v&gt;</c> (value).
/// </summary>
internal static class SheetFormulas
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Returns the references (e.g. <c>C5</c>) of up to <paramref name="limit"/> formula cells of sheet <paramref name="sheetName"/> without a saved value, and how many there are in all.</summary>
    internal static (IReadOnlyList<string> Cells, int Count) Uncomputed(string path, string sheetName, int limit = 5)
    {
        using ZipArchive zip = ZipFile.OpenRead(path);
        string? part = SheetPart(zip, sheetName);
        if (part is null || zip.GetEntry(part) is not { } entry)
        {
            return ([], 0);
        }

        var cells = new List<string>();
        int count = 0;
        using Stream stream = entry.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, IgnoreComments = true });
        string? reference = null;
        bool formula = false, value = false;
        int cellDepth = -1;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == MainNamespace)
            {
                switch (xml.LocalName)
                {
                    case "c":
                        reference = xml.GetAttribute("r");
                        formula = value = false;
                        cellDepth = xml.Depth;
                        if (xml.IsEmptyElement)
                        {
                            cellDepth = -1;
                        }

                        break;
                    case "f" when cellDepth >= 0 && xml.Depth == cellDepth + 1:
                        formula = true;
                        break;
                    case "v" when cellDepth >= 0 && xml.Depth == cellDepth + 1:
                        value = true;
                        break;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement && cellDepth >= 0 && xml.Depth == cellDepth && xml.LocalName == "c")
            {
                if (formula && !value)
                {
                    count++;
                    if (cells.Count < limit)
                    {
                        cells.Add(reference ?? "?");
                    }
                }

                cellDepth = -1;
            }
        }

        return (cells, count);
    }

    /// <summary>Returns the zip entry name of the sheet called <paramref name="sheetName"/>, from the workbook part and its relationships.</summary>
    private static string? SheetPart(ZipArchive zip, string sheetName)
    {
        if (zip.GetEntry("xl/workbook.xml") is not { } workbookEntry || zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } relationshipsEntry)
        {
            return null;
        }

        string? relationshipId = null;
        using (Stream workbook = workbookEntry.Open())
        using (var xml = XmlReader.Create(workbook, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            while (relationshipId is null && xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.GetAttribute("name") == sheetName)
                {
                    relationshipId = xml.GetAttribute("id", RelationshipNamespace);
                }
            }
        }

        if (relationshipId is null)
        {
            return null;
        }

        using Stream relationships = relationshipsEntry.Open();
        using var rels = XmlReader.Create(relationships, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (rels.Read())
        {
            if (rels.NodeType == XmlNodeType.Element && rels.LocalName == "Relationship" && rels.NamespaceURI == PackageRelationshipNamespace
                && rels.GetAttribute("Id") == relationshipId && rels.GetAttribute("Target") is { } target)
            {
                // Targets are relative to xl/ unless absolute (a leading slash: from the package root).
                return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
            }
        }

        return null;
    }
}
